package org.greencredit.app.upload;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.springframework.beans.factory.annotation.Value;
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
            GreenCreditProperties properties, Clock clock,
            @Value("${greencredit.results.authority:北京市通州区生态环境局}") String authority,
            @Value("${greencredit.results.data-source:企业绿色信用评价系统}") String dataSource) {
        return new PlatformUploadDesk(new PublishedResults(queries, versions, authority, dataSource),
                                      new UploadHistory(eventStore),
                                      new UploadStore(properties.dataDir().resolve("uploads")), commands,
                                      new AnnouncementPdf(), clock);
    }
}
