package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.projections.directory.EnterpriseListing;

/** An enterprise's own grade in force and the ways to its files; the grade follows its directory row. */
final class OwnGradeCard extends DashboardCard {

    private final DashboardClient client;
    private final String creditCode;
    private final List<GradeDefinition> grades;
    private final Span grade = new Span();

    OwnGradeCard(DashboardClient client, String creditCode, List<GradeDefinition> grades) {
        super("dashboard-own");
        this.client = client;
        this.creditCode = creditCode;
        this.grades = grades;
        grade.setId("dashboard-own-grade");
        grade.addClassName("dashboard-own-grade");
        Anchor myFile = new Anchor("my-file", getTranslation("nav.myFile"));
        myFile.setId("dashboard-link-my-file");
        Anchor file = new Anchor("enterprises/" + creditCode, getTranslation("dashboard.link.enterpriseFile"));
        file.setId("dashboard-link-enterprise-file");
        add(new H3(getTranslation("dashboard.own.title")), grade, new Div(myFile), new Div(file));
    }

    @Override
    protected void draw() {
        grade.setText(client.enterprise(creditCode).filter(listing -> listing.grade() != null)
                            .map(this::gradeText).orElseGet(() -> getTranslation("dashboard.own.none")));
    }

    @Override
    protected void subscribe() {
        watch(client.watchDirectory(), changed -> draw());
    }

    @Override
    protected String failure(RuntimeException cause) {
        return getTranslation("dashboard.own.failed");
    }

    private String gradeText(EnterpriseListing listing) {
        String name = grades.stream().filter(defined -> defined.code().equals(listing.grade())).findFirst()
                            .map(defined -> defined.name().in(getLocale())).orElse("");
        return getTranslation("dashboard.own.grade", listing.grade(), name,
                              listing.gradeSince() == null ? "" : listing.gradeSince().toString(),
                              getTranslation("decisionKind." + listing.gradeKind()));
    }
}
