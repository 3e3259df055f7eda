package org.greencredit.ui.fact;

import org.greencredit.ui.i18n.AttributeLabels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.Permissions;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.Severity;
import org.greencredit.domain.inspection.LenientEnforcement;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.LocalizedDatePicker;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 记录信用信息: records one fact in a credit file. It offers the types the signed-in role may record, builds the
 * type's attribute fields, and sends {@link RecordFact}; a refusal is shown at the field it names and in a
 * notification, and the dialog stays open with what was entered. For an officer's violation it can show, beside the
 * severity, the 免罚/慎罚 suggestion and the rule it follows (advice only: nothing of it is stored), and offer to link
 * the violation to the enterprise's inspection that found a problem ({@link #withViolationAids}).
 */
public class RecordFactDialog extends Dialog {

    private final CommandClient commands;
    private final String creditCode;
    private final List<CreditFileEntry> fileEntries;
    private final Runnable recorded;
    private final Select<FactType> type = new Select<>();
    private final LocalizedDatePicker occurredOn = new LocalizedDatePicker(getTranslation("field.occurredOn"));
    private final Select<FactSource> source = new Select<>();
    private final TextField documentNo = new TextField(getTranslation("fact.evidence.documentNo"));
    private final TextField description = new TextField(getTranslation("fact.evidence.description"));
    private final VerticalLayout attributesHolder = new VerticalLayout();
    private final Paragraph lenientHint = new Paragraph();
    private final Checkbox inspectionLink = new Checkbox();
    private AttributeFields attributes;
    private ViolationAids aids;
    private InspectionEntry unlinkedProblem;

