package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greencredit.domain.scoring.DimensionScore;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorScore;
import org.greencredit.projections.decision.DecisionSummary;

/**
 * 现行信用等级: the grade in force, the explanation of the decision behind it in the reader's language, and its
 * points per dimension and indicator.
 */
class GradeSection extends VerticalLayout {

    /** One line of the breakdown: a dimension, or one of its indicators (indented). */
    record BreakdownRow(String name, boolean dimension, BigDecimal points, String limits) {
    }

    GradeSection(DecisionSummary inForce, GradeDecision decision, VersionNames names, List<String> explanation,
                 Locale locale) {
        addClassName("creditfile-section");
        setPadding(false);
        add(new H3(getTranslation(inForce != null && !inForce.inForce()
                                          ? "creditfile.grade.pending.title" : "creditfile.grade.title")));
        Span grade = new Span();
        grade.setId("creditfile-grade");
        grade.addClassName("creditfile-grade");
        if (inForce == null) {
            grade.setText(getTranslation("creditfile.grade.none"));
            add(grade);
            return;
        }
        String gradeName = names == null ? "" : names.grade(inForce.grade(), locale);
        grade.setText(getTranslation("creditfile.grade.value", inForce.grade(), gradeName));
        grade.addClassName("creditfile-grade-" + inForce.grade());
        Span basis = new Span(inForce.inForce()
                ? getTranslation("creditfile.grade.basis.dated", getTranslation("decisionKind." + inForce.kind()),
                                 inForce.decidedOn(), inForce.validFrom(), inForce.total(), inForce.version(),
                                 inForce.asOf())
                : getTranslation("creditfile.grade.pending.basis.dated",
                                 getTranslation("decisionKind." + inForce.kind()), inForce.decidedOn(),
                                 inForce.total(), inForce.version(), inForce.asOf()));
        basis.setId("creditfile-grade-basis");
        add(grade, basis);

        Div sentences = new Div();
        sentences.setId("creditfile-explanation");
        sentences.addClassName("creditfile-explanation");
        explanation.forEach(sentence -> sentences.add(new Paragraph(sentence)));
        add(new H3(getTranslation("creditfile.explanation.title")), sentences);

        if (decision != null && names != null) {
            Grid<BreakdownRow> breakdown = new Grid<>();
            breakdown.setId("creditfile-breakdown");
            breakdown.setAllRowsVisible(true);
            breakdown.addColumn(row -> row.dimension() ? row.name() : "　　" + row.name())
                     .setHeader(getTranslation("creditfile.breakdown.item")).setFlexGrow(1);
            breakdown.addColumn(row -> row.points().toPlainString())
                     .setHeader(getTranslation("creditfile.breakdown.points")).setAutoWidth(true).setFlexGrow(0);
            breakdown.addColumn(BreakdownRow::limits)
                     .setHeader(getTranslation("creditfile.breakdown.limits")).setAutoWidth(true).setFlexGrow(0);
            breakdown.setClassNameGenerator(row -> row.dimension() ? "creditfile-breakdown-dimension" : null);
            breakdown.setItems(rows(decision, names, locale));
            add(new H3(getTranslation("creditfile.breakdown.title")), breakdown);
        }
    }

    private List<BreakdownRow> rows(GradeDecision decision, VersionNames names, Locale locale) {
        List<BreakdownRow> rows = new ArrayList<>();
        for (DimensionScore dimension : decision.dimensions()) {
            rows.add(new BreakdownRow(names.dimension(dimension.code(), locale), true, dimension.points(),
                                      getTranslation("creditfile.breakdown.dimensionLimits",
                                                     dimension.base().toPlainString(),
                                                     dimension.max().toPlainString())));
            for (IndicatorScore indicator : dimension.indicators()) {
                rows.add(new BreakdownRow(names.indicator(indicator.code(), locale), false, indicator.points(),
                                          getTranslation("creditfile.breakdown.cap", indicator.cap().toPlainString())));
            }
        }
        return rows;
    }
}
