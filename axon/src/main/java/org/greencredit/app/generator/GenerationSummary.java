package org.greencredit.app.generator;

import java.time.Duration;
import java.util.List;

/** What the generator did: enterprises registered, commands sent, cycles run, cycles skipped, time taken. */
public record GenerationSummary(int enterprises, long commands, List<String> cycles, List<Integer> yearsWithoutCycle,
                                Duration took) {

    public GenerationSummary {
        cycles = List.copyOf(cycles);
        yearsWithoutCycle = List.copyOf(yearsWithoutCycle);
    }
}
