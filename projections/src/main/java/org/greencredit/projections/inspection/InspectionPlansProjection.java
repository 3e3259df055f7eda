package org.greencredit.projections.inspection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.DrawInputs;
import org.greencredit.domain.inspection.DrawResult;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.TierDraw;
import org.greencredit.domain.inspection.TierRule;
import org.greencredit.domain.inspection.api.InspectionResultRecorded;
import org.greencredit.domain.inspection.api.InspectionViolationLinked;
import org.greencredit.domain.inspection.api.InspectionsDrawn;
import org.greencredit.domain.inspection.api.InspectionsRedrawn;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.support.Dates;

/**
 * 双随机抽查: inspection plans (collection {@code inspection_plans}, one document per period with every draw) and the
 * enterprises of each draw in force with their inspectors and results ({@code inspection_entries}, id
 * {@code <period>/<credit code>}). A re-draw replaces the period's entries and marks the earlier draw superseded.
 * Entries are written before the plan document, replaced whole, and a result only touches the entry of its own
 * draw, so a redelivered event changes nothing. A batch writes the entries before the plans too.
 */
@ProcessingGroup(InspectionPlansProjection.PROCESSING_GROUP)
public class InspectionPlansProjection {

    public static final String PROCESSING_GROUP = "inspection-plans";
    public static final String PLANS = "inspection_plans";
    public static final String ENTRIES = "inspection_entries";

    private final BatchedCollection entryWrites;
    private final BatchedCollection planWrites;
    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> plans;

    public InspectionPlansProjection(MongoDatabase database) {
        this.entryWrites = new BatchedCollection(database, ENTRIES);
        this.planWrites = new BatchedCollection(database, PLANS);
        this.entries = entryWrites.stored();
        this.plans = planWrites.stored();
        entries.createIndex(Indexes.ascending("period"));
        entries.createIndex(Indexes.ascending("inspectorIds"));
        entries.createIndex(Indexes.ascending("inspectedOn"));
        entries.createIndex(Indexes.ascending("creditCode"));
    }

    @EventHandler
    void on(InspectionsDrawn event) {
        writeEntries(event.period(), event.drawId(), event.inputs(), event.result());
        Document draw = draw(event.drawId(), event.seed(), event.inputHash(), event.inputs(), event.result(),
                             event.drawnOn().toString(), Date.from(event.drawnAt()), event.drawnBy(), null);
        planWrites.replace(new Document("_id", event.period()).append("drawInForce", event.drawId())
                                                              .append("draws", List.of(draw)));
    }

    @EventHandler
    void on(InspectionsRedrawn event) {
        writeEntries(event.period(), event.drawId(), event.inputs(), event.result());
        Document plan = planWrites.find(event.period());
        List<Document> draws = new ArrayList<>();
        for (Document earlier : plan.getList("draws", Document.class)) {
            if (earlier.getString("drawId").equals(event.drawId())) {
                continue;
            }
            if (earlier.getString("drawId").equals(event.supersededDrawId())) {
                earlier.put("supersededBy", event.drawId());
            }
            draws.add(earlier);
        }
        draws.add(draw(event.drawId(), event.seed(), event.inputHash(), event.inputs(), event.result(),
                       event.drawnOn().toString(), Date.from(event.drawnAt()), event.drawnBy(), event.reason()));
        planWrites.replace(new Document("_id", event.period()).append("drawInForce", event.drawId())
                                                              .append("draws", draws));
    }

    @EventHandler
    void on(InspectionResultRecorded event) {
        updateEntryOfDraw(event.period(), event.creditCode(), event.drawId(), Change.combine(
                Change.set("outcome", event.outcome().name()),
                Change.set("inspectedOn", Dates.text(event.inspectedOn())),
                Change.set("violationFactId", event.violationFactId()), Change.set("note", event.note()),
                Change.set("correctionReason", event.correctionReason()),
                Change.set("recordedOn", Dates.text(event.recordedOn())), Change.set("recordedBy", event.recordedBy())));
    }

