package org.greencredit.app.admin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * 读模型结构版本: when a projection's code expects its documents in another layout than the stored ones were
 * written in, the projection is rebuilt once on start-up, so an upgraded installation never answers queries from
 * documents the new code cannot find. The layout each projection's documents were last built in is kept in
 * {@code read_model_layouts}; a projection never recorded there was built in layout 1.
 *
 * <p>The replay is durable: its token is stored, so a replay interrupted by a stop resumes at the next start. A
 * replay refused because another instance holds the projection's segments is logged and tried again at the next
 * start; the application starts all the same.
 */
public class ReadModelLayouts {

    static final String COLLECTION = "read_model_layouts";
    static final int FIRST_LAYOUT = 1;

    private static final Logger log = LoggerFactory.getLogger(ReadModelLayouts.class);

    /** A projection, the collection its documents live in, and the layout its code writes and reads. */
    public record Layout(String projection, String collection, int version) {
    }

    private final List<Layout> layouts;
    private final MongoDatabase database;
    private final MongoCollection<Document> recorded;
    private final ProjectionRebuilds rebuilds;

    public ReadModelLayouts(List<Layout> layouts, MongoDatabase database, ProjectionRebuilds rebuilds) {
        this.layouts = List.copyOf(layouts);
        this.database = database;
        this.recorded = database.getCollection(COLLECTION);
        this.rebuilds = rebuilds;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildOutdated() {
        for (Layout layout : layouts) {
            if (recordedVersion(layout.projection()) == layout.version()) {
                continue;
            }
            if (database.getCollection(layout.collection()).find().limit(1).first() != null) {
                log.info("projection {} was built in another layout than layout {}: rebuilding it",
                         layout.projection(), layout.version());
                try {
                    rebuilds.replay(layout.projection());
                } catch (RuntimeException refused) {
                    log.error("projection {} could not be rebuilt into layout {}; it is tried again at the next start,"
                                      + " or rebuild it as an administrator once no other instance runs it",
                              layout.projection(), layout.version(), refused);
                    continue;
                }
            }
            recorded.replaceOne(Filters.eq("_id", layout.projection()),
                                new Document("_id", layout.projection()).append("version", layout.version()),
                                new ReplaceOptions().upsert(true));
        }
    }

    private int recordedVersion(String projection) {
        Document document = recorded.find(Filters.eq("_id", projection)).first();
        return document == null ? FIRST_LAYOUT : document.getInteger("version");
    }
}
