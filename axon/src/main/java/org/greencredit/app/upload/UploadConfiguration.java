package org.greencredit.app.upload;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The credit-platform upload and the announcement: kept files under {@code <data-dir>/uploads}, the authority and
 * data source every row names ({@code greencredit.results.*}).
 */
@Configuration(proxyBeanMethods = false)
public class UploadConfiguration {

    @Bean
    public PlatformUploadDesk platformUploadDesk(
            QueryGateway queries, IndicatorVersions versions, EventStore eventStore, CommandGateway commands,
            GreenCreditProperties properties, Clock clock) {
        return new PlatformUploadDesk(new PublishedResults(queries, versions, properties.results().authority(),
                                                           properties.results().dataSource()),
                                      new UploadHistory(eventStore),
                                      new UploadStore(properties.dataDir().resolve("uploads")), commands,
                                      new AnnouncementPdf(), clock);
    }
}
