package org.greencredit.projections.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.SupervisionTier;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;

/**
 * 企业名录: the enterprise directory read model, one document per enterprise keyed by credit code — its profile,
 * whether it is in scope, the grade in force with its kind and date, and the supervision tier that grade gives
 * under the version it was decided with (分级分类监管). Every write sets fields to values taken from the event (and
 * the immutable version it names) alone, so applying an event twice changes nothing. Subscribers to
 * {@link FindEnterprises} and {@link FindEnterpriseByCreditCode} receive each changed row.
 */
@ProcessingGroup(EnterpriseDirectoryProjection.PROCESSING_GROUP)
public class EnterpriseDirectoryProjection {

    public static final String PROCESSING_GROUP = "enterprise-directory";
    public static final String COLLECTION = "enterprise_directory";
    /** The tier of an enterprise without a grade in force (DOMAIN.md, "Supervision"). */
    public static final String STANDARD_TIER = "STANDARD";

    private final BatchedCollection rows;
    private final MongoCollection<Document> collection;
    private final QueryUpdateEmitter updateEmitter;
    private final IndicatorVersions versions;

    public EnterpriseDirectoryProjection(MongoDatabase database, QueryUpdateEmitter updateEmitter,
                                         IndicatorVersions versions) {
        this.rows = new BatchedCollection(database, COLLECTION);
        this.collection = rows.stored();
        this.updateEmitter = updateEmitter;
        this.versions = versions;
        collection.createIndex(Indexes.ascending("tier"));
        collection.createIndex(Indexes.ascending("name"));
    }

    @EventHandler
    void on(EnterpriseRegistered event, @Timestamp Instant recordedAt) {
        Document row = profileFields(event.profile())
                .append("_id", event.creditCode())
                .append("inScope", true)
                .append("registeredAt", Date.from(recordedAt))
                .append("grade", null).append("gradeRank", Integer.MAX_VALUE).append("gradeKind", null)
                .append("gradeSince", null).append("tier", STANDARD_TIER).append("lenient", false)
                .append("positiveList", false).append("keySupervision", false);
        rows.replace(row);
        emit(event.creditCode());
    }

    @EventHandler
    void on(EnterpriseProfileChanged event) {
        rows.update(event.creditCode(), Change.setAll(profileFields(event.profile())));
        emit(event.creditCode());
    }

    @EventHandler
    void on(EnterpriseLeftScope event) {
        rows.update(event.creditCode(), Change.set("inScope", false));
        emit(event.creditCode());
    }

