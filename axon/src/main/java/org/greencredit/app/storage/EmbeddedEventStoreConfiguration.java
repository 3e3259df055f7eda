package org.greencredit.app.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.greencredit.app.GreenCreditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The embedded event store: Axon's JDBC storage engine on an HSQLDB file database in the data directory. Active
 * whenever Axon Server is switched off ({@code axon.axonserver.enabled=false}), which is the embedded default.
 *
 * <p>{@code hsqldb.write_delay=false} syncs the log at every commit, so an acknowledged command's events survive a
 * hard kill; tables are CACHED (rows on disk, not all held in memory); MVCC lets readers run beside writers.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class EmbeddedEventStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedEventStoreConfiguration.class);

    /** The HSQLDB database of a data directory: the path its files are named after ({@code events.data}, …). */
    public static Path database(Path dataDir) {
        return dataDir.resolve("events").toAbsolutePath().normalize().resolve("events");
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource eventStoreDataSource(GreenCreditProperties properties) throws java.io.IOException {
        Path database = database(properties.dataDir());
        Path directory = database.getParent();
        Files.createDirectories(directory);
        HikariConfig config = new HikariConfig();
        config.setPoolName("event-store");
        config.setJdbcUrl("jdbc:hsqldb:file:" + database
                                  + ";hsqldb.write_delay=false"
                                  + ";hsqldb.tx=mvcc"
                                  + ";hsqldb.default_table_type=cached"
                                  + ";hsqldb.lock_file=true"
                                  + ";shutdown=true");
        config.setUsername("SA");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        log.info("Event store: HSQLDB file database in {}", directory);
        return new HikariDataSource(config);
    }

    @Bean
    public DuplicateKeyResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 DuplicateKeyResolver persistenceExceptionResolver,
                                                 Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                                                              .snapshotSerializer(serializer)
                                                              .eventSerializer(eventSerializer)
                                                              .upcasterChain(configuration.upcasterChain())
                                                              .snapshotFilter(configuration.snapshotFilter())
                                                              .persistenceExceptionResolver(persistenceExceptionResolver)
                                                              .connectionProvider(connectionProvider)
                                                              .transactionManager(transactionManager)
                                                              .build();
        engine.createSchema(new HsqlEventTables());
        return engine;
    }
}
