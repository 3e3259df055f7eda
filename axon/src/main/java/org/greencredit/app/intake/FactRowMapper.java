package org.greencredit.app.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greencredit.app.intake.file.CellValues;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.BusinessDates;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.SourceRecord;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.i18n.Translations;

/**
 * Reads a row of a facts file into a {@link RecordFact}: codes or their names for coded values, the usual ways of
 * writing a date, references to other facts by their source record id. Checks everything a row can be checked for
 * on its own — the same checks the credit file makes — so a preview can name each problem with its column.
 */
final class FactRowMapper {

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；/]");

    private final Translations translations;
    private final List<FactType> importable;
    private final Clock clock;

    FactRowMapper(Translations translations, List<FactType> importable, Clock clock) {
        this.translations = translations;
        this.importable = importable;
        this.clock = clock;
    }

    MappedRow map(SourceRow row, String importId) {
        List<RowProblem> problems = new ArrayList<>(row.problems());
        String recordText = row.value("sourceRecordId");
        String creditCode = RowProblems.creditCode(row, problems);
        FactType type = type(row, problems);
        FactSource source = source(row, problems);
        LocalDate occurredOn = notInFuture(date(row, "occurredOn", true, problems), problems);
        SourceRecord record = record(source, recordText, problems);
        Evidence evidence = evidence(row, problems);
        FactAttributes attributes = type == null ? null : attributes(row, type, source, problems);
        if (type != null && attributes != null && occurredOn != null) {
            try {
                attributes = type.validate(attributes, occurredOn);
            } catch (RuleViolation invalid) {
                problems.add(RowProblems.of(invalid.refusal(), "type"));
            }
        }
        if (!problems.isEmpty() || record == null) {
            return new MappedRow(row.rowNumber(), recordText, record == null ? null : record.factId(), creditCode,
                                 null, null, problems);
        }
        RecordFact command = new RecordFact(creditCode, record.factId(), type, occurredOn, source, evidence,
                                            attributes, record.recordId(), importId);
        String decisionNo = type == FactType.VIOLATION ? attributes.text("decisionNo") : null;
        return new MappedRow(row.rowNumber(), record.recordId(), record.factId(), creditCode, command, decisionNo,
                             List.of());
    }

    private FactType type(SourceRow row, List<RowProblem> problems) {
        String text = row.value("type");
        if (text == null) {
            problems.add(RowProblems.of("type", "import.value.required", "import.column.type"));
            return null;
        }
        Optional<FactType> type = ChoiceNames.factType(translations, text);
        if (type.isEmpty()) {
            problems.add(RowProblems.of("type", "import.type.unknown", text));
            return null;
        }
        if (!importable.contains(type.get())) {
            problems.add(RowProblems.of("type", "import.type.notImportable", "factType." + type.get().name()));
            return null;
        }
        return type.get();
    }

    private FactSource source(SourceRow row, List<RowProblem> problems) {
        String text = row.value("source");
        if (text == null) {
            problems.add(RowProblems.of("source", "import.value.required", "import.column.source"));
            return null;
        }
        Optional<FactSource> source = ChoiceNames.source(translations, text);
        if (source.isEmpty()) {
            problems.add(RowProblems.of("source", "import.source.unknown", text));
            return null;
        }
        if (source.get() == FactSource.SELF_DECLARATION) {
            problems.add(RowProblems.of("source", "fact.source.declarationsAreDeclared"));
            return null;
        }
        return source.get();
    }

    private static SourceRecord record(FactSource source, String recordText, List<RowProblem> problems) {
        if (source == null) {
            return null;
        }
        try {
            return new SourceRecord(source, recordText);
        } catch (RuleViolation invalid) {
            problems.add(RowProblems.of("sourceRecordId", invalid.refusal()));
            return null;
        }
    }

    private static LocalDate date(SourceRow row, String column, boolean required, List<RowProblem> problems) {
        String text = row.value(column);
        if (text == null) {
            if (required) {
                problems.add(RowProblems.of(column, "import.value.required", "import.column." + column));
            }
            return null;
        }
        try {
            return CellValues.date(text);
        } catch (RuleViolation invalid) {
            problems.add(RowProblems.of(column, invalid.refusal()));
            return null;
        }
    }

    private LocalDate notInFuture(LocalDate date, List<RowProblem> problems) {
        if (date == null) {
            return null;
        }
        try {
            BusinessDates.notInFuture("field.occurredOn", date, clock);
            return date;
        } catch (RuleViolation future) {
            problems.add(RowProblems.of("occurredOn", future.refusal()));
            return null;
        }
    }

    private static Evidence evidence(SourceRow row, List<RowProblem> problems) {
        Evidence evidence = new Evidence(row.value("documentNo"), row.value("evidenceDescription"));
        try {
            evidence.validate();
        } catch (RuleViolation invalid) {
            problems.add(RowProblems.of("documentNo", invalid.refusal()));
        }
        return evidence;
    }

    private FactAttributes attributes(SourceRow row, FactType type, FactSource source, List<RowProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : row.values().entrySet()) {
            String column = cell.getKey();
            if (ImportLayouts.FACT_COLUMNS.contains(column)) {
                continue;
            }
            Optional<AttributeDefinition> attribute = type.attribute(column);
            if (attribute.isEmpty()) {
                problems.add(RowProblems.of(column, "import.column.notForType", "field." + column,
                                            "factType." + type.name()));
                continue;
            }
            try {
                values.put(column, value(type, attribute.get(), source, cell.getValue()));
            } catch (RuleViolation invalid) {
                problems.add(RowProblems.of(column, invalid.refusal()));
            }
        }
        return FactAttributes.of(values);
    }

    private Object value(FactType type, AttributeDefinition attribute, FactSource source, String text) {
        return switch (attribute.kind()) {
            case CHOICE -> choice(type, attribute, text);
            case CHOICES -> Arrays.stream(LIST_SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty())
                                  .map(part -> choice(type, attribute, part)).toList();
            case DECIMAL, WHOLE_NUMBER -> number(attribute, text);
            case FLAG -> CellValues.flag(text);
            case DATE -> CellValues.date(text);
            case REFERENCE -> reference(source, text);
            case TEXT -> text;
        };
    }

    private String choice(FactType type, AttributeDefinition attribute, String text) {
        return ChoiceNames.attributeCode(translations, type, attribute.name(), attribute.values(), text)
                          .orElseThrow(() -> new RuleViolation("fact.attribute.unknownValue",
                                                               "factType." + type.name(), "field." + attribute.name(),
                                                               text));
    }

    private static BigDecimal number(AttributeDefinition attribute, String text) {
        String plain = CellValues.folded(text).replace(",", "").replace("，", "");
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            throw new RuleViolation("import.value.number", "field." + attribute.name(), text);
        }
    }

    /** Another fact is named by its source record id in the same source, or by its id. */
    private static String reference(FactSource source, String text) {
        String folded = text.strip();
        if (UUID_FORM.matcher(folded).matches() || source == null) {
            return folded;
        }
        return new SourceRecord(source, folded).factId();
    }
}