    @EventHandler
    void on(GradeDecided event) {
        if (!event.kind().inForce()) {
            return;
        }
        String grade = event.decision().grade();
        IndicatorSystem system = versions.version(event.decision().system(), event.decision().versionHash())
                                         .map(ScoringEngine::system)
                                         .orElseThrow(() -> new IllegalStateException(
                                                 "unknown indicator version " + event.decision().versionHash()));
        SupervisionTier tier = system.tierFor(grade).orElseThrow(
                () -> new IllegalStateException("no supervision tier for grade " + grade));
        int rank = system.rank(grade);
        rows.update(event.creditCode(), Change.combine(
                Change.set("grade", grade), Change.set("gradeRank", rank),
                Change.set("gradeKind", event.kind().name()), Change.set("gradeSince", event.decidedOn().toString()),
                Change.set("tier", tier.tier()), Change.set("lenient", tier.lenientForMinorFirstViolation()),
                Change.set("positiveList", rank == 0),
                Change.set("keySupervision", grade.equals(system.worstGrade()))));
        emit(event.creditCode());
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    @QueryHandler
    EnterpriseDirectoryPage handle(FindEnterprises query) {
        DirectorySort sort = query.sort();
        Bson order = sort.ascending() ? Sorts.ascending(sort.field().column()) : Sorts.descending(sort.field().column());
        return page(filter(query.filter()), Sorts.orderBy(order, Sorts.ascending("_id")), query.offset(),
                    query.limit());
    }

    @QueryHandler
    Long handle(CountEnterprises query) {
        return collection.countDocuments(filter(query.filter()));
    }

    @QueryHandler
    EnterpriseListing handle(FindEnterpriseByCreditCode query) {
        Document document = collection.find(Filters.eq("_id", query.creditCode())).first();
        return document == null ? null : toListing(document);
    }

    @QueryHandler
    EnterpriseDirectoryPage handle(FindEnterprisesByTier query) {
        return page(filter(DirectoryFilter.inTier(query.tier())), Sorts.ascending("_id"), query.offset(),
                    query.limit());
    }

    @QueryHandler
    EnterpriseDirectoryPage handle(FindPositiveList query) {
        return page(Filters.and(Filters.eq("inScope", true), Filters.eq("positiveList", true)),
                    Sorts.ascending("_id"), query.offset(), query.limit());
    }

    @QueryHandler
    EnterpriseDirectoryPage handle(FindKeySupervisionList query) {
        return page(Filters.and(Filters.eq("inScope", true), Filters.eq("keySupervision", true)),
                    Sorts.ascending("_id"), query.offset(), query.limit());
    }

    @QueryHandler
    TierCounts handle(CountEnterprisesPerTier query) {
        Map<String, Long> counts = new TreeMap<>();
        collection.aggregate(List.of(Aggregates.match(Filters.eq("inScope", true)),
                                     Aggregates.group("$tier", Accumulators.sum("count", 1))))
                  .forEach(row -> counts.put(row.getString("_id"), ((Number) row.get("count")).longValue()));
        return new TierCounts(counts);
    }

    private EnterpriseDirectoryPage page(Bson filter, Bson order, int offset, int limit) {
        List<EnterpriseListing> items = new ArrayList<>();
        collection.find(filter).sort(order).skip(offset).limit(limit)
                  .forEach(document -> items.add(toListing(document)));
        return new EnterpriseDirectoryPage(items);
    }

    private void emit(String creditCode) {
        Document document = rows.find(creditCode);
        if (document == null) {
            return;
        }
        EnterpriseListing listing = toListing(document);
        updateEmitter.emit(FindEnterprises.class, query -> DirectoryMatcher.matches(query.filter(), listing), listing);
        updateEmitter.emit(FindEnterpriseByCreditCode.class, query -> query.creditCode().equals(creditCode), listing);
    }

    private static Document profileFields(EnterpriseProfile profile) {
        return new Document("name", profile.name())
                .append("subdistrict", profile.subdistrict() == null ? null : profile.subdistrict().name())
                .append("industryCode", profile.industry() == null ? null : profile.industry().code())
                .append("industryName", profile.industry() == null ? null : profile.industry().name())
                .append("managementClass", profile.managementClass() == null ? null : profile.managementClass().name())
                .append("keyPolluter", profile.keyPolluter());
    }

    private static Bson filter(DirectoryFilter filter) {
        List<Bson> parts = new ArrayList<>();
        if (!filter.includeLeftScope()) {
            parts.add(Filters.eq("inScope", true));
        }
        if (given(filter.nameContains())) {
            parts.add(Filters.regex("name", Pattern.quote(filter.nameContains().strip())));
        }
        if (given(filter.creditCodePrefix())) {
            parts.add(Filters.regex("_id", "^" + Pattern.quote(filter.creditCodePrefix().strip().toUpperCase())));
        }
        if (given(filter.industryCodePrefix())) {
            parts.add(Filters.regex("industryCode", "^" + Pattern.quote(filter.industryCodePrefix().strip())));
        }
        if (given(filter.subdistrict())) {
            parts.add(Filters.eq("subdistrict", filter.subdistrict()));
        }
        if (given(filter.managementClass())) {
            parts.add(Filters.eq("managementClass", filter.managementClass()));
        }
        if (given(filter.grade())) {
            parts.add(Filters.eq("grade", DirectoryFilter.UNGRADED.equals(filter.grade()) ? null : filter.grade()));
        }
        if (given(filter.tier())) {
            parts.add(Filters.eq("tier", filter.tier()));
        }
        return parts.isEmpty() ? new Document() : Filters.and(parts);
    }

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static EnterpriseListing toListing(Document document) {
        String since = document.getString("gradeSince");
        return new EnterpriseListing(document.getString("_id"), document.getString("name"),
                                     document.getString("subdistrict"), document.getString("industryCode"),
                                     document.getString("industryName"), document.getString("managementClass"),
                                     Boolean.TRUE.equals(document.getBoolean("keyPolluter")),
                                     Boolean.TRUE.equals(document.getBoolean("inScope")),
                                     document.getDate("registeredAt").toInstant(), document.getString("grade"),
                                     document.getString("gradeKind"), since == null ? null : LocalDate.parse(since),
                                     document.getString("tier"), Boolean.TRUE.equals(document.getBoolean("lenient")));
    }
}
