package org.greencredit.app.notify;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.greencredit.domain.common.BusinessDay;

/** A read-model store in memory, reached through the real driver, and a clock the test moves. */
public final class ReadStoreInMemory implements AutoCloseable {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client;
    public final MovingClock clock = new MovingClock(Instant.parse("2026-06-01T02:00:00Z"));

    public ReadStoreInMemory() {
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    public MongoDatabase database() {
        return client.getDatabase("green-credit");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }

    /** A clock that stands still until moved. */
    public static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return BusinessDay.DISTRICT_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
