package org.greencredit.projections.trial;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greencredit.domain.common.CanonicalJson;
import org.greencredit.domain.trial.api.TrialRunRecorded;
import org.greencredit.projections.batch.BatchedCollection;

/**
 * 试评价记录: one document per recorded trial run (keyed by its id, replaced whole), so the indicator view shows which
 * trial runs a version was tried in before it was published. The event is kept as its canonical JSON.
 */
@ProcessingGroup(TrialRunsProjection.PROCESSING_GROUP)
public class TrialRunsProjection {

    public static final String PROCESSING_GROUP = "trial-runs";
    public static final String COLLECTION = "trial_runs";

    private final BatchedCollection collection;

    public TrialRunsProjection(MongoDatabase database) {
        this.collection = new BatchedCollection(database, COLLECTION);
    }

    @EventHandler
    void on(TrialRunRecorded event) {
        collection.replace(new Document("_id", event.trialRunId()).append("system", event.system())
                                   .append("version", event.version()).append("event", CanonicalJson.write(event)));
    }

    @ResetHandler
    void reset() {
        collection.deleteAll();
    }

    @QueryHandler
    TrialRunList handle(FindTrialRuns query) {
        List<TrialRunRecorded> runs = new ArrayList<>();
        collection.stored().find(Filters.and(Filters.eq("system", query.system()), Filters.eq("version", query.version())))
                  .forEach(document -> runs.add(CanonicalJson.read(document.getString("event"),
                                                                   TrialRunRecorded.class)));
        runs.sort(Comparator.comparing(TrialRunRecorded::recordedOn).reversed()
                            .thenComparing(TrialRunRecorded::trialRunId));
        return new TrialRunList(runs);
    }
}
