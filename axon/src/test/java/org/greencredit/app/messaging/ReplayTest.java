package org.greencredit.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.greencredit.app.support.CollectionFingerprint;
import org.greencredit.app.support.HandledEventCounter;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {

    @TempDir
    Path dataDir;

    @Test
    void resettingTheDirectoryTokensRebuildsAnIdenticalCollection() {
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            IntStream.range(0, 40).forEach(i -> app.send(TestEnterprises.registration(i, "通州企业" + i)));
            app.awaitCaughtUp(EnterpriseDirectoryProjection.PROCESSING_GROUP);
            MongoDatabase database = app.bean(MongoDatabase.class);
            String before = CollectionFingerprint.of(database.getCollection(EnterpriseDirectoryProjection.COLLECTION));
            int handledBefore = app.bean(HandledEventCounter.class).total();

            PooledStreamingEventProcessor processor = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor(EnterpriseDirectoryProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class)
                    .orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            assertThat(database.getCollection(EnterpriseDirectoryProjection.COLLECTION).countDocuments()).isZero();
            processor.start();
            app.awaitCaughtUp(EnterpriseDirectoryProjection.PROCESSING_GROUP);

            assertThat(app.bean(HandledEventCounter.class).total() - handledBefore).isEqualTo(40);
            assertThat(CollectionFingerprint.of(database.getCollection(EnterpriseDirectoryProjection.COLLECTION)))
                    .isEqualTo(before);
        }
    }
}
