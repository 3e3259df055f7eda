package org.greencredit.app.creditfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.decisionnumber.DecisionNumberKey;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credit file in the running application: real command bus, event store, upcasters and snapshots. */
class CreditFileIntegrationTest {

    @TempDir
    static Path dataDir;

    private static RunningApplication app;

    @BeforeAll
    static void start() {
        app = RunningApplication.start(dataDir, "greencredit.snapshots.credit-file-every=10");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyStoredEventNamesWhoCausedIt() {
        app.send(TestEnterprises.registration(100, "元数据测试企业"));

        DomainEventMessage<?> stored = app.bean(EventStore.class).readEvents(TestCreditCodes.code(100)).next();

        assertThat(stored.getMetaData())
                .containsEntry(Actor.ID, TestEnterprises.OFFICER.id())
                .containsEntry(Actor.ROLE, "OFFICER")
                .containsEntry(Actor.DEPARTMENT, TestEnterprises.OFFICER.department());
    }

    @Test
    void aDecisionNumberIsUsedOnceInTheWholeDistrict() {
        app.send(TestEnterprises.registration(101, "甲企业"));
        app.send(TestEnterprises.registration(102, "乙企业"));
        app.send(violation(101, "京通环罚〔2025〕501号"));

        assertThatThrownBy(() -> app.send(violation(102, "京通环罚[2025]501号")))
                .isInstanceOf(CommandExecutionException.class)
                .satisfies(e -> assertThat(((CommandExecutionException) e).getDetails())
                        .contains(new Refusal("violation.decisionNo.duplicate", List.of("京通环罚[2025]501号"))));
        assertThat(app.bean(EventStore.class).readEvents(TestCreditCodes.code(102)).asStream().count()).isEqualTo(1);
    }

    @Test
    void whenTwoFilesRaceForOneDecisionNumberExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String number = "京通环罚〔2025〕" + (700 + round) + "号";
                List<Integer> enterprises = List.of(200 + round * 4, 201 + round * 4, 202 + round * 4, 203 + round * 4);
                enterprises.forEach(n -> app.send(TestEnterprises.registration(n, "竞争企业" + n)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (int n : enterprises) {
                    attempts.add(pool.submit(succeeds(start, violation(n, number))));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> attempt : attempts) {
                    winners += attempt.get() ? 1 : 0;
                }
                long stored = enterprises.stream().mapToLong(n -> violationsCiting(n, number)).sum();
                assertThat(winners).as("round %d winners", round).isEqualTo(1);
                assertThat(stored).as("round %d stored violations", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCommandForAnUnknownCreditFileIsRefused() {
        assertThatThrownBy(() -> app.send(violation(999, "京通环罚〔2025〕999号")))
                .isInstanceOf(CommandExecutionException.class)
                .satisfies(e -> assertThat(((CommandExecutionException) e).getDetails()).contains(
                        new Refusal("creditFile.notFound", List.of(TestCreditCodes.code(999)))));
    }

    @Test
    void aSnapshottedCreditFileKeepsItsState() {
        app.send(TestEnterprises.registration(300, "快照测试企业"));
        List<RecordFact> facts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            RecordFact tax = new RecordFact(TestCreditCodes.code(300), UUID.randomUUID().toString(), FactType.TAX,
                                            LocalDate.of(2025, 1, 1).plusDays(i), FactSource.TAX,
                                            Evidence.of("税务通知 " + i), FactAttributes.of("status", "PAID"));
            app.send(tax);
            facts.add(tax);
        }

        assertThatThrownBy(() -> app.send(facts.get(3)))
                .isInstanceOf(CommandExecutionException.class)
                .satisfies(e -> assertThat(((CommandExecutionException) e).getDetails())
                        .contains(new Refusal("fact.id.duplicate", List.of(facts.get(3).factId()))));
        assertThat(app.bean(org.axonframework.eventsourcing.eventstore.EventStorageEngine.class)
                      .readSnapshot(TestCreditCodes.code(300))).isPresent();
    }

    /**
     * A snapshot is a cache of the file's state in the form the class had when it was taken. The form changed at
     * revision 2 (evaluations and repair applications became entities), so a revision-1 snapshot must be passed
     * over and the file rebuilt from its events — here the stored revision-1 snapshot is an empty file, which would
     * forget the recorded facts if it were read.
     */
    @Test
    void aSnapshotOfAnEarlierRevisionIsPassedOverAndTheFileReplayedFromItsEvents() throws Exception {
        app.send(TestEnterprises.registration(301, "旧快照测试企业"));
        List<RecordFact> facts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            RecordFact tax = new RecordFact(TestCreditCodes.code(301), UUID.randomUUID().toString(), FactType.TAX,
                                            LocalDate.of(2025, 2, 1).plusDays(i), FactSource.TAX,
                                            Evidence.of("税务通知 " + i), FactAttributes.of("status", "PAID"));
            app.send(tax);
            facts.add(tax);
        }
        try (Connection connection = app.bean(DataSource.class).getConnection();
             PreparedStatement revisions = connection.prepareStatement(
                     "SELECT payloadRevision FROM SnapshotEventEntry WHERE aggregateIdentifier = ?");
             PreparedStatement downgrade = connection.prepareStatement(
                     "UPDATE SnapshotEventEntry SET payloadRevision = '1', payload = ? WHERE aggregateIdentifier = ?")) {
            revisions.setString(1, TestCreditCodes.code(301));
            try (ResultSet stored = revisions.executeQuery()) {
                assertThat(stored.next()).as("a snapshot was taken").isTrue();
                assertThat(stored.getString(1)).isEqualTo("2");
            }
            downgrade.setBytes(1, "{}".getBytes(StandardCharsets.UTF_8));
            downgrade.setString(2, TestCreditCodes.code(301));
            assertThat(downgrade.executeUpdate()).isEqualTo(1);
        }

        assertThatThrownBy(() -> app.send(facts.get(2)))
                .isInstanceOf(CommandExecutionException.class)
                .satisfies(e -> assertThat(((CommandExecutionException) e).getDetails())
                        .contains(new Refusal("fact.id.duplicate", List.of(facts.get(2).factId()))));
    }

    private static Callable<Boolean> succeeds(CountDownLatch start, RecordFact command) {
        return () -> {
            start.await();
            try {
                app.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(TestEnterprises.OFFICER.asMetaData()));
                return true;
            } catch (RuntimeException refusedOrLostTheRace) {
                return false;
            }
        };
    }

    private static long violationsCiting(int enterprise, String number) {
        return app.bean(EventStore.class).readEvents(TestCreditCodes.code(enterprise)).asStream()
                  .map(DomainEventMessage::getPayload)
                  .filter(FactRecorded.class::isInstance).map(FactRecorded.class::cast)
                  .filter(fact -> DecisionNumberKey.of(fact.attributes().text("decisionNo"))
                                                   .equals(DecisionNumberKey.of(number)))
                  .count();
    }

    static RecordFact violation(int enterprise, String decisionNo) {
        return new RecordFact(TestCreditCodes.code(enterprise), UUID.randomUUID().toString(), FactType.VIOLATION,
                              LocalDate.of(2025, 6, 1), FactSource.ENFORCEMENT, Evidence.of(decisionNo),
                              FactAttributes.of("category", "NOISE", "severity", "MINOR", "fineYuan", 2000,
                                                "measures", List.of("FINE"), "decisionNo", decisionNo,
                                                "medium", "NOISE"));
    }
}
