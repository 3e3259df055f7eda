package org.greencredit.app.messaging;

import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Read-model projections as beans; Axon finds their event and query handlers and assigns processors. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    public EnterpriseDirectoryProjection enterpriseDirectoryProjection(MongoDatabase readModelDatabase,
                                                                       QueryUpdateEmitter queryUpdateEmitter) {
        return new EnterpriseDirectoryProjection(readModelDatabase, queryUpdateEmitter);
    }
}
