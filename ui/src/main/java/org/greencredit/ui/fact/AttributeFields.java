package org.greencredit.ui.fact;

import org.greencredit.ui.i18n.AttributeLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.ui.components.LocalizedDatePicker;

/**
 * The input fields of one fact type, generated from its attribute definitions: a choice is a select, several
 * choices a multi-select, numbers number fields, a flag a checkbox, a date a date picker and a reference a select
 * of the file's facts of the type it points to. Field ids are {@code fact-attribute-<name>}. It does not check
 * what is entered: the credit file does, and {@link #showRefusal} puts its reason at the field it names.
 */
public class AttributeFields extends FormLayout {

    private final FactType type;
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    public AttributeFields(FactType type, List<CreditFileEntry> fileEntries) {
        this.type = type;
        for (AttributeDefinition definition : type.attributes()) {
            HasValue<?, ?> field = field(definition, fileEntries);
            Component component = (Component) field;
            component.setId("fact-attribute-" + definition.name());
            field.setRequiredIndicatorVisible(definition.required());
            fields.put(definition.name(), field);
            add(component);
        }
    }

    public FactType type() {
        return type;
    }

    /** What is entered, as the credit file takes it; empty fields are left out so defaults apply. */
    public FactAttributes values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object value = field.getValue();
            if (value instanceof Double number) {
                value = BigDecimal.valueOf(number);
            }
            if (value instanceof String text && text.isBlank()
                    || value instanceof Collection<?> codes && codes.isEmpty()) {
                value = null;
            }
            if (value != null) {
                values.put(name, value);
            }
        });
        return FactAttributes.of(values);
    }

    /** Puts stored attribute values into the fields (a violation's current penalty before it is changed). */
    @SuppressWarnings("unchecked")
    public void fill(Map<String, Object> attributes) {
        attributes.forEach((name, value) -> {
            HasValue<?, ?> field = fields.get(name);
            if (field == null || value == null) {
                return;
            }
            if (field instanceof NumberField number) {
                number.setValue(new BigDecimal(value.toString()).doubleValue());
            } else if (field instanceof IntegerField number) {
                number.setValue(new BigDecimal(value.toString()).intValueExact());
            } else if (field instanceof LocalizedDatePicker date) {
                date.setValue(LocalDate.parse(value.toString()));
            } else if (field instanceof MultiSelectComboBox<?> choices) {
                ((MultiSelectComboBox<String>) choices).setValue(new LinkedHashSet<>((Collection<String>) value));
            } else if (field instanceof Checkbox flag) {
                flag.setValue(Boolean.TRUE.equals(value));
            } else {
                ((HasValue<?, String>) field).setValue(value.toString());
            }
        });
    }

    /** The field of the attribute, if this type has it. */
    public Optional<HasValue<?, ?>> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** Puts {@code component} right after the attribute's field, so it shows beside it. */
    public void placeAfter(String name, Component component) {
        field(name).ifPresent(field -> addComponentAtIndex(getElement().indexOfChild(((Component) field).getElement()) + 1, component));
    }

    /** Marks the field a refusal names (its arguments carry {@code field.<name>}); false when it names none here. */
    public boolean showRefusal(List<String> refusalArguments, String message) {
        clearRefusal();
        for (String argument : refusalArguments) {
            HasValue<?, ?> field = argument.startsWith("field.") ? fields.get(argument.substring(6)) : null;
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
                return true;
            }
        }
        return false;
    }

    public void clearRefusal() {
        fields.values().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }

    private HasValue<?, ?> field(AttributeDefinition definition, List<CreditFileEntry> fileEntries) {
        String label = getTranslation(AttributeLabels.nameKey(definition.name()));
        return switch (definition.kind()) {
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(definition.values());
                select.setEmptySelectionAllowed(!definition.required());
                select.setItemLabelGenerator(code -> code == null ? ""
                        : getTranslation(AttributeLabels.valueKey(type, definition.name(), code)));
                yield select;
            }
            case CHOICES -> {
                MultiSelectComboBox<String> choices = new MultiSelectComboBox<>(label);
                choices.setItems(definition.values());
                choices.setItemLabelGenerator(code -> getTranslation(AttributeLabels.valueKey(type, definition.name(),
                                                                                              code)));
                yield choices;
            }
            case DECIMAL -> {
                NumberField number = new NumberField(label);
                if (definition.minimum() != null) {
                    number.setMin(definition.minimum().doubleValue());
                }
                yield number;
            }
            case WHOLE_NUMBER -> {
                IntegerField number = new IntegerField(label);
                if (definition.minimum() != null) {
                    number.setMin(definition.minimum().intValue());
                }
                yield number;
            }
            case FLAG -> new Checkbox(label, definition.defaultValue() instanceof Boolean flag && flag);
            case DATE -> new LocalizedDatePicker(label);
            case REFERENCE -> referenceSelect(label, definition.name(), fileEntries);
            case TEXT -> {
                TextField text = new TextField(label);
                text.setMaxLength(AttributeDefinition.MAX_TEXT_LENGTH);
                yield text;
            }
        };
    }

    /** A select of the file's entries a reference may point to, labelled by type, date and evidence. */
    private Select<String> referenceSelect(String label, String attribute, List<CreditFileEntry> fileEntries) {
        Map<String, CreditFileEntry> candidates = new LinkedHashMap<>();
        fileEntries.stream().filter(entry -> ReferenceTargets.accepts(attribute, entry))
                   .forEach(entry -> candidates.put(entry.id(), entry));
        Select<String> select = new Select<>();
        select.setLabel(label);
        select.setItems(candidates.keySet());
        select.setItemLabelGenerator(id -> {
            CreditFileEntry entry = candidates.get(id);
            String evidence = entry.evidenceDocumentNo() == null ? "" : " " + entry.evidenceDocumentNo();
            return getTranslation("factType." + entry.type()) + " " + entry.occurredOn() + evidence;
        });
        return select;
    }
}
