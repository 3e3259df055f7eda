package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.ui.components.GridCount;

/**
 * 等级决定记录: every decision of the enterprise with the days it was the grade in force; picking two of them
 * tells why the grade changed from the earlier to the later (等级变化说明).
 */
class DecisionHistorySection extends VerticalLayout {

    /** Tells the change between two decisions, the earlier first, as sentences. */
    @FunctionalInterface
    interface Comparison {
        List<String> between(String beforeDecisionId, String afterDecisionId);
    }

    private final Grid<DecisionSummary> grid = new Grid<>();
    private final Div result = new Div();

    DecisionHistorySection(List<DecisionSummary> decisions, Comparison comparison) {
        addClassName("creditfile-section");
        setPadding(false);

        grid.setId("creditfile-decisions");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(DecisionSummary::decidedOn).setHeader(getTranslation("field.decidedOn"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(decision -> getTranslation("decisionKind." + decision.kind()))
            .setHeader(getTranslation("creditfile.decision.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(decision -> Optional.ofNullable(decision.cycleId()).orElse(""))
            .setHeader(getTranslation("creditfile.decision.cycle")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DecisionSummary::grade).setHeader(getTranslation("creditfile.decision.grade"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(decision -> decision.total().toPlainString())
            .setHeader(getTranslation("creditfile.decision.total")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(decision -> decision.triggerCause() == null ? ""
                : getTranslation("decisionTrigger." + decision.triggerCause()))
            .setHeader(getTranslation("creditfile.decision.trigger")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> DecisionValidity.of(summary, this))
            .setHeader(getTranslation("creditfile.decision.validity")).setFlexGrow(1);
        grid.addColumn(DecisionSummary::version).setHeader(getTranslation("creditfile.decision.version"))
            .setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid, "grid.empty");
        grid.setItems(decisions);
        grid.setAllRowsVisible(true);

        Button compare = new Button(getTranslation("creditfile.compare"), click -> compare(decisions, comparison));
        compare.setId("creditfile-compare");
        compare.setEnabled(false);
        grid.addSelectionListener(selection -> compare.setEnabled(selection.getAllSelectedItems().size() == 2));

        result.setId("creditfile-comparison");
        result.addClassName("creditfile-explanation");
        add(new H3(getTranslation("creditfile.decisions.title")), grid, compare, result);
    }

    private void compare(List<DecisionSummary> decisions, Comparison comparison) {
        List<DecisionSummary> chosen = grid.getSelectedItems().stream()
                                           .sorted(Comparator.comparingInt(decisions::indexOf)).toList();
        result.removeAll();
        result.add(new Paragraph(getTranslation("creditfile.compare.heading", chosen.get(0).decidedOn(),
                                                chosen.get(0).grade(), chosen.get(1).decidedOn(),
                                                chosen.get(1).grade())));
        comparison.between(chosen.get(0).decisionId(), chosen.get(1).decisionId())
                  .forEach(sentence -> result.add(new Paragraph(sentence)));
    }
}
