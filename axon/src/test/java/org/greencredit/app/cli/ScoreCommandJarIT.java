package org.greencredit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar green-credit.jar score …}: the packaged application as an auditor runs it. */
class ScoreCommandJarIT {

    @TempDir
    Path dir;

    @Test
    void scoresTheWorkedCaseAndRefusesBadInputWithExitCode2() throws Exception {
        Path indicators = Files.writeString(dir.resolve("system.yaml"), DefaultIndicatorSystem.yaml());
        Path facts = dir.resolve("facts.json");
        try (var in = ScoreCommandJarIT.class.getResourceAsStream("/cli/worked-case-2.json")) {
            Files.write(facts, in.readAllBytes());
        }

        Result good = score("--indicators", indicators.toString(), "--facts", facts.toString(), "--from", "2025-01-01",
                            "--to", "2025-12-31", "--as-of", "2026-03-01");
        Result bad = score("--indicators", indicators.toString(), "--facts", facts.toString(), "--from", "2025-01-01",
                           "--to", "2024-12-31", "--as-of", "2026-03-01");

        assertThat(good.exitCode).isZero();
        assertThat(good.out).contains("\"grade\" : \"B\"", "\"total\" : 84.0");
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err).contains("评价期起始日期 2025-01-01 晚于截止日期 2024-12-31");
    }

    private static Result score(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                                       "-jar", Path.of("target", "green-credit.jar").toString(), "score"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    private record Result(int exitCode, String out, String err) {
    }
}
