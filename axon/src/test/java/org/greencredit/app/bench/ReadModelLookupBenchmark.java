package org.greencredit.app.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.app.storage.EmbeddedMongoServer;
import org.greencredit.projections.creditfile.CreditFileEntriesProjection;
import org.greencredit.projections.decision.DecisionHistoryProjection;
import org.greencredit.projections.evaluation.EvaluationProjection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long reading one enterprise's documents takes on the embedded read-model store of a generated district: by
 * a search on {@code creditCode}, and through the {@code _by_enterprise} companion and {@code _id in [...]}. Run
 * with {@code mvn -pl axon verify -Pbench -Dtest=ReadModelLookupBenchmark -Dbench.readmodels=DIR}, where DIR is
 * a copy of a stopped data directory's {@code readmodels} folder (the store is opened for writing).
 */
@Tag("benchmark")
class ReadModelLookupBenchmark {

    private static final int ENTERPRISES = 20;

    @Test
    void measure() throws Exception {
        String directory = System.getProperty("bench.readmodels");
        assumeTrue(directory != null, "-Dbench.readmodels names the read-model folder to measure");
        List<String> report = new ArrayList<>();
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(Path.of(directory), 0, null);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase(System.getProperty("bench.database", "green-credit"));
            for (String name : List.of(CreditFileEntriesProjection.COLLECTION, DecisionHistoryProjection.COLLECTION,
                                       EvaluationProjection.COLLECTION)) {
                report.add(measure(database, name));
            }
        }
        Path out = Path.of("target", "benchmarks", "read-model-lookups.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String measure(MongoDatabase database, String name) {
        MongoCollection<Document> collection = database.getCollection(name);
        MongoCollection<Document> companion = database.getCollection(name + "_by_enterprise");
        List<Document> enterprises = companion.find().limit(ENTERPRISES).into(new ArrayList<>());
        long bySearch = 0;
        long byId = 0;
        int foundBySearch = 0;
        int foundById = 0;
        for (Document enterprise : enterprises) {
            long start = System.nanoTime();
            foundBySearch += count(collection, Filters.eq("creditCode", enterprise.getString("_id")));
            bySearch += System.nanoTime() - start;
            start = System.nanoTime();
            Document ids = companion.find(Filters.eq("_id", enterprise.getString("_id"))).first();
            foundById += count(collection, Filters.in("_id", ids.getList("ids", String.class)));
            byId += System.nanoTime() - start;
        }
        return String.format("%s: %d documents; one enterprise by creditCode %.1f ms, through the companion %.1f ms"
                                     + " (mean of %d enterprises; %d and %d documents found)",
                             name, collection.countDocuments(), bySearch / 1e6 / enterprises.size(),
                             byId / 1e6 / enterprises.size(), enterprises.size(), foundBySearch, foundById);
    }

    private static int count(MongoCollection<Document> collection, Bson filter) {
        return collection.find(filter).into(new ArrayList<>()).size();
    }
}
