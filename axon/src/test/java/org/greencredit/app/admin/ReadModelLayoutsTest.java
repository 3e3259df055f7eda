package org.greencredit.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.greencredit.app.admin.ReadModelLayouts.Layout;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.CreditFileEntriesProjection;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadModelLayoutsTest {

    private static final String GROUP = CreditFileEntriesProjection.PROCESSING_GROUP;
    private static final String COMPANION = CreditFileEntriesProjection.COLLECTION + "_by_enterprise";
    private static final String CODE = TestCreditCodes.code(7);

    @TempDir
    Path dataDir;

    @Test
    void aProjectionBuiltInAnOlderLayoutIsRebuiltOnceOnTheNextStartAndNotAgain() {
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            assertThat(recordedLayout(app)).as("a fresh store starts in the current layout")
                                           .isEqualTo(CreditFileEntriesProjection.LAYOUT);
            app.send(TestEnterprises.registration(7, "版本升级测试企业"));
            app.send(new RecordFact(CODE, UUID.randomUUID().toString(), FactType.TAX, LocalDate.of(2025, 3, 1),
                                    FactSource.TAX, Evidence.of("税务通知"), FactAttributes.of("status", "PAID")));
            app.awaitCaughtUp(GROUP);
            assertThat(entryCount(app)).isEqualTo(1);

            MongoDatabase database = app.bean(MongoDatabase.class);
            database.getCollection(COMPANION).drop();
            database.getCollection(ReadModelLayouts.COLLECTION).deleteOne(Filters.eq("_id", GROUP));
            assertThat(entryCount(app)).as("what the previous layout leaves the new code to find").isZero();
        }

        try (RunningApplication app = RunningApplication.start(dataDir)) {
            RunningApplication.await(() -> entryCount(app) == 1, Duration.ofSeconds(60), "the rebuilt entries");
            assertThat(recordedLayout(app)).isEqualTo(CreditFileEntriesProjection.LAYOUT);
            app.bean(MongoDatabase.class).getCollection(COMPANION).drop();
        }

        try (RunningApplication app = RunningApplication.start(dataDir)) {
            app.awaitCaughtUp(GROUP);
            assertThat(entryCount(app)).as("a projection in the current layout is not rebuilt").isZero();
        }
    }

    @Test
    void aRebuildRefusedBecauseAnotherInstanceHoldsTheProjectionIsTriedAgainAtTheNextStart() {
        MongoServer server = new MongoServer(new H2Backend(new MVStore.Builder().open()));
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server.bind()))) {
            MongoDatabase database = client.getDatabase("layouts");
            database.getCollection(CreditFileEntriesProjection.COLLECTION).insertOne(new Document("_id", "entry-1"));
            List<String> tried = new ArrayList<>();
            ProjectionRebuilds claimedElsewhere = new ProjectionRebuilds(null, null, Set.of()) {
                @Override
                void replay(String projection) {
                    tried.add(projection);
                    throw new IllegalStateException("segment 0 is claimed by another instance");
                }
            };
            List<Layout> layouts = List.of(
                    new Layout(GROUP, CreditFileEntriesProjection.COLLECTION, CreditFileEntriesProjection.LAYOUT),
                    new Layout("decisions", "decisions", 2));

            new ReadModelLayouts(layouts, database, claimedElsewhere).rebuildOutdated();

            assertThat(tried).containsExactly(GROUP);
            MongoCollection<Document> recorded = database.getCollection(ReadModelLayouts.COLLECTION);
            assertThat(recorded.find(Filters.eq("_id", GROUP)).first()).as("still to be rebuilt").isNull();
            assertThat(recorded.find(Filters.eq("_id", "decisions")).first().getInteger("version"))
                    .as("an empty projection just takes the new layout").isEqualTo(2);
        } finally {
            server.shutdownNow();
        }
    }

    private static String hostAndPort(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    private static int recordedLayout(RunningApplication app) {
        Document recorded = app.bean(MongoDatabase.class).getCollection(ReadModelLayouts.COLLECTION)
                               .find(Filters.eq("_id", GROUP)).first();
        return recorded == null ? ReadModelLayouts.FIRST_LAYOUT : recorded.getInteger("version");
    }

    private static int entryCount(RunningApplication app) {
        return app.bean(QueryGateway.class).query(new FindCreditFileEntries(CODE), CreditFileEntries.class).join()
                  .entries().size();
    }
}
