package org.greencredit.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.greencredit.domain.creditfile.Permissions;
import org.greencredit.domain.creditfile.api.DeclareItem;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.LocalizedDatePicker;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 自行申报: one item of a declarable type, with the attribute fields its type defines and the evidence behind it.
 * The credit file checks the attributes and the declaration window and says what is wrong.
 */
class DeclareItemDialog extends Dialog {

    private final String creditCode;
    private final CommandClient commands;
    private final Runnable declared;
    private final Select<FactType> type = new Select<>();
    private final LocalizedDatePicker occurredOn;
    private final TextField evidenceNo = new TextField();
    private final TextField evidenceDescription = new TextField();
    private final FormLayout attributes = new FormLayout();
    private final Map<String, HasValue<?, ?>> attributeFields = new LinkedHashMap<>();

    DeclareItemDialog(String creditCode, CommandClient commands, Runnable declared) {
        this.creditCode = creditCode;
        this.commands = commands;
        this.declared = declared;
        setHeaderTitle(getTranslation("portal.declare"));
        setWidth("min(40rem, 95vw)");
        type.setId("portal-declare-type");
        type.setLabel(getTranslation("portal.declare.type"));
        type.setItems(Permissions.DECLARABLE);
        type.setItemLabelGenerator(value -> getTranslation("factType." + value.name()));
        type.addValueChangeListener(change -> showAttributes(change.getValue()));
        occurredOn = new LocalizedDatePicker(getTranslation("field.occurredOn"));
        occurredOn.setId("portal-declare-occurred-on");
        evidenceNo.setId("portal-declare-evidence-no");
        evidenceNo.setLabel(getTranslation("portal.evidence.documentNo"));
        evidenceDescription.setId("portal-declare-evidence-description");
        evidenceDescription.setLabel(getTranslation("portal.evidence.description"));
        attributes.setId("portal-declare-attributes");

        Button submit = new Button(getTranslation("portal.declare.submit"), click -> submit());
        submit.setId("portal-declare-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(type, occurredOn, evidenceNo, evidenceDescription), attributes);
        getFooter().add(new Button(getTranslation("portal.cancel"), click -> close()), submit);
    }

    private void showAttributes(FactType chosen) {
        attributes.removeAll();
        attributeFields.clear();
        if (chosen == null) {
            return;
        }
        for (AttributeDefinition definition : chosen.attributes()) {
            Component field = field(definition);
            field.setId("portal-declare-attr-" + definition.name());
            attributeFields.put(definition.name(), (HasValue<?, ?>) field);
            attributes.add(field);
        }
    }

    private Component field(AttributeDefinition definition) {
        String label = getTranslation("field." + definition.name());
        return switch (definition.kind()) {
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(definition.values());
                select.setEmptySelectionAllowed(!definition.required());
                select.setItemLabelGenerator(value -> value == null ? "" : valueLabel(definition.name(), value));
                yield select;
            }
            case DATE -> new LocalizedDatePicker(label);
            default -> new TextField(label);
        };
    }

    private String valueLabel(String attribute, String value) {
        return "kind".equals(attribute) ? getTranslation("greenPracticeKind." + value)
                                        : getTranslation("portal.value." + attribute + "." + value);
    }

    private void submit() {
        Map<String, Object> values = new LinkedHashMap<>();
        attributeFields.forEach((name, field) -> {
            Object value = field.getValue();
            if (value instanceof LocalDate date) {
                values.put(name, date.toString());
            } else if (value instanceof String text && !text.isBlank()) {
                values.put(name, text.strip());
            }
        });
        DeclareItem command = new DeclareItem(creditCode, UUID.randomUUID().toString(), type.getValue(),
                                              occurredOn.getValue(),
                                              new Evidence(evidenceNo.getValue(), evidenceDescription.getValue()),
                                              FactAttributes.of(values));
        try {
            commands.send(command);
            close();
            Notices.success(getTranslation("portal.declare.done",
                                                 getTranslation("factType." + command.type().name())));
            declared.run();
        } catch (CommandRefused refused) {
            Notices.error(RefusalMessages.of(refused.refusal()));
        }
    }
}
