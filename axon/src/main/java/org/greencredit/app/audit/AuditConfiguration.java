package org.greencredit.app.audit;

import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.admin.ProjectionRebuilds;
import org.greencredit.app.cycle.CycleFanOut;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What auditors and administrators use: decision verification against the event store, projection rebuilds. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public DecisionVerifier decisionVerifier(EventStore eventStore, IndicatorVersions indicatorVersions,
                                             org.axonframework.config.Configuration axonConfiguration) {
        return new DecisionVerifier(eventStore, indicatorVersions, axonConfiguration);
    }

    @Bean
    public ProjectionRebuilds projectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore) {
        return new ProjectionRebuilds(processing, eventStore, Set.of(CycleFanOut.PROCESSING_GROUP));
    }
}
