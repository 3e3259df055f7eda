package org.greencredit.ui.trial;

import java.util.List;
import java.util.Map;

/**
 * The grade distribution of a trial as an SVG bar chart drawn on the server: per grade a bar for the baseline and
 * one for the trial version, with their counts. Plain SVG text rather than a chart component: the free Vaadin
 * components have none, and a drawing made here prints and screenshots exactly as shown. Every text written into
 * it is escaped (grade codes and legends come from an uploaded definition and from translations).
 */
final class GradeChart {

    private static final int WIDTH = 520;
    private static final int HEIGHT = 240;
    private static final int TOP = 46;
    private static final int BOTTOM = 200;
    private static final int LEFT = 20;
    private static final String BASELINE_COLOUR = "#9aa5b1";
    private static final String TRIAL_COLOUR = "#2e7d32";

    private GradeChart() {
    }

    static String svg(List<String> grades, Map<String, Integer> baseline, Map<String, Integer> trial,
                      String baselineLegend, String trialLegend, String title) {
        int highest = 1;
        for (String grade : grades) {
            highest = Math.max(highest, Math.max(baseline.getOrDefault(grade, 0), trial.getOrDefault(grade, 0)));
        }
        int slot = (WIDTH - 2 * LEFT) / Math.max(1, grades.size());
        int bar = Math.max(4, slot / 3);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
           .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
           .append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        legend(svg, LEFT, BASELINE_COLOUR, baselineLegend);
        legend(svg, LEFT + 160, TRIAL_COLOUR, trialLegend);
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(BOTTOM).append("\" x2=\"")
           .append(WIDTH - LEFT).append("\" y2=\"").append(BOTTOM).append("\" stroke=\"#555\"/>");
        for (int i = 0; i < grades.size(); i++) {
            String grade = grades.get(i);
            int x = LEFT + i * slot + (slot - 2 * bar) / 2;
            column(svg, x, bar, baseline.getOrDefault(grade, 0), highest, BASELINE_COLOUR);
            column(svg, x + bar, bar, trial.getOrDefault(grade, 0), highest, TRIAL_COLOUR);
            svg.append("<text x=\"").append(x + bar).append("\" y=\"").append(BOTTOM + 18)
               .append("\" text-anchor=\"middle\" font-weight=\"bold\">").append(escape(grade)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, int x, String colour, String text) {
        svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(colour)
           .append("\"/><text x=\"").append(x + 16).append("\" y=\"16\">").append(escape(text)).append("</text>");
    }

    private static void column(StringBuilder svg, int x, int width, int count, int highest, String colour) {
        int height = (int) Math.round((BOTTOM - TOP) * (double) count / highest);
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(BOTTOM - height).append("\" width=\"")
           .append(width - 2).append("\" height=\"").append(height).append("\" fill=\"").append(colour)
           .append("\"/><text x=\"").append(x + width / 2).append("\" y=\"").append(BOTTOM - height - 4)
           .append("\" text-anchor=\"middle\">").append(count).append("</text>");
    }

    /** XML text and attribute escaping of everything that is not a number. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            switch (point) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (point >= 0x20 || point == '\t' || point == '\n') {
                        escaped.appendCodePoint(point);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
