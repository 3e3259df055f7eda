package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.ui.components.GridCount;

/** 历次评价: the enterprise's evaluation in each cycle — where it stands and its preliminary and final grades. */
class EvaluationsSection extends VerticalLayout {

    EvaluationsSection(List<EvaluationSummary> evaluations) {
        addClassName("creditfile-section");
        setPadding(false);
        Grid<EvaluationSummary> grid = new Grid<>();
        grid.setId("creditfile-evaluations");
        grid.addColumn(EvaluationSummary::cycleId).setHeader(getTranslation("creditfile.decision.cycle"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(evaluation -> getTranslation("creditfile.evaluation.period", evaluation.periodFrom(),
                                                    evaluation.periodTo()))
            .setHeader(getTranslation("creditfile.evaluation.period.header")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(evaluation -> getTranslation("evaluationState." + evaluation.state()))
            .setHeader(getTranslation("creditfile.evaluation.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(evaluation -> text(evaluation.preliminaryGrade()))
            .setHeader(getTranslation("creditfile.evaluation.preliminary")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(evaluation -> text(evaluation.finalGrade()))
            .setHeader(getTranslation("creditfile.evaluation.final")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(evaluation -> evaluation.objectionStatus() == null ? ""
                : getTranslation("objectionStatus." + evaluation.objectionStatus()))
            .setHeader(getTranslation("creditfile.evaluation.objection")).setFlexGrow(1);
        GridCount.show(grid, "grid.empty");
        grid.setItems(evaluations);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("creditfile.evaluations.title")), grid);
    }

    private static String text(String value) {
        return Optional.ofNullable(value).orElse("—");
    }
}