    public RecordFactDialog(CommandClient commands, Role role, String creditCode, List<CreditFileEntry> fileEntries,
                            LocalDate today, Runnable recorded) {
        this.commands = commands;
        this.creditCode = creditCode;
        this.fileEntries = fileEntries;
        this.recorded = recorded;
        setId("creditfile-record-fact");
        setHeaderTitle(getTranslation("fact.record.title"));
        setWidth("min(56rem, 95vw)");

        type.setId("fact-type");
        type.setLabel(getTranslation("fact.type"));
        type.setItems(Permissions.recordableBy(role));
        type.setItemLabelGenerator(value -> getTranslation("factType." + value.name()));
        type.addValueChangeListener(change -> showAttributesOf(change.getValue()));

        occurredOn.setId("fact-occurred-on");
        occurredOn.setMax(today);
        occurredOn.setValue(today);
        occurredOn.addValueChangeListener(change -> showLenientHint());
        lenientHint.setId("fact-lenient-hint");
        lenientHint.addClassName("fact-lenient-hint");
        inspectionLink.setId("fact-inspection-link");
        source.setId("fact-source");
        source.setLabel(getTranslation("fact.source"));
        source.setItems(Arrays.stream(FactSource.values()).filter(value -> value != FactSource.SELF_DECLARATION)
                              .toList());
        source.setItemLabelGenerator(value -> getTranslation("fact.source." + value.name()));
        source.setValue(role == Role.ASSESSOR ? FactSource.THIRD_PARTY : FactSource.ENFORCEMENT);
        documentNo.setId("fact-evidence-document-no");
        documentNo.setMaxLength(Evidence.MAX_LENGTH);
        description.setId("fact-evidence-description");
        description.setMaxLength(Evidence.MAX_LENGTH);
        attributesHolder.setPadding(false);

        FormLayout common = new FormLayout(type, occurredOn, source, documentNo, description);
        common.setColspan(description, 2);
        add(common, attributesHolder);

        Button submit = new Button(getTranslation("fact.record.submit"), click -> submit());
        submit.setId("fact-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("fact-cancel");
        getFooter().add(cancel, submit);
    }

    /**
     * Offers an officer recording a violation the lenient-enforcement hint and, if the enterprise has an inspection
     * that found a problem with no violation linked yet, a checkbox to link the new violation to it.
     */
    public RecordFactDialog withViolationAids(ViolationAids violationAids) {
        this.aids = violationAids;
        this.unlinkedProblem = violationAids.unlinkedProblem(creditCode).orElse(null);
        showAttributesOf(type.getValue());
        return this;
    }

    private void showAttributesOf(FactType chosen) {
        attributesHolder.removeAll();
        attributes = chosen == null ? null : new AttributeFields(chosen, fileEntries);
        if (attributes != null) {
            attributesHolder.add(attributes);
        }
        if (aids != null && chosen == FactType.VIOLATION) {
            attributes.placeAfter("severity", lenientHint);
            attributes.field("severity").ifPresent(severity -> severity.addValueChangeListener(
                    change -> showLenientHint()));
            showLenientHint();
            if (unlinkedProblem != null) {
                inspectionLink.setLabel(getTranslation("fact.inspectionLink", unlinkedProblem.period()));
                inspectionLink.setValue(false);
                attributesHolder.add(inspectionLink);
            }
        }
    }

    private void showLenientHint() {
        if (aids == null || attributes == null || attributes.type() != FactType.VIOLATION) {
            return;
        }
        Object severity = attributes.field("severity").map(field -> field.getValue()).orElse(null);
        if (severity == null || occurredOn.getValue() == null) {
            lenientHint.setText(getTranslation("fact.lenient.severityFirst"));
            return;
        }
        lenientHint.setText(getTranslation("fact.lenient.title") + " "
                            + hintText(aids.lenientHint(creditCode, Severity.valueOf(severity.toString()),
                                                        occurredOn.getValue())));
    }

    private String hintText(ViolationAids.LenientHint hint) {
        LenientEnforcement.Advice advice = hint.advice();
        if (hint.grade() == null) {
            return getTranslation("fact.lenient.noGrade");
        }
        String tier = hint.tier() == null ? "" : getTranslation("creditfile.tier." + hint.tier());
        String version = hint.version() == null ? "" : hint.version();
        String detail = switch (advice.rule()) {
            case NOT_FIRST_VIOLATION -> earlierViolation(advice.earlierViolationId());
            case SEVERITY_TOO_HIGH -> getTranslation(AttributeLabels.valueKey(
                    FactType.VIOLATION, "severity", attributes.field("severity").orElseThrow().getValue().toString()));
            default -> "";
        };
        return getTranslation("fact.lenient." + advice.rule().name(), hint.grade(), tier, version, detail);
    }

    /** The earlier violation as the officer knows it: its date and decision or document number. */
    private String earlierViolation(String factId) {
        return fileEntries.stream().filter(entry -> entry.id().equals(factId)).findFirst()
                          .map(entry -> entry.occurredOn() + (entry.evidenceDocumentNo() == null
                                  ? "" : " " + entry.evidenceDocumentNo()))
                          .orElse(String.valueOf(factId));
    }

    private void submit() {
        FactAttributes given = attributes == null ? FactAttributes.empty() : attributes.values();
        RecordFact command = new RecordFact(creditCode, UUID.randomUUID().toString(), type.getValue(),
                                            occurredOn.getValue(), source.getValue(),
                                            new Evidence(documentNo.getValue(), description.getValue()), given);
        try {
            commands.send(command);
            close();
            Notices.success(getTranslation("fact.record.done",
                                                     getTranslation("factType." + command.type().name())));
            linkToInspection(command);
            recorded.run();
        } catch (CommandRefused refused) {
            String message = RefusalMessages.of(refused.refusal());
            List<String> arguments = refused.refusal().arguments();
            if (attributes != null) {
                attributes.showRefusal(arguments, message);
            }
            occurredOn.setInvalid(arguments.contains("field.occurredOn"));
            occurredOn.setErrorMessage(message);
            Notices.error(message);
        }
    }

    /**
     * Links the recorded violation to the inspection's problem if the officer ticked it. A refused link leaves the
     * violation recorded (it stands on its own) and says why.
     */
    private void linkToInspection(RecordFact recordedViolation) {
        if (unlinkedProblem == null || recordedViolation.type() != FactType.VIOLATION
                || !Boolean.TRUE.equals(inspectionLink.getValue())) {
            return;
        }
        try {
            aids.link(unlinkedProblem, recordedViolation.factId());
            Notices.success(getTranslation("fact.inspectionLink.done", unlinkedProblem.period()));
        } catch (RuleViolation refused) {
            Notices.error(getTranslation("fact.inspectionLink.failed", RefusalMessages.of(refused.refusal())));
        }
    }
}
