package org.greencredit.app.inspection;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.domain.dataerror.CreditFileFacts;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 双随机、一公开: the draw desk, the violation form's link to inspections, the lenient-enforcement advice and the draw verifier. */
@Configuration(proxyBeanMethods = false)
public class InspectionConfiguration {

    /**
     * {@code greencredit.inspections.recent-window-days}: enterprises inspected within this many days are left out of
     * the random draw (default 0: none; the yearly minimum draws them all the same).
     */
    @Bean
    public InspectionDesk inspectionDesk(CommandGateway commands, QueryGateway queries, IndicatorCatalogReader catalog,
                                         CaughtUp caughtUp, Clock clock,
                                         GreenCreditProperties properties) {
        return new InspectionDesk(commands, queries, catalog, caughtUp, clock,
                                  properties.inspections().recentWindowDays());
    }

    @Bean
    public InspectionViolationLinker inspectionViolationLinker(QueryGateway queries, InspectionDesk desk) {
        return new InspectionViolationLinker(queries, desk);
    }

    @Bean
    public LenientEnforcementAdvisor lenientEnforcementAdvisor(QueryGateway queries, CreditFileFacts creditFiles) {
        return new LenientEnforcementAdvisor(queries, creditFiles);
    }

    @Bean
    public DrawVerifier drawVerifier(EventStore eventStore, IndicatorVersions versions) {
        return new DrawVerifier(eventStore, versions);
    }
}
