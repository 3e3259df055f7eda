package org.greencredit.ui.publicpage;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.catalog.IndicatorCatalogReader;

/**
 * 企业信用评价结果: the public page of one enterprise (no sign-in), its name and credit code and the history of its
 * published grades only — FINAL, REVIEWED, DYNAMIC and REPAIR decisions with the days each was in force, the cycle
 * and the indicator-system version. Never a preliminary grade, a point, a fact or a contact. An enterprise that left
 * evaluation scope keeps the grades that were published while it was in scope, is marked as having left and has no
 * grade in force. A code that is not a credit code, or names no enterprise, gets a page that says so.
 */
@Route("public/enterprises/:" + PublicEnterpriseView.CREDIT_CODE)
@AnonymousAllowed
public class PublicEnterpriseView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String CREDIT_CODE = "creditCode";

    private final PublicRegisterClient register;
    private final IndicatorSystem gradesFrom;
    private String title;

    public PublicEnterpriseView(PublicRegisterClient register, IndicatorCatalogReader catalog) {
        this.register = register;
        this.gradesFrom = catalog.latestPublished().orElse(null);
        addClassName("public-page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new PublicHeader());
        String typed = event.getRouteParameters().get(CREDIT_CODE).orElse("").strip().toUpperCase(Locale.ROOT);
        Optional<PublicEnterprise> enterprise = CreditCode.isValid(typed) ? register.enterprise(typed) : Optional.empty();
        if (enterprise.isEmpty()) {
            notFound(CreditCode.isValid(typed) ? "public.enterprise.unknown" : "public.enterprise.invalidCode", typed);
            return;
        }
        show(enterprise.get(), register.publishedGrades(typed));
    }

    private void notFound(String key, String typed) {
        title = getTranslation("public.enterprise.notFound.title");
        H2 heading = new H2(title);
        heading.setId("public-enterprise-not-found");
        Paragraph why = new Paragraph(getTranslation(key, shortened(typed)));
        why.setId("public-enterprise-not-found-reason");
        add(heading, why, searchLink());
    }

    private void show(PublicEnterprise enterprise, List<PublishedGrade> grades) {
        title = enterprise.name();
        H2 heading = new H2(enterprise.name());
        heading.setId("public-enterprise-name");
        Paragraph code = new Paragraph(getTranslation("public.enterprise.code", enterprise.creditCode()));
        code.setId("public-enterprise-code");
        Paragraph status = new Paragraph(enterprise.inScope()
                ? (grades.isEmpty() || grades.get(0).validUntil() != null
                        ? getTranslation("public.enterprise.noGradeInForce")
                        : getTranslation("public.enterprise.inForce", gradeText(grades.get(0).grade()),
                                         grades.get(0).validFrom().toString()))
                : getTranslation("public.enterprise.leftScope"));
        status.setId("public-enterprise-status");
        add(heading, code, status, new Paragraph(getTranslation("public.enterprise.onlyPublished")), history(grades),
            searchLink());
    }

    private Grid<PublishedGrade> history(List<PublishedGrade> grades) {
        Grid<PublishedGrade> grid = new Grid<>();
        grid.setId("public-enterprise-grades");
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> gradeText(row.grade())).setHeader(getTranslation("public.grade")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("decisionKind." + row.kind()))
            .setHeader(getTranslation("public.enterprise.kind")).setAutoWidth(true);
        grid.addColumn(row -> row.validFrom() == null ? "" : row.validFrom().toString())
            .setHeader(getTranslation("public.enterprise.validFrom")).setAutoWidth(true);
        grid.addColumn(row -> row.validUntil() == null ? getTranslation("public.enterprise.stillInForce")
                                                       : row.validUntil().toString())
            .setHeader(getTranslation("public.enterprise.validUntil")).setAutoWidth(true);
        grid.addColumn(row -> row.cycleId() == null ? "" : row.cycleId())
            .setHeader(getTranslation("public.cycle")).setAutoWidth(true);
        grid.addColumn(PublishedGrade::version).setHeader(getTranslation("public.enterprise.version"))
            .setAutoWidth(true);
        GridCount.show(grid, "public.enterprise.noGrades");
        grid.setItems(grades);
        return grid;
    }

    private Anchor searchLink() {
        Anchor back = new Anchor("public/enterprises", getTranslation("public.enterprise.back"));
        back.setId("public-enterprise-back");
        return back;
    }

    private String gradeText(String grade) {
        return gradesFrom == null ? grade : gradesFrom.grade(grade)
                .map(definition -> getTranslation("public.grade.named", grade, definition.name().in(getLocale())))
                .orElse(grade);
    }

    /** What was typed, as typed but no longer than a credit code and a little, so a page never echoes a long text. */
    private static String shortened(String typed) {
        return typed.codePointCount(0, typed.length()) <= 40 ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, 40)) + "…";
    }
}
