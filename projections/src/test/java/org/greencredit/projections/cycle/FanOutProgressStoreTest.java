package org.greencredit.projections.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.greencredit.projections.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fan-out cursor through the real driver: fan-outs are claimed oldest first and one at a time, a claim excludes
 * other workers until released or expired, a worker whose claim was taken over cannot move the cursor, and the
 * progress shows the rate and the estimated end.
 */
class FanOutProgressStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private FanOutProgressStore store;

    @BeforeEach
    void store() {
        store = new FanOutProgressStore(mongo.database());
    }

    @Test
    void theOldestUnfinishedFanOutIsClaimedFirstAndTheNextOnlyOnceItIsFinished() {
        store.createIfAbsent("publish", 20, "2026-A", FanOutStep.PUBLISH_FINAL_GRADES, 10, T0);
        store.createIfAbsent("grade", 10, "2026-A", FanOutStep.GRADE_AND_DISCLOSE, 10, T0);
        store.createIfAbsent("grade", 10, "2026-A", FanOutStep.GRADE_AND_DISCLOSE, 99, T0.plusSeconds(5));

        FanOutProgress first = store.claimOldest("node-1", T0, LEASE).orElseThrow();
        assertThat(first.jobId()).isEqualTo("grade");
        assertThat(first.total()).as("recorded once").isEqualTo(10);
        assertThat(first.startedAt()).isEqualTo(T0);
        assertThat(store.claimOldest("node-2", T0.plusSeconds(1), LEASE)).as("held by node-1").isEmpty();

        store.finish("grade", "node-1", T0.plusSeconds(3));
        assertThat(store.claimOldest("node-2", T0.plusSeconds(4), LEASE)).map(FanOutProgress::jobId)
                                                                         .contains("publish");
        store.finish("publish", "node-2", T0.plusSeconds(6));
        assertThat(store.anyUnfinished()).isFalse();
        assertThat(store.claimOldest("node-1", T0.plusSeconds(7), LEASE)).isEmpty();
    }

    @Test
    void aReleasedOrExpiredClaimPassesOnAndTheFormerHolderCanNoLongerMoveTheCursor() {
        store.createIfAbsent("open", 1, "2026-A", FanOutStep.OPEN_EVALUATIONS, 300, T0);
        store.claimOldest("node-1", T0, LEASE).orElseThrow();
        assertThat(store.advance("open", "node-1", 100, T0.plusSeconds(10), LEASE)).isTrue();

        store.release("open", "node-1");
        FanOutProgress resumed = store.claimOldest("node-2", T0.plusSeconds(11), LEASE).orElseThrow();
        assertThat(resumed.done()).isEqualTo(100);
        assertThat(resumed.startedAt()).as("started by node-1").isEqualTo(T0);
        assertThat(store.advance("open", "node-1", 103, T0.plusSeconds(12), LEASE)).isFalse();

        Instant afterLease = T0.plusSeconds(12).plus(LEASE).plusSeconds(1);
        assertThat(store.advance("open", "node-2", 200, T0.plusSeconds(12), LEASE)).isTrue();
        assertThat(store.claimOldest("node-3", afterLease, LEASE)).map(FanOutProgress::done).contains(200);
        assertThat(store.advance("open", "node-2", 203, afterLease, LEASE)).isFalse();
    }

    @Test
    void progressShowsItsRateAndEstimatedEndWhileRunningAndItsDurationOnceFinished() {
        store.createIfAbsent("grade", 1, "2026-A", FanOutStep.GRADE_AND_DISCLOSE, 1_000, T0);
        store.claimOldest("node-1", T0, LEASE).orElseThrow();
        store.advance("grade", "node-1", 250, T0.plusSeconds(5), LEASE);

        FanOutProgress running = store.handle(new FindFanOutProgress("2026-A")).items().get(0);
        assertThat(running.ratePerSecond()).contains(50.0);
        assertThat(running.estimatedEnd()).contains(T0.plusSeconds(20));
        assertThat(running.finished()).isFalse();

        store.finish("grade", "node-1", T0.plusSeconds(19));
        FanOutProgress finished = store.handle(new FindFanOutProgress("2026-A")).items().get(0);
        assertThat(finished.finished()).isTrue();
        assertThat(finished.estimatedEnd()).isEmpty();
        assertThat(store.handle(new FindFanOutProgress("2026-B")).items()).isEmpty();
    }
}
