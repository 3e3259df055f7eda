package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.List;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.projections.directory.DirectoryFilter;

/** 信用等级分布: how many enterprises hold each grade in force, redrawn whenever a directory row changes. */
final class GradeDistributionCard extends DashboardCard {

    private final DashboardClient client;
    private final List<GradeDefinition> grades;
    private final GradeDistributionChart chart = new GradeDistributionChart();

    GradeDistributionCard(DashboardClient client, List<GradeDefinition> grades) {
        super("dashboard-grades");
        this.client = client;
        this.grades = grades;
        add(new H3(getTranslation("dashboard.grades.title")), chart);
    }

    @Override
    protected void draw() {
        List<GradeBar> bars = new ArrayList<>();
        for (GradeDefinition grade : grades) {
            String name = grade.name().in(getLocale());
            long count = client.countWithGrade(grade.code());
            bars.add(new GradeBar(grade.code(), name, grade.colour(), count,
                                  getTranslation("dashboard.grades.bar", grade.code(), name, String.valueOf(count))));
        }
        long ungraded = client.countWithGrade(DirectoryFilter.UNGRADED);
        String none = getTranslation("dashboard.grades.ungraded");
        bars.add(new GradeBar("—", none, "grey", ungraded,
                              getTranslation("dashboard.grades.ungradedBar", String.valueOf(ungraded))));
        chart.show(getTranslation("dashboard.grades.title"), GradeDistributionChart.description(bars), bars);
    }

    @Override
    protected void subscribe() {
        watch(client.watchDirectory(), changed -> draw());
    }

    @Override
    protected String failure(RuntimeException cause) {
        return getTranslation("dashboard.grades.failed");
    }
}
