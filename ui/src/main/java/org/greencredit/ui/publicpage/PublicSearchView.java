package org.greencredit.ui.publicpage;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.catalog.IndicatorCatalogReader;

/**
 * 企业信用评价结果查询: anyone, without signing in, finds an enterprise by a part of its name or the beginning of its
 * credit code and opens its page of published grades. The list is lazy (the directory read model pages it), so a
 * search that matches thousands of enterprises reads one page at a time. The grade shown is the grade in force,
 * which only a published kind of decision sets.
 */
@Route("public/enterprises")
@AnonymousAllowed
public class PublicSearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PublicRegisterClient register;
    private final IndicatorSystem gradesFrom;
    private final TextField search = new TextField();
    private final Paragraph tooLong = new Paragraph();
    private final Grid<PublicEnterprise> grid = new Grid<>();

    public PublicSearchView(PublicRegisterClient register, IndicatorCatalogReader catalog) {
        this.register = register;
        this.gradesFrom = catalog.latestPublished().orElse(null);
        addClassName("public-page");

        H2 title = new H2(getTranslation("public.search.title"));
        title.setId("public-search-title");
        search.setId("public-search");
        search.setLabel(getTranslation("public.search.label"));
        search.setPlaceholder(getTranslation("public.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setWidth("32em");
        search.setMaxLength(SearchText.MAX_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        tooLong.setId("public-search-too-long");
        tooLong.setText(getTranslation("public.search.tooLong", String.valueOf(SearchText.MAX_LENGTH)));
        tooLong.setVisible(false);

        grid.setId("public-search-grid");
        grid.addComponentColumn(row -> link(row.name(), row.creditCode())).setKey("name")
            .setHeader(getTranslation("enterprise.name")).setFlexGrow(1).setTooltipGenerator(PublicEnterprise::name);
        grid.addColumn(PublicEnterprise::creditCode).setHeader(getTranslation("enterprise.creditCode"))
            .setAutoWidth(true);
        grid.addColumn(row -> row.subdistrict() == null ? "" : getTranslation("subdistrict." + row.subdistrict()))
            .setHeader(getTranslation("enterprise.subdistrict")).setAutoWidth(true);
        grid.addColumn(this::gradeText).setHeader(getTranslation("public.search.grade")).setAutoWidth(true);
        grid.addColumn(row -> row.gradeSince() == null ? "" : row.gradeSince().toString())
            .setHeader(getTranslation("public.search.gradeSince")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridCount.show(grid, "public.search.none");

        add(new PublicHeader(), title, new Paragraph(getTranslation("public.search.intro")), search, tooLong, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.search.title");
    }

    /** {@code ?q=…} fills the search, so a search can be linked to. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(search::setValue);
    }

    private void refresh() {
        SearchText text = SearchText.of(search.getValue());
        tooLong.setVisible(text.kind() == SearchText.Kind.TOO_LONG);
        search.setInvalid(text.kind() == SearchText.Kind.TOO_LONG);
        grid.setEmptyStateText(getTranslation(text.kind() == SearchText.Kind.EMPTY ? "public.search.prompt"
                                                                                 : "public.search.none"));
        grid.setItems(query -> register.search(text, query.getOffset(), query.getLimit()).stream(),
                      query -> register.count(text));
    }

    private RouterLink link(String name, String creditCode) {
        RouterLink link = new RouterLink(name == null ? creditCode : name, PublicEnterpriseView.class,
                                         new RouteParameters(PublicEnterpriseView.CREDIT_CODE, creditCode));
        link.addClassName("public-enterprise-link");
        return link;
    }

    private String gradeText(PublicEnterprise row) {
        if (!row.inScope()) {
            return getTranslation("public.enterprise.leftScope.short");
        }
        if (row.grade() == null) {
            return getTranslation("public.search.noGrade");
        }
        return gradesFrom == null ? row.grade() : gradesFrom.grade(row.grade())
                .map(definition -> getTranslation("public.grade.named", row.grade(), definition.name().in(getLocale())))
                .orElse(row.grade());
    }
}
