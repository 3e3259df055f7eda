package org.greencredit.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.admin.ProjectionRebuilds;
import org.greencredit.app.support.HandledEventCounter;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.projections.batch.FlushWritesInterceptor;
import org.greencredit.projections.decision.DecisionHistoryProjection;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.published.PublishedResultsProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the application runs its projections' processors: batched writes, failures that stop, two segments. */
class ProjectionProcessingTest {

    private static final String DIRECTORY = EnterpriseDirectoryProjection.PROCESSING_GROUP;

    @TempDir
    Path dataDir;

    @Test
    void everyProjectionWritesInBatches_StopsAtAFailedEvent_AndANewStoreGivesItTwoSegments() {
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            app.send(TestEnterprises.registration(1, "分段测试企业"));
            List<String> projections = app.bean(ProjectionRebuilds.class).projections();
            projections.forEach(app::awaitCaughtUp);
            EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
            TokenStore tokens = app.bean(TokenStore.class);

            assertThat(projections).containsExactlyInAnyOrderElementsOf(ProjectionConfiguration.PROJECTIONS);
            assertThat(projections).allSatisfy(projection -> {
                EventProcessor processor = processing.eventProcessor(projection).orElseThrow();
                assertThat(processor.getHandlerInterceptors()).as(projection)
                        .hasAtLeastOneElementOfType(FlushWritesInterceptor.class);
                assertThat(processing.listenerInvocationErrorHandler(projection)).as(projection)
                        .isInstanceOf(PropagatingErrorHandler.class);
                assertThat(tokens.fetchSegments(projection)).as(projection).hasSize(
                        projection.equals(PublishedResultsProjection.PROCESSING_GROUP) ? 1 : 2);
            });
        }
    }

    /**
     * A grade decided under a version the store does not know fails in the directory's handler: the directory's
     * segment stops there and tries again and again (the counter sees the event handed over each time), so neither
     * that event nor the enterprise's later rename is skipped, while a projection that can handle both goes on.
     */
    @Test
    void anEventAProjectionFailsOnStopsItsSegmentInsteadOfBeingSkipped() {
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            String code = TestCreditCodes.code(2);
            app.send(TestEnterprises.registration(2, "原名企业"));
            app.awaitCaughtUp(DIRECTORY);
            EventStore store = app.bean(EventStore.class);
            long sequence = store.lastSequenceNumberFor(code).orElseThrow();
            EnterpriseProfile renamed = TestEnterprises.registered(code).profile();
            store.publish(new GenericDomainEventMessage<>("EnterpriseCreditFile", code, sequence + 1,
                                                          decidedUnderAnUnknownVersion(code)),
                          new GenericDomainEventMessage<>("EnterpriseCreditFile", code, sequence + 2,
                                                          new EnterpriseProfileChanged(code, renamed,
                                                                                       LocalDate.of(2026, 6, 2))));

            HandledEventCounter directory = app.bean(HandledEventCounter.class);
            int handled = directory.total();
            RunningApplication.await(() -> directory.total() >= handled + 3, Duration.ofSeconds(90),
                                     "the directory to try the failed event again and again");
            app.awaitCaughtUp(DecisionHistoryProjection.PROCESSING_GROUP);

            EnterpriseListing listing = app.bean(QueryGateway.class)
                    .query(new FindEnterpriseByCreditCode(code), EnterpriseListing.class).join();
            assertThat(listing.name()).isEqualTo("原名企业");
            assertThat(listing.grade()).isNull();
        }
    }

    private static GradeDecided decidedUnderAnUnknownVersion(String code) {
        GradeDecision decision = new GradeDecision(
                "TZ-GREEN-CREDIT", "9.9", "no-such-version", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 4, 21), List.of(), List.of(), BigDecimal.TEN, "A", List.of(), List.of(), List.of(),
                "A");
        return new GradeDecided(code, code + "-final", DecisionKind.FINAL, "2026-ANNUAL", LocalDate.of(2026, 6, 1),
                                decision, null, new DecisionTrigger(DecisionTrigger.PUBLICATION, "2026-ANNUAL"));
    }
}
