package org.greencredit.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
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