    @EventHandler
    void on(InspectionViolationLinked event) {
        updateEntryOfDraw(event.period(), event.creditCode(), event.drawId(),
                          Change.set("violationFactId", event.violationFactId()));
    }

    @ResetHandler
    void reset() {
        planWrites.deleteAll();
        entryWrites.deleteAll();
    }

    @QueryHandler
    InspectionPlanSummary handle(FindInspectionPlan query) {
        Document plan = plans.find(Filters.eq("_id", query.period())).first();
        if (plan == null) {
            return null;
        }
        List<InspectionEntry> found = new ArrayList<>();
        entries.find(Filters.eq("period", query.period())).sort(Sorts.ascending("creditCode"))
               .forEach(entry -> found.add(entry(entry)));
        return plan(plan, found);
    }

    @QueryHandler
    InspectionPlanList handle(FindInspectionPlans query) {
        List<InspectionPlanSummary> found = new ArrayList<>();
        plans.find().sort(Sorts.descending("_id")).forEach(plan -> found.add(plan(plan, List.of())));
        return new InspectionPlanList(found);
    }

    @QueryHandler
    InspectionEntries handle(FindInspectionsOfInspector query) {
        List<InspectionEntry> found = new ArrayList<>();
        entries.find(Filters.eq("inspectorIds", query.inspectorId()))
               .sort(Sorts.orderBy(Sorts.descending("period"), Sorts.ascending("creditCode")))
               .forEach(entry -> found.add(entry(entry)));
        return new InspectionEntries(found);
    }

    @QueryHandler
    PublishedInspections handle(FindPublishedInspections query) {
        InspectionPlanSummary plan = handle(new FindInspectionPlan(query.period()));
        if (plan == null) {
            return null;
        }
        DrawSummary inForce = plan.draws().stream().filter(draw -> draw.drawId().equals(plan.drawInForce()))
                                  .findFirst().orElseThrow();
        return new PublishedInspections(plan.period(), inForce.drawnOn(), inForce.seed(), inForce.inputHash(),
                                        plan.entries().stream().map(entry -> new PublishedInspection(
                                                entry.creditCode(), entry.tier(), entry.basis(), entry.outcome(),
                                                entry.inspectedOn(), entry.violationFactId() != null)).toList());
    }

    @QueryHandler
    InspectionEntries handle(FindUnlinkedProblems query) {
        List<InspectionEntry> found = new ArrayList<>();
        entries.find(Filters.and(Filters.eq("creditCode", query.creditCode()),
                                 Filters.eq("outcome", InspectionOutcome.PROBLEM_FOUND.name()),
                                 Filters.eq("violationFactId", null)))
               .sort(Sorts.descending("period")).forEach(entry -> found.add(entry(entry)));
        return new InspectionEntries(found);
    }

    @QueryHandler
    InspectedEnterprises handle(FindInspectedSince query) {
        List<String> codes = new ArrayList<>();
        entries.find(Filters.and(Filters.gte("inspectedOn", Dates.text(query.since())),
                                 Filters.ne("outcome", InspectionOutcome.NOT_INSPECTED.name())))
               .forEach(entry -> codes.add(entry.getString("creditCode")));
        return new InspectedEnterprises(codes.stream().sorted().distinct().toList());
    }

    private void writeEntries(String period, String drawId, DrawInputs inputs, DrawResult result) {
        List<String> offSiteTiers = inputs.tierRules().stream().filter(TierRule::offSite).map(TierRule::tier).toList();
        inputs.population().stream().filter(tier -> offSiteTiers.contains(tier.tier()))
              .forEach(tier -> tier.creditCodes().forEach(code -> entryWrites.replace(
                      entryDocument(period, drawId, code, tier.tier(), DrawBasis.OFF_SITE, List.of()))));
        result.inspections().forEach(inspection -> entryWrites.replace(entryDocument(
                period, drawId, inspection.creditCode(), inspection.tier(), inspection.basis(),
                inspection.inspectorIds())));
        entryWrites.deleteWhere(Filters.and(Filters.eq("period", period), Filters.ne("drawId", drawId)));
    }

