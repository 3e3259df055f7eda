package org.greencredit.app.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.greencredit.app.GreenCreditProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models, tracking tokens and sagas live in MongoDB, reached through the official driver: the embedded
 * in-process server by default, an external server or replica set when {@code greencredit.mongo.embedded=false}.
 */
@Configuration(proxyBeanMethods = false)
public class ReadStoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "greencredit.mongo.embedded", havingValue = "true", matchIfMissing = true)
    public EmbeddedMongoServer embeddedMongoServer(GreenCreditProperties properties) throws IOException {
        return new EmbeddedMongoServer(properties.dataDir().resolve("readmodels"), properties.mongo().embeddedPort());
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(GreenCreditProperties properties, ObjectProvider<EmbeddedMongoServer> embedded) {
        EmbeddedMongoServer server = embedded.getIfAvailable();
        String uri = server != null ? server.connectionString() : properties.mongo().uri();
        if (uri == null || uri.isBlank()) {
            throw new IllegalStateException(
                    "greencredit.mongo.uri must name the MongoDB to use when greencredit.mongo.embedded=false");
        }
        return MongoClients.create(MongoClientSettings.builder()
                                                      .applicationName("green-credit")
                                                      .applyConnectionString(new ConnectionString(uri))
                                                      .build());
    }

    @Bean
    public MongoDatabase readModelDatabase(MongoClient mongoClient, GreenCreditProperties properties) {
        return mongoClient.getDatabase(properties.mongo().database());
    }

    @Bean
    public MongoTemplate axonMongoTemplate(MongoDatabase readModelDatabase) {
        return DefaultMongoTemplate.builder().mongoDatabase(readModelDatabase).build();
    }

    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    @Bean
    public SagaStore<Object> sagaStore(MongoDatabase readModelDatabase, Serializer serializer) {
        return new JacksonMongoSagaStore(readModelDatabase.getCollection("sagas"), serializer);
    }

    @Bean
    public MongoHealthIndicator mongoHealthIndicator(MongoDatabase readModelDatabase) {
        return new MongoHealthIndicator(readModelDatabase);
    }
}
