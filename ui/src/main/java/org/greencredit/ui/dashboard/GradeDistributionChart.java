package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 信用等级分布 as an SVG bar chart drawn on the server. The chart is built as a tree of Flow {@link Element}s and
 * handed to the browser as markup ({@link Svg}): the browser must create SVG nodes in the SVG namespace, which
 * only its parser does. Screen readers get a title, a description listing every count, and a label per bar.
 */
final class GradeDistributionChart extends Svg {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final int WIDTH = 520;
    private static final int HEIGHT = 260;
    private static final int TOP = 24;
    private static final int BOTTOM = 48;
    private static final int SIDE = 24;
    /** The indicator system names its colours; these are the bureau's shades of them. */
    private static final Map<String, String> SHADES = Map.of("green", "#2e7d32", "blue", "#1565c0",
                                                             "yellow", "#f9a825", "red", "#c62828",
                                                             "grey", "#9e9e9e");

    GradeDistributionChart() {
        setId("dashboard-grade-chart");
        addClassName("dashboard-grade-chart");
    }

    void show(String title, String description, List<GradeBar> bars) {
        setSvg(chart(title, description, bars).getOuterHTML());
    }

    private static Element chart(String title, String description, List<GradeBar> bars) {
        Element svg = new Element("svg").setAttribute("xmlns", SVG_NAMESPACE)
                                        .setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
                                        .setAttribute("role", "img")
                                        .setAttribute("aria-labelledby", "grade-chart-title grade-chart-desc");
        svg.appendChild(new Element("title").setAttribute("id", "grade-chart-title").setText(title),
                        new Element("desc").setAttribute("id", "grade-chart-desc").setText(description));
        long highest = Math.max(1, bars.stream().mapToLong(GradeBar::count).max().orElse(1));
        double slot = (WIDTH - 2.0 * SIDE) / Math.max(1, bars.size());
        double plotHeight = HEIGHT - TOP - BOTTOM;
        svg.appendChild(new Element("line").setAttribute("x1", String.valueOf(SIDE))
                                           .setAttribute("x2", String.valueOf(WIDTH - SIDE))
                                           .setAttribute("y1", String.valueOf(HEIGHT - BOTTOM))
                                           .setAttribute("y2", String.valueOf(HEIGHT - BOTTOM))
                                           .setAttribute("class", "axis"));
        for (int i = 0; i < bars.size(); i++) {
            GradeBar bar = bars.get(i);
            double height = plotHeight * bar.count() / highest;
            double x = SIDE + i * slot + slot * 0.2;
            double centre = SIDE + i * slot + slot / 2;
            Element group = new Element("g").setAttribute("class", "grade-bar")
                                            .setAttribute("data-grade", bar.grade())
                                            .setAttribute("data-count", String.valueOf(bar.count()))
                                            .setAttribute("role", "img")
                                            .setAttribute("aria-label", bar.spoken());
            group.appendChild(
                    new Element("rect").setAttribute("x", number(x)).setAttribute("y", number(HEIGHT - BOTTOM - height))
                                       .setAttribute("width", number(slot * 0.6)).setAttribute("height", number(height))
                                       .setAttribute("fill", SHADES.getOrDefault(bar.colour(), bar.colour())),
                    text(centre, HEIGHT - BOTTOM - height - 6, String.valueOf(bar.count()), "count"),
                    text(centre, HEIGHT - BOTTOM + 18, bar.grade(), "grade"),
                    text(centre, HEIGHT - BOTTOM + 36, bar.name(), "label"));
            svg.appendChild(group);
        }
        return svg;
    }

    static String description(List<GradeBar> bars) {
        return bars.stream().map(GradeBar::spoken).collect(Collectors.joining("；"));
    }

    private static Element text(double x, double y, String content, String kind) {
        return new Element("text").setAttribute("x", number(x)).setAttribute("y", number(y))
                                  .setAttribute("text-anchor", "middle").setAttribute("class", kind)
                                  .setAttribute("aria-hidden", "true").setText(content);
    }

    private static String number(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
