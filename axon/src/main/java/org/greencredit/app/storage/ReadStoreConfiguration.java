package org.greencredit.app.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.startup.StartRefusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Read models, tracking tokens and sagas live in MongoDB, reached through the official driver: the embedded
 * in-process server by default, an external server or replica set when {@code greencredit.mongo.embedded=false}.
 */
@Configuration(proxyBeanMethods = false)
public class ReadStoreConfiguration {

    /** Where the embedded read-model store of a data directory keeps its file and password. */
    public static Path embeddedStoreDirectory(Path dataDir) {
        return dataDir.resolve("readmodels");
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "greencredit.mongo.embedded", havingValue = "true", matchIfMissing = true)
    public EmbeddedMongoServer embeddedMongoServer(GreenCreditProperties properties) throws IOException {
        return new EmbeddedMongoServer(embeddedStoreDirectory(properties.dataDir()), properties.mongo().embeddedPort(),
                                       properties.mongo().embeddedPassword());
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(GreenCreditProperties properties, ObjectProvider<EmbeddedMongoServer> embedded,
                                   Environment environment) {
        EmbeddedMongoServer server = embedded.getIfAvailable();
        String uri = server != null ? server.connectionString() : properties.mongo().uri();
        if (uri == null || uri.isBlank()) {
            throw new StartRefusal("greencredit.mongo.uri must name the MongoDB to use when "
                                   + "greencredit.mongo.embedded=false", "startup.mongoUri.missing");
        }
        ConnectionString connection = new ConnectionString(uri);
        if (server == null && Arrays.asList(environment.getActiveProfiles()).contains("production")
            && !properties.mongo().insecure()) {
            requireAuthenticatedAndEncrypted(connection);
        }
        return MongoClients.create(MongoClientSettings.builder()
                                                      .applicationName("green-credit")
                                                      .applyConnectionString(connection)
                                                      .build());
    }

    /**
     * The production profile's read-model store holds the user accounts: it must be reached with credentials and
     * over TLS, both named in the connection string.
     */
    public static void requireAuthenticatedAndEncrypted(ConnectionString connection) {
        if (connection.getCredential() == null || !Boolean.TRUE.equals(connection.getSslEnabled())) {
            throw new StartRefusal("The production profile needs an authenticated, encrypted MongoDB connection: "
                                   + "put the user, password and tls=true in GREENCREDIT_MONGO_URI "
                                   + "(greencredit.mongo.uri)", "startup.mongoUri.insecure");
        }
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
