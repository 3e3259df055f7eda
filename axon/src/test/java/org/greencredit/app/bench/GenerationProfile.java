package org.greencredit.app.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where the CPU of a generation went, phase by phase of its last annual cycle: reads the flight recording
 * {@code bin/scale-benchmark} takes of {@code generate} ({@code -Dbench.recording=.../generate.jfr}), whose
 * generation steps are recorded as {@code org.greencredit.GenerationStep} events, and reports each phase's window
 * as {@link CpuProfile} does. Output in {@code target/benchmarks/generation-profile.txt}.
 */
@Tag("benchmark")
class GenerationProfile {

    private static final String STEP_EVENT = "org.greencredit.GenerationStep";
    /** The phases of a cycle over the whole district, by the end of their step's name. */
    private static final List<String> PHASES = List.of("opened", "declaration deadline", "graded, disclosure",
                                                       "disclosure end", "published");
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("de.bwaldvogel.mongo.", "embedded Mongo server");
        LIBRARIES.put("org.h2.mvstore.", "H2 MVStore");
        LIBRARIES.put("org.h2.compress.", "H2 compression");
        LIBRARIES.put("org.hsqldb.", "HSQLDB (event store)");
        LIBRARIES.put("com.mongodb.", "Mongo driver");
        LIBRARIES.put("org.bson.", "BSON");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("org.axonframework.", "Axon");
        LIBRARIES.put("org.greencredit.projections.", "projections");
        LIBRARIES.put("org.greencredit.app.notify.", "notifications");
        LIBRARIES.put("org.greencredit.app.webhook.", "webhooks");
        LIBRARIES.put("org.greencredit.domain.scoring.", "scoring");
        LIBRARIES.put("org.greencredit.domain.", "domain");
    }

    @Test
    void report() throws Exception {
        Path recording = Path.of(System.getProperty("bench.recording", "target/scale-30000/generate.jfr"));
        Map<String, RecordedEvent> lastOfEachPhase = new LinkedHashMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals(STEP_EVENT)) {
                    String step = event.getString("step");
                    PHASES.stream().filter(step::endsWith).findFirst()
                          .ifPresent(phase -> lastOfEachPhase.put(phase, event));
                }
            }
        }
        List<String> report = new ArrayList<>();
        report.add("CPU profile of each phase of the last cycle of the generation recorded in " + recording);
        CpuProfile profile = new CpuProfile(LIBRARIES, thread -> thread.replaceAll("-\\d+$", ""));
        for (String phase : PHASES) {
            RecordedEvent step = lastOfEachPhase.get(phase);
            if (step == null) {
                report.add(phase + ": no " + STEP_EVENT + " event in the recording");
                continue;
            }
            Instant from = step.getStartTime();
            Instant to = step.getEndTime();
            report.add(String.format(Locale.ROOT, "%s: window of %.1f s", step.getString("step"),
                                     Duration.between(from, to).toMillis() / 1000.0));
            report.addAll(profile.between(recording, from, to, "in the window", 8, 15));
        }
        BenchDistrict.write("generation-profile.txt", report);
    }
}
