package org.greencredit.app.inspection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.DrawInputs;
import org.greencredit.domain.inspection.DrawInspector;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.domain.inspection.InspectorPair;
import org.greencredit.domain.inspection.TierPopulation;
import org.greencredit.domain.inspection.TierRule;
import org.greencredit.domain.inspection.VisitCount;
import org.greencredit.domain.inspection.api.DrawInspections;
import org.greencredit.domain.inspection.api.LinkInspectionViolation;
import org.greencredit.domain.inspection.api.RecordInspectionResult;
import org.greencredit.domain.inspection.api.RedrawInspections;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.projections.inspection.FindInspectedSince;
import org.greencredit.projections.inspection.FindInspectionPlan;
import org.greencredit.projections.inspection.InspectedEnterprises;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspection.InspectionPlanView;
import org.greencredit.projections.inspector.FindInspectorsOnDuty;
import org.greencredit.projections.inspector.InspectorsOnDuty;
import org.greencredit.ui.indicator.IndicatorCatalogReader;

/**
 * 双随机抽查 for the officer: gathers a draw's inputs from the read models — every enterprise in scope with its tier
 * (enterprise directory), the tiers' rules (the published version in effect), the inspectors on duty
 * ({@link FindInspectorsOnDuty}, the 执法人员名录), the previous quarter's pairs, the visits earlier in the year and
 * the enterprises inspected within the recent window (this module's inspection plans) — takes a seed from
 * {@link SecureRandom} unless the officer gives one, and sends the command; the plan decides and records it all.
 */
public class InspectionDesk {

    private static final int PAGE = 1_000;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IndicatorCatalogReader catalog;
    private final Clock clock;
    private final int recentWindowDays;
    private final SecureRandom random = new SecureRandom();

    /** @param recentWindowDays enterprises inspected within this many days are not drawn at random; 0: none left out */
    public InspectionDesk(CommandGateway commands, QueryGateway queries, IndicatorCatalogReader catalog, Clock clock,
                          int recentWindowDays) {
        this.commands = commands;
        this.queries = queries;
        this.catalog = catalog;
        this.clock = clock;
        this.recentWindowDays = recentWindowDays;
    }

    /** Draws the period; a blank seed is replaced by 32 random bytes in hex. Returns the seed used. */
    public String draw(String period, String seed, Actor actor) {
        actor.requireRole(Role.OFFICER);
        InspectionPeriod parsed = InspectionPeriod.parse(period);
        String used = seedOrRandom(seed);
        send(new DrawInspections(parsed.toString(), used, inputs(parsed)), actor);
        return used;
    }

    /** Draws the period again for the given reason; the earlier draw stays in the history. Returns the seed used. */
    public String redraw(String period, String seed, String reason, Actor actor) {
        actor.requireRole(Role.OFFICER);
        InspectionPeriod parsed = InspectionPeriod.parse(period);
        String used = seedOrRandom(seed);
        send(new RedrawInspections(parsed.toString(), used, inputs(parsed), reason), actor);
        return used;
    }

    public void recordResult(String period, String creditCode, InspectionOutcome outcome, LocalDate inspectedOn,
                             String violationFactId, String note, String correctionReason, Actor actor) {
        send(new RecordInspectionResult(InspectionPeriod.parse(period).toString(), creditCode, outcome, inspectedOn,
                                        violationFactId, note, correctionReason), actor);
    }

    public void linkViolation(String period, String creditCode, String violationFactId, Actor actor) {
        send(new LinkInspectionViolation(InspectionPeriod.parse(period).toString(), creditCode, violationFactId),
             actor);
    }

    /** The inputs a draw of this period would have now. */
    DrawInputs inputs(InspectionPeriod period) {
        IndicatorSystem version = catalog.latestPublished()
                                         .orElseThrow(() -> new RuleViolation("inspection.version.none"));
        Map<String, List<String>> population = new TreeMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<EnterpriseListing> page = queries.query(
                    new FindEnterprises(new DirectoryFilter(null, null, null, null, null, null, null, false),
                                        DirectorySort.BY_CREDIT_CODE, offset, PAGE),
                    EnterpriseDirectoryPage.class).join().items();
            page.forEach(listing -> population.computeIfAbsent(listing.tier(), tier -> new ArrayList<>())
                                              .add(listing.creditCode()));
            if (page.size() < PAGE) {
                break;
            }
        }
        InspectorsOnDuty onDuty;
        try {
            onDuty = queries.query(new FindInspectorsOnDuty(), InspectorsOnDuty.class).join();
        } catch (RuntimeException unavailable) {
            throw new RuleViolation("inspection.inspectors.unavailable");
        }
        List<InspectorPair> previousPairs = new ArrayList<>();
        plan(period.previous()).forEach(entry -> {
            if (!entry.inspectorIds().isEmpty()) {
                previousPairs.add(new InspectorPair(entry.creditCode(), entry.inspectorIds()));
            }
        });
        Map<String, Integer> visits = new HashMap<>();
        period.earlierInYear().forEach(earlier -> plan(earlier).stream()
                .filter(entry -> entry.basis() != DrawBasis.OFF_SITE
                                 && entry.outcome() != InspectionOutcome.NOT_INSPECTED)
                .forEach(entry -> visits.merge(entry.creditCode(), 1, Integer::sum)));
        List<String> recent = recentWindowDays <= 0 ? List.of()
                : queries.query(new FindInspectedSince(BusinessDay.today(clock).minusDays(recentWindowDays)),
                                InspectedEnterprises.class).join().creditCodes();
        return new DrawInputs(period.toString(), version.system(), version.version(),
                              IndicatorSystemJson.sha256(version), TierRule.of(version),
                              population.entrySet().stream()
                                        .map(tier -> new TierPopulation(tier.getKey(), tier.getValue())).toList(),
                              onDuty.inspectors().stream()
                                    .map(inspector -> new DrawInspector(inspector.inspectorId(),
                                                                        inspector.recusedCreditCodes())).toList(),
                              previousPairs,
                              visits.entrySet().stream().map(visit -> new VisitCount(visit.getKey(), visit.getValue()))
                                    .toList(),
                              Math.max(recentWindowDays, 0), recent);
    }

    private List<InspectionEntry> plan(InspectionPeriod period) {
        InspectionPlanView plan = queries.query(new FindInspectionPlan(period.toString()), InspectionPlanView.class)
                                         .join();
        return plan == null ? List.of() : plan.entries();
    }

    private String seedOrRandom(String seed) {
        if (seed != null && !seed.isBlank()) {
            return seed.strip();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A refusal of the aggregate comes back as the domain's own. */
    private void send(Object command, Actor actor) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData()));
        } catch (CommandExecutionException failed) {
            Refusal refusal = failed.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                                    .orElseThrow(() -> failed);
            throw new RuleViolation(refusal.messageKey(), refusal.arguments().toArray());
        }
    }
}
