package org.greencredit.app.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greencredit.app.intake.file.CellValues;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.BusinessDates;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.i18n.Translations;

/**
 * Reads a row of the enterprise register (e.g. the permit platform's export) into a {@link RegisterEnterprise}:
 * places and management classes by name or code, the profile checked as the registration form checks it.
 */
final class EnterpriseRowMapper {

    private final Translations translations;
    private final Clock clock;

    EnterpriseRowMapper(Translations translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    MappedRow map(SourceRow row, String importId) {
        List<RowProblem> problems = new ArrayList<>(row.problems());
        String code = RowProblems.creditCode(row, problems);
        String name = required(row, "name", problems);
        LocalDate establishedOn = establishedOn(row, problems);
        Subdistrict subdistrict = named(row, "subdistrict", Subdistrict.class, "subdistrict.", problems);
        ManagementClass managementClass = named(row, "managementClass", ManagementClass.class, "managementClass.",
                                                problems);
        boolean keyPolluter = flag(row, problems);
        EnterpriseProfile profile = new EnterpriseProfile(
                name, new Industry(CellValues.folded(orEmpty(row.value("industryCode"))).toUpperCase(),
                                   row.value("industryName")),
                subdistrict, row.value("address"),
                row.value("permitNumber") == null ? null : CellValues.creditCode(row.value("permitNumber")),
                managementClass, keyPolluter,
                new Contact(row.value("contactName"),
                            row.value("contactPhone") == null ? null : CellValues.folded(row.value("contactPhone"))));
        if (code != null && name != null && subdistrict != null && managementClass != null) {
            try {
                profile.validate(code);
            } catch (RuleViolation invalid) {
                problems.add(RowProblems.of(invalid.refusal(), column(invalid.messageKey())));
            }
        }
        if (!problems.isEmpty()) {
            return new MappedRow(row.rowNumber(), row.value("sourceRecordId"), code, code, null, null, problems);
        }
        return new MappedRow(row.rowNumber(), row.value("sourceRecordId"), code, code,
                             new RegisterEnterprise(code, establishedOn, profile, importId), null, List.of());
    }

    /** The column a refusal of the profile is about, by the refusal's key. */
    private static String column(String key) {
        if (key.startsWith("industry.code")) {
            return "industryCode";
        }
        if (key.startsWith("industry.name")) {
            return "industryName";
        }
        if (key.startsWith("contact.name")) {
            return "contactName";
        }
        if (key.startsWith("contact.phone")) {
            return "contactPhone";
        }
        if (key.startsWith("permit")) {
            return "permitNumber";
        }
        if (key.contains("address")) {
            return "address";
        }
        return "name";
    }

    private LocalDate establishedOn(SourceRow row, List<RowProblem> problems) {
        String text = required(row, "establishedOn", problems);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = CellValues.date(text);
            BusinessDates.notInFuture("field.establishedOn", date, clock);
            return date;
        } catch (RuleViolation invalid) {
            problems.add(RowProblems.of("establishedOn", invalid.refusal()));
            return null;
        }
    }

    private <E extends Enum<E>> E named(SourceRow row, String column, Class<E> values, String keyPrefix,
                                        List<RowProblem> problems) {
        String text = required(row, column, problems);
        if (text == null) {
            return null;
        }
        Optional<E> value = ChoiceNames.named(translations, values, keyPrefix, text);
        if (value.isEmpty()) {
            problems.add(RowProblems.of(column, "import.value.unknown", "import.column." + column, text));
            return null;
        }
        return value.get();
    }

    private static boolean flag(SourceRow row, List<RowProblem> problems) {
        String text = row.value("keyPolluter");
        if (text == null) {
            return false;
        }
        try {
            return CellValues.flag(text);
        } catch (RuleViolation invalid) {
            problems.add(RowProblems.of("keyPolluter", invalid.refusal()));
            return false;
        }
    }

    private static String required(SourceRow row, String column, List<RowProblem> problems) {
        String text = row.value(column);
        if (text == null) {
            problems.add(RowProblems.of(column, "import.value.required", "import.column." + column));
        }
        return text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
