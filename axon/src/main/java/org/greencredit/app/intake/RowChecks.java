package org.greencredit.app.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.decisionnumber.DecisionNumberKey;
import org.greencredit.domain.decisionnumber.DecisionNumbers;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.projections.creditfile.CreditFileEntry;

/**
 * The checks of a chunk of mapped rows against what is stored and against the rows before them in the same
 * import: duplicates inside the file, unknown enterprises and enterprises that left scope, source records already
 * recorded (the same or with other content), decision numbers already used, references to facts that do not
 * exist. One instance lives as long as one pass over an import, remembering the rows it has seen.
 */
final class RowChecks {

    private final StoredRecords stored;
    private final DecisionNumbers decisionNumbers;
    private final Map<String, Seen> seenRecords = new HashMap<>();
    private final Map<String, Integer> seenDecisionNumbers = new HashMap<>();

    RowChecks(StoredRecords stored, DecisionNumbers decisionNumbers) {
        this.stored = stored;
        this.decisionNumbers = decisionNumbers;
    }

    private record Seen(int rowNumber, Object command) {
    }

    List<RowVerdict> check(List<MappedRow> chunk) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> factIds = new LinkedHashSet<>();
        for (MappedRow row : chunk) {
            if (row.valid()) {
                codes.add(row.creditCode());
                if (row.command() instanceof RecordFact fact) {
                    factIds.add(fact.factId());
                    referenced(fact).ifPresent(factIds::add);
                }
            }
        }
        Map<String, Document> enterprises = stored.enterprises(codes);
        Map<String, CreditFileEntry> facts = stored.facts(factIds);
        List<RowVerdict> verdicts = new ArrayList<>(chunk.size());
        for (MappedRow row : chunk) {
            verdicts.add(check(row, enterprises, facts));
        }
        return verdicts;
    }

    private RowVerdict check(MappedRow row, Map<String, Document> enterprises, Map<String, CreditFileEntry> facts) {
        if (!row.valid()) {
            return RowVerdict.refused(row, row.problems());
        }
        Seen earlier = seenRecords.putIfAbsent(row.recordId(), new Seen(row.rowNumber(), row.command()));
        if (earlier != null) {
            String key = sameContent(earlier.command(), row.command()) ? "import.row.duplicate" : "import.row.sameRecord";
            return RowVerdict.refused(row, List.of(RowProblems.of(recordColumn(row), key, earlier.rowNumber())));
        }
        if (row.command() instanceof RegisterEnterprise registration) {
            return enterprise(row, registration, enterprises.get(row.creditCode()));
        }
        return fact(row, (RecordFact) row.command(), enterprises.get(row.creditCode()), facts);
    }

    private static String recordColumn(MappedRow row) {
        return row.command() instanceof RegisterEnterprise ? "creditCode" : "sourceRecordId";
    }

    private RowVerdict enterprise(MappedRow row, RegisterEnterprise registration, Document listed) {
        if (listed == null) {
            return new RowVerdict(row, RowOutcome.NEW, List.of(), true);
        }
        List<String> differences = listedDifferences(registration.profile(), listed);
        if (differences.isEmpty()) {
            return new RowVerdict(row, RowOutcome.ALREADY_RECORDED, List.of(), true);
        }
        return new RowVerdict(row, RowOutcome.CONFLICT, conflicts(differences), true);
    }

    private RowVerdict fact(MappedRow row, RecordFact fact, Document listed, Map<String, CreditFileEntry> facts) {
        CreditFileEntry existing = facts.get(fact.factId());
        if (existing != null) {
            if (!existing.creditCode().equals(fact.creditCode())) {
                return new RowVerdict(row, RowOutcome.CONFLICT, List.of(RowProblems.of(
                        "sourceRecordId", "import.sourceRecord.otherEnterprise", fact.sourceRecordId(),
                        existing.creditCode())), false);
            }
            List<String> differences = differences(fact, existing);
            return differences.isEmpty()
                    ? new RowVerdict(row, RowOutcome.ALREADY_RECORDED, List.of(), false)
                    : new RowVerdict(row, RowOutcome.CONFLICT, conflicts(differences), true);
        }
        if (listed == null) {
            return RowVerdict.refused(row, List.of(RowProblems.of("creditCode", "import.enterprise.unknown",
                                                                  fact.creditCode())));
        }
        if (!Boolean.TRUE.equals(listed.getBoolean("inScope"))) {
            return RowVerdict.refused(row, List.of(RowProblems.of("creditCode", "creditFile.leftScope",
                                                                  fact.creditCode())));
        }
        List<RowProblem> problems = new ArrayList<>();
        if (row.decisionNo() != null) {
            String key = DecisionNumberKey.of(row.decisionNo());
            Integer sameNumber = seenDecisionNumbers.putIfAbsent(key, row.rowNumber());
            if (sameNumber != null) {
                problems.add(RowProblems.of("decisionNo", "import.row.sameDecisionNo", sameNumber));
            } else if (decisionNumbers.isClaimed(row.decisionNo())) {
                problems.add(RowProblems.of("decisionNo", "violation.decisionNo.duplicate", row.decisionNo()));
            }
        }
        referenced(fact).ifPresent(id -> {
            if (!seenRecords.containsKey(id) && !facts.containsKey(id)) {
                String column = fact.type() == FactType.PENALTY_FULFILLED ? "violationId" : "findingId";
                problems.add(RowProblems.of(column, "import.reference.unknown", "field." + column,
                                            fact.attributes().text(column)));
            }
        });
        return problems.isEmpty() ? new RowVerdict(row, RowOutcome.NEW, List.of(), true)
                : RowVerdict.refused(row, problems);
    }

    private static java.util.Optional<String> referenced(RecordFact fact) {
        if (fact.type() == FactType.PENALTY_FULFILLED) {
            return java.util.Optional.ofNullable(fact.attributes().text("violationId"));
        }
        if (fact.type() == FactType.RECTIFICATION_COMPLETED) {
            return java.util.Optional.ofNullable(fact.attributes().text("findingId"));
        }
        return java.util.Optional.empty();
    }

    private static List<RowProblem> conflicts(List<String> columns) {
        return columns.stream().map(column -> RowProblems.of(column, "import.conflict.column", ImportLayouts.headerKey(column)))
                      .toList();
    }

    private static boolean sameContent(Object first, Object second) {
        if (first instanceof RecordFact a && second instanceof RecordFact b) {
            return a.creditCode().equals(b.creditCode()) && a.type() == b.type()
                   && a.occurredOn().equals(b.occurredOn()) && Objects.equals(a.evidence(), b.evidence())
                   && a.attributes().equals(b.attributes());
        }
        return first.equals(second);
    }

    /** As the credit file compares a repeated record: type, date, evidence and attributes as first recorded. */
    private static List<String> differences(RecordFact fact, CreditFileEntry existing) {
        List<String> columns = new ArrayList<>();
        if (!fact.type().name().equals(existing.type())) {
            columns.add("type");
        }
        if (!fact.occurredOn().equals(existing.occurredOn())) {
            columns.add("occurredOn");
        }
        if (!Objects.equals(fact.evidence().documentNo(), existing.evidenceDocumentNo())) {
            columns.add("documentNo");
        }
        if (!Objects.equals(fact.evidence().description(), existing.evidenceDescription())) {
            columns.add("evidenceDescription");
        }
        FactAttributes stored = FactAttributes.of(existing.attributes());
        Set<String> names = new java.util.TreeSet<>(stored.names());
        names.addAll(fact.attributes().names());
        names.stream().filter(name -> !equalValues(stored.get(name), fact.attributes().get(name)))
             .forEach(columns::add);
        return columns;
    }

    private static boolean equalValues(Object stored, Object given) {
        if (stored instanceof BigDecimal a && given instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(stored, given);
    }

    /** The particulars the directory lists; the credit file compares the rest when the row is sent. */
    private static List<String> listedDifferences(EnterpriseProfile profile, Document listed) {
        List<String> columns = new ArrayList<>();
        compare(columns, "name", profile.name(), listed.getString("name"));
        compare(columns, "industryCode", profile.industry().code(), listed.getString("industryCode"));
        compare(columns, "industryName", profile.industry().name(), listed.getString("industryName"));
        compare(columns, "subdistrict", profile.subdistrict().name(), listed.getString("subdistrict"));
        compare(columns, "managementClass", profile.managementClass().name(), listed.getString("managementClass"));
        compare(columns, "keyPolluter", profile.keyPolluter(), listed.getBoolean("keyPolluter"));
        return columns;
    }

    private static void compare(List<String> columns, String column, Object given, Object listed) {
        if (!Objects.equals(given, listed)) {
            columns.add(column);
        }
    }
}
