package org.greencredit.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged command's events survive SIGKILL. Commands are sent from several threads; the process is killed
 * while commands are still in flight; after a restart every acknowledged registration is in the event store, and
 * nothing is half-stored. {@code -Ddurability.trials=N} repeats the trial (the benchmark harness uses it).
 */
class HardKillDurabilityIT {

    private static final int COMMANDS = 400;
    private static final int KILL_AFTER_ACKNOWLEDGED = 300;
    private static final int SENDERS = 4;

    @TempDir
    Path workDir;

    @Test
    void everyAcknowledgedEventSurvivesAHardKill() throws Exception {
        int trials = Integer.getInteger("durability.trials", 1);
        for (int trial = 1; trial <= trials; trial++) {
            runTrial(trial);
        }
    }

    private void runTrial(int trial) throws Exception {
        Path dataDir = workDir.resolve("trial-" + trial);
        Path log = Path.of("target", "durability", "trial-" + trial + ".log");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();

        PackagedApplication application = PackagedApplication.start(dataDir, log);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (int s = 0; s < SENDERS; s++) {
            senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < COMMANDS; i = next.getAndIncrement()) {
                    String code = TestCreditCodes.code(trial * 10_000 + i);
                    attempted.add(code);
                    try {
                        HttpResponse<String> response = application.post("/api/enterprises",
                                TestEnterprises.registrationJson(trial * 10_000 + i, "耐久性测试企业" + i));
                        if (response.statusCode() == 201) {
                            acknowledged.add(code);
                        }
                    } catch (Exception connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && next.get() < COMMANDS) {
            Thread.sleep(5);
        }
        application.killHard();
        senders.shutdown();
        assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);

        PackagedApplication restarted = PackagedApplication.start(dataDir, log);
        try {
            for (String code : attempted) {
                List<String> events = eventTypes(restarted, code);
                if (acknowledged.contains(code)) {
                    assertThat(events).as("trial %d, acknowledged %s", trial, code)
                                      .containsExactly("EnterpriseRegistered");
                } else {
                    assertThat(events).as("trial %d, unacknowledged %s", trial, code)
                                      .isSubsetOf(List.of("EnterpriseRegistered"));
                }
            }
        } finally {
            restarted.stop();
        }
        System.out.printf("durability trial %d: %d acknowledged, %d attempted, all acknowledged events found%n",
                          trial, acknowledged.size(), attempted.size());
    }

    private static List<String> eventTypes(PackagedApplication application, String code) throws Exception {
        HttpResponse<String> response = application.get("/api/credit-files/" + code + "/events");
        if (response.statusCode() == 404) {
            assertThat(response.body()).contains("\"key\":\"creditFile.notFound\"");
            return List.of();
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return java.util.regex.Pattern.compile("\"type\":\"(\\w+)\"").matcher(response.body()).results()
                                      .map(match -> match.group(1)).toList();
    }
}
