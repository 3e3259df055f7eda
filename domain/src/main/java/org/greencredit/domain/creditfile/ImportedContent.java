package org.greencredit.domain.creditfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.intake.RowOutcome;

/**
 * What a source record said when it was first imported, to tell a repeated import (same content: nothing to do)
 * from a conflicting one (different content: to be handled by a correction). Differences are named by the
 * import's column keys, so a report can point at the cells.
 */
record ImportedContent(FactType type, LocalDate occurredOn, Evidence evidence, FactAttributes attributes) {

    /** A repeated import of the record: already recorded when its content is the same, a conflict otherwise. */
    RowOutcome repeatedBy(RecordFact command) {
        CreditFileRules.requireEvidence(command.evidence());
        FactAttributes attributes = command.type().validate(CreditFileRules.attributesOf(command.attributes()),
                                                            command.occurredOn());
        List<String> columns = differences(new ImportedContent(command.type(), command.occurredOn(),
                                                               command.evidence(), attributes));
        if (!columns.isEmpty()) {
            throw new RuleViolation("import.conflict", String.join(",", columns));
        }
        return RowOutcome.ALREADY_RECORDED;
    }

    /** The columns in which {@code other} differs from this content; empty when it is the same record. */
    List<String> differences(ImportedContent other) {
        List<String> columns = new ArrayList<>();
        if (type != other.type) {
            columns.add("type");
        }
        if (!Objects.equals(occurredOn, other.occurredOn)) {
            columns.add("occurredOn");
        }
        if (!Objects.equals(evidence.documentNo(), other.evidence.documentNo())) {
            columns.add("documentNo");
        }
        if (!Objects.equals(evidence.description(), other.evidence.description())) {
            columns.add("evidenceDescription");
        }
        TreeSet<String> names = new TreeSet<>(attributes.names());
        names.addAll(other.attributes.names());
        names.stream().filter(name -> !Objects.equals(attributes.get(name), other.attributes.get(name)))
             .forEach(columns::add);
        return columns;
    }

    /**
     * A repeated import of a registration: already recorded with the same particulars; with others it conflicts,
     * naming them — a profile change is the way to change them.
     */
    static RowOutcome repeatedRegistration(LocalDate establishedOn, EnterpriseProfile profile,
                                           RegisterEnterprise command) {
        List<String> columns = differences(establishedOn, profile, command.establishedOn(), command.profile());
        if (!columns.isEmpty()) {
            throw new RuleViolation("import.conflict", String.join(",", columns));
        }
        return RowOutcome.ALREADY_RECORDED;
    }

    /** The columns of the enterprise register in which an imported registration differs from the file's. */
    private static List<String> differences(LocalDate establishedOn, EnterpriseProfile profile, LocalDate importedOn,
                                    EnterpriseProfile imported) {
        List<String> columns = new ArrayList<>();
        if (!Objects.equals(establishedOn, importedOn)) {
            columns.add("establishedOn");
        }
        if (profile == null || imported == null) {
            return profile == imported ? columns : List.of("name");
        }
        compare(columns, "name", profile.name(), imported.name());
        compare(columns, "industryCode", code(profile), code(imported));
        compare(columns, "industryName", profile.industry() == null ? null : profile.industry().name(),
                imported.industry() == null ? null : imported.industry().name());
        compare(columns, "subdistrict", profile.subdistrict(), imported.subdistrict());
        compare(columns, "address", profile.address(), imported.address());
        compare(columns, "permitNumber", profile.permitNumber(), imported.permitNumber());
        compare(columns, "managementClass", profile.managementClass(), imported.managementClass());
        compare(columns, "keyPolluter", profile.keyPolluter(), imported.keyPolluter());
        compare(columns, "contactName", profile.contact() == null ? null : profile.contact().name(),
                imported.contact() == null ? null : imported.contact().name());
        compare(columns, "contactPhone", profile.contact() == null ? null : profile.contact().phone(),
                imported.contact() == null ? null : imported.contact().phone());
        return columns;
    }

    private static String code(EnterpriseProfile profile) {
        return profile.industry() == null ? null : profile.industry().code();
    }

    private static void compare(List<String> columns, String column, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            columns.add(column);
        }
    }
}