    /** A result only ever touches the entry of its own draw: a later draw may have replaced the entry. */
    private void updateEntryOfDraw(String period, String creditCode, String drawId, Change change) {
        String id = entryId(period, creditCode);
        Document entry = entryWrites.find(id);
        if (entry != null && drawId.equals(entry.getString("drawId"))) {
            entryWrites.update(id, change);
        }
    }

    private static Document entryDocument(String period, String drawId, String creditCode, String tier,
                                          DrawBasis basis, List<String> inspectorIds) {
        return new Document("_id", entryId(period, creditCode)).append("period", period).append("drawId", drawId)
                .append("creditCode", creditCode).append("tier", tier).append("basis", basis.name())
                .append("inspectorIds", inspectorIds).append("outcome", null).append("inspectedOn", null)
                .append("violationFactId", null).append("note", null).append("correctionReason", null)
                .append("recordedOn", null).append("recordedBy", null);
    }

    private static String entryId(String period, String creditCode) {
        return period + "/" + creditCode;
    }

    private static Document draw(String drawId, String seed, String inputHash, DrawInputs inputs, DrawResult result,
                                 String drawnOn, Date drawnAt, String drawnBy, String reason) {
        List<Document> tiers = result.tiers().stream().map(tier -> new Document("tier", tier.tier())
                .append("enterprises", tier.enterprises()).append("offSite", tier.offSite())
                .append("recentlyInspected", tier.recentlyInspected()).append("yearlyMinimum", tier.yearlyMinimum())
                .append("quota", tier.quota()).append("drawn", tier.drawn())).toList();
        return new Document("drawId", drawId).append("seed", seed).append("inputHash", inputHash)
                .append("indicatorVersion", inputs.indicatorVersion()).append("drawnOn", drawnOn)
                .append("drawnAt", drawnAt).append("drawnBy", drawnBy).append("reason", reason)
                .append("supersededBy", null).append("tiers", tiers);
    }

    private static InspectionPlanSummary plan(Document plan, List<InspectionEntry> found) {
        List<DrawSummary> draws = plan.getList("draws", Document.class).stream().map(draw -> new DrawSummary(
                draw.getString("drawId"), draw.getString("seed"), draw.getString("inputHash"),
                draw.getString("indicatorVersion"), Dates.date(draw.getString("drawnOn")),
                draw.getDate("drawnAt").toInstant(), draw.getString("drawnBy"), draw.getString("reason"),
                draw.getString("supersededBy"),
                draw.getList("tiers", Document.class).stream().map(tier -> new TierDraw(
                        tier.getString("tier"), tier.getInteger("enterprises"), tier.getBoolean("offSite"),
                        tier.getInteger("recentlyInspected"), tier.getInteger("yearlyMinimum"),
                        tier.getInteger("quota"), tier.getInteger("drawn"))).toList())).toList();
        return new InspectionPlanSummary(plan.getString("_id"), plan.getString("drawInForce"), draws, found);
    }

    private static InspectionEntry entry(Document entry) {
        String outcome = entry.getString("outcome");
        return new InspectionEntry(entry.getString("period"), entry.getString("drawId"), entry.getString("creditCode"),
                                   entry.getString("tier"), DrawBasis.valueOf(entry.getString("basis")),
                                   entry.getList("inspectorIds", String.class),
                                   outcome == null ? null : InspectionOutcome.valueOf(outcome),
                                   Dates.date(entry.getString("inspectedOn")), entry.getString("violationFactId"),
                                   entry.getString("note"), entry.getString("correctionReason"),
                                   Dates.date(entry.getString("recordedOn")), entry.getString("recordedBy"));
    }
}
