package org.greencredit.app.audit;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.admin.ProjectionRebuilds;
import org.greencredit.app.admin.ReadModelLayouts;
import org.greencredit.app.admin.ReadModelLayouts.Layout;
import org.greencredit.app.cycle.CycleFanOut;
import org.greencredit.app.notify.EnterpriseNotifier;
import org.greencredit.app.webhook.WebhookNotifier;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.projections.creditfile.CreditFileEntriesProjection;
import org.greencredit.projections.decision.DecisionHistoryProjection;
import org.greencredit.projections.evaluation.EvaluationProjection;
import org.greencredit.projections.support.EnterpriseLookup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What auditors and administrators use: decision verification against the event store, projection rebuilds, and the
 * rebuild on start-up of a projection whose stored layout is outdated.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public DecisionVerifier decisionVerifier(EventStore eventStore, IndicatorVersions indicatorVersions,
                                             org.axonframework.config.Configuration axonConfiguration) {
        return new DecisionVerifier(eventStore, indicatorVersions, axonConfiguration);
    }

    @Bean
    public ProjectionRebuilds projectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore) {
        return new ProjectionRebuilds(processing, eventStore, Set.of(CycleFanOut.PROCESSING_GROUP,
                EnterpriseNotifier.PROCESSING_GROUP, WebhookNotifier.PROCESSING_GROUP));
    }

    @Bean
    public ReadModelLayouts readModelLayouts(MongoDatabase readModelDatabase, EnterpriseLookup enterpriseLookup,
                                             ProjectionRebuilds rebuilds) {
        return new ReadModelLayouts(List.of(
                new Layout(CreditFileEntriesProjection.PROCESSING_GROUP, CreditFileEntriesProjection.COLLECTION,
                           enterpriseLookup.layout(CreditFileEntriesProjection.LAYOUT)),
                new Layout(DecisionHistoryProjection.PROCESSING_GROUP, DecisionHistoryProjection.COLLECTION,
                           enterpriseLookup.layout(DecisionHistoryProjection.LAYOUT)),
                new Layout(EvaluationProjection.PROCESSING_GROUP, EvaluationProjection.COLLECTION,
                           enterpriseLookup.layout(EvaluationProjection.LAYOUT))), readModelDatabase, rebuilds);
    }
}
