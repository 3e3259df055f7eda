package org.greencredit.ui.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.calendar.Holiday;
import org.greencredit.domain.calendar.YearArrangement;
import org.greencredit.domain.common.RuleViolation;

/**
 * A file of State Council holiday arrangements in the format of the shipped {@code calendars/holidays.yaml}: years
 * as keys, each with its {@code notice}, its {@code holidays} ({@code name}, {@code from}, {@code to}) and its
 * {@code workingWeekends}. Everything is read and checked before anything is entered, so a file with one bad
 * year enters none; each refusal is a {@link RuleViolation} naming the place.
 */
final class ArrangementFile {

    private static final YAMLMapper YAML = new YAMLMapper();

    private ArrangementFile() {
    }

    static List<YearArrangement> parse(byte[] content) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JsonProcessingException e) {
            throw new RuleViolation("admin.calendar.file.notYaml",
                                    e.getLocation() == null ? "?" : e.getLocation().getLineNr());
        } catch (IOException e) {
            throw new RuleViolation("admin.calendar.file.notYaml", "?");
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new RuleViolation("admin.calendar.file.noYears");
        }
        List<YearArrangement> years = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> year = it.next();
            YearArrangement arrangement = arrangement(year.getKey(), year.getValue());
            arrangement.validate();
            years.add(arrangement);
        }
        return years;
    }

    private static YearArrangement arrangement(String key, JsonNode year) {
        if (!key.matches("\\d{4}")) {
            throw new RuleViolation("admin.calendar.file.notAYear", key);
        }
        if (!year.isObject()) {
            throw new RuleViolation("admin.calendar.file.missing", key, "notice");
        }
        JsonNode notice = year.path("notice");
        if (!notice.isTextual() || notice.asText().isBlank()) {
            throw new RuleViolation("admin.calendar.file.missing", key, "notice");
        }
        List<Holiday> holidays = new ArrayList<>();
        for (JsonNode holiday : list(year, key, "holidays")) {
            JsonNode name = holiday.path("name");
            if (!name.isTextual() || name.asText().isBlank()) {
                throw new RuleViolation("admin.calendar.file.missing", key, "holidays.name");
            }
            holidays.add(new Holiday(name.asText().strip(), date(holiday.path("from"), key, "from"),
                                     date(holiday.path("to"), key, "to")));
        }
        List<LocalDate> workingWeekends = new ArrayList<>();
        for (JsonNode day : list(year, key, "workingWeekends")) {
            workingWeekends.add(date(day, key, "workingWeekends"));
        }
        return new YearArrangement(Integer.parseInt(key), notice.asText().strip(), holidays, workingWeekends);
    }

    private static JsonNode list(JsonNode year, String key, String field) {
        JsonNode list = year.path(field);
        if (!list.isArray()) {
            throw new RuleViolation("admin.calendar.file.missing", key, field);
        }
        return list;
    }

    private static LocalDate date(JsonNode value, String key, String field) {
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new RuleViolation("admin.calendar.file.missing", key, field);
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("admin.calendar.file.badDate", key, value.asText());
        }
    }
}
