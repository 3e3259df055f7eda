package org.greencredit.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.UUID;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.creditfile.api.ApplyForRepair;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.repair.RepairCondition;
import org.greencredit.domain.scoring.FactLabel;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.portal.RepairChecklist.RepairCheck;

/**
 * 申请信用修复: the facts of the grade in force that may be repaired, the commitment and evidence, and the checklist
 * of the domain's repair conditions, evaluated again each time the choice changes.
 */
class RepairSection extends VerticalLayout {

    private final String creditCode;
    private final RepairChecklist checklist;
    private final CommandClient commands;
    private final Runnable applied;
    private final Span grade = new Span();
    private final Div verdict = new Div();
    private final CheckboxGroup<ResolvedFact> facts = new CheckboxGroup<>();
    private final TextArea commitment = new TextArea();
    private final TextField evidenceNo = new TextField();
    private final TextField evidenceDescription = new TextField();
    private final Div conditions = new Div();
    private final Button apply = new Button();

    RepairSection(String creditCode, RepairChecklist checklist, CommandClient commands, Runnable applied) {
        this.creditCode = creditCode;
        this.checklist = checklist;
        this.commands = commands;
        this.applied = applied;
        setId("portal-repair");
        addClassName("portal-card");
        grade.setId("portal-repair-grade");
        facts.setId("portal-repair-facts");
        facts.setLabel(getTranslation("portal.repair.facts"));
        facts.setItemLabelGenerator(fact -> FactLabel.of(fact, DomainText.supported(getLocale())));
        facts.addValueChangeListener(change -> showCheck());
        commitment.setId("portal-repair-commitment");
        commitment.setLabel(getTranslation("portal.repair.commitment"));
        commitment.setValueChangeMode(ValueChangeMode.LAZY);
        commitment.addValueChangeListener(change -> showCheck());
        evidenceNo.setId("portal-repair-evidence-no");
        evidenceNo.setLabel(getTranslation("portal.evidence.documentNo"));
        evidenceDescription.setId("portal-repair-evidence-description");
        evidenceDescription.setLabel(getTranslation("portal.evidence.description"));
        conditions.setId("portal-repair-checklist");
        apply.setText(getTranslation("portal.repair.apply"));
        apply.setId("portal-repair-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> submit());
        add(new H3(getTranslation("portal.repair")), grade, verdict, facts, commitment, evidenceNo, evidenceDescription,
            new Span(getTranslation("portal.repair.checklist")), conditions, apply);
        refresh();
    }

    /** Reads the grade in force and the repairable facts again, keeping what is still on offer chosen. */
    void refresh() {
        RepairCheck check = checklist.check(creditCode, List.of(), null);
        grade.setText(check.grade() == null ? getTranslation("portal.repair.noGrade")
                                            : getTranslation("portal.repair.grade", check.grade()));
        verdict.removeAll();
        verdict.add(new RepairVerdict("portal-repair-verdict", check));
        facts.setItems(check.repairableFacts());
        facts.setVisible(!check.repairableFacts().isEmpty());
        showCheck();
    }

    private List<String> chosenFactIds() {
        return facts.getValue().stream().map(ResolvedFact::factId).sorted().toList();
    }

    private void showCheck() {
        RepairCheck check = checklist.check(creditCode, chosenFactIds(), commitment.getValue());
        conditions.removeAll();
        boolean chosen = !chosenFactIds().isEmpty();
        if (check.refusal() != null && chosen) {
            Span refusal = new Span(RefusalMessages.of(check.refusal()));
            refusal.setId("portal-repair-refusal");
            refusal.addClassName("portal-condition-failed");
            conditions.add(refusal);
        } else if (check.refusal() == null && !chosen) {
            conditions.add(new Span(getTranslation("portal.repair.chooseFacts")));
        }
        UnorderedList list = new UnorderedList();
        for (RepairCondition condition : check.conditions()) {
            ListItem item = new ListItem(getTranslation(condition.holds() ? "portal.repair.met" : "portal.repair.notMet",
                                                        getTranslation("repairCondition." + condition.condition()),
                                                        String.join("、", check.named(condition.details(),
                                                                                     getLocale()))));
            item.setId("portal-repair-condition-" + condition.condition());
            item.addClassName(condition.holds() ? "portal-condition-met" : "portal-condition-failed");
            list.add(item);
        }
        conditions.add(list);
        apply.setEnabled(check.mayApply());
    }

    private void submit() {
        try {
            commands.send(new ApplyForRepair(creditCode, UUID.randomUUID().toString(), chosenFactIds(),
                                             new Evidence(evidenceNo.getValue(), evidenceDescription.getValue()),
                                             commitment.getValue()));
            Notices.success(getTranslation("portal.repair.done"));
            facts.clear();
            applied.run();
        } catch (CommandRefused refused) {
            Notices.error(RefusalMessages.of(refused.refusal()));
        }
    }
}
