package org.greencredit.domain.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The official arrangements for 2025 and 2026 shipped with the application ({@code calendars/holidays.yaml}). */
public final class ShippedArrangements {

    private static final String RESOURCE = "/calendars/holidays.yaml";

    private ShippedArrangements() {
    }

    public static List<YearArrangement> all() {
        try (InputStream in = ShippedArrangements.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new YAMLMapper().readTree(in);
            List<YearArrangement> years = new ArrayList<>();
            root.fields().forEachRemaining(year -> {
                List<Holiday> holidays = new ArrayList<>();
                year.getValue().path("holidays").forEach(h -> holidays.add(new Holiday(
                        h.path("name").asText(), LocalDate.parse(h.path("from").asText()),
                        LocalDate.parse(h.path("to").asText()))));
                List<LocalDate> weekends = new ArrayList<>();
                year.getValue().path("workingWeekends").forEach(d -> weekends.add(LocalDate.parse(d.asText())));
                years.add(new YearArrangement(Integer.parseInt(year.getKey()), year.getValue().path("notice").asText(),
                                              holidays, weekends));
            });
            return years;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkingDays workingDays() {
        java.util.Map<Integer, YearArrangement> years = new java.util.TreeMap<>();
        all().forEach(arrangement -> years.put(arrangement.year(), arrangement));
        return new WorkingDays(years);
    }
}
