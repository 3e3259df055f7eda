package org.greencredit.app.inspection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.messaging.CaughtUp;
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
import org.greencredit.domain.inspection.InspectionDraw;
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
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.inspection.TierDraw;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.projections.inspection.FindInspectedSince;
import org.greencredit.projections.inspection.FindInspectionPlan;
import org.greencredit.projections.inspection.FindInspectionPlans;
import org.greencredit.projections.inspection.FindInspectionsOfInspector;
import org.greencredit.projections.inspection.InspectedEnterprises;
import org.greencredit.projections.inspection.InspectionEntries;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspection.InspectionPlanList;
import org.greencredit.projections.inspection.InspectionPlanSummary;
import org.greencredit.projections.inspection.InspectionPlansProjection;
import org.greencredit.projections.inspector.FindInspectorByUsername;
import org.greencredit.projections.inspector.FindInspectors;
import org.greencredit.projections.inspector.FindInspectorsOnDuty;
import org.greencredit.projections.inspector.InspectorList;
import org.greencredit.projections.inspector.InspectorSummary;
import org.greencredit.projections.inspector.InspectorsOnDuty;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.greencredit.ui.inspection.InspectionWork;

/**
 * 双随机抽查 for the officer: gathers a draw's inputs from the read models — every enterprise in scope with its tier
 * (enterprise directory), the tiers' rules (the published version in effect), the inspectors on duty
 * ({@link FindInspectorsOnDuty}, the 执法人员名录), the previous quarter's pairs, the visits earlier in the year and
 * the enterprises inspected within the recent window (this module's inspection plans) — takes a seed from
 * {@link SecureRandom} unless the officer gives one, and sends the command; the plan decides and records it all.
 * For the views ({@link InspectionWork}) it also previews a draw from the same inputs, reads the plans and joins the
 * names the plan refers to by id. After a command it waits briefly for the plan's read model, so the view that sent
 * it shows the change at once.
 */
public class InspectionDesk implements InspectionWork {

    private static final int PAGE = 1_000;
    /** Up to this many names are read one by one; more are read from the whole directory, a page at a time. */
    private static final int NAMES_ONE_BY_ONE = 100;
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IndicatorCatalogReader catalog;
    private final CaughtUp caughtUp;
    private final Clock clock;
    private final int recentWindowDays;
    private final SecureRandom random = new SecureRandom();

    /** @param recentWindowDays enterprises inspected within this many days are not drawn at random; 0: none left out */
    public InspectionDesk(CommandGateway commands, QueryGateway queries, IndicatorCatalogReader catalog,
                          CaughtUp caughtUp, Clock clock, int recentWindowDays) {
        this.commands = commands;
        this.queries = queries;
        this.catalog = catalog;
        this.caughtUp = caughtUp;
        this.clock = clock;
        this.recentWindowDays = recentWindowDays;
    }

    /** Draws the period; a blank seed is replaced by 32 random bytes in hex. Returns the seed used. */
    @Override
    public String draw(String period, String seed, Actor actor) {
        actor.requireRole(Role.OFFICER);
        InspectionPeriod parsed = InspectionPeriod.parse(period);
        String used = seedOrRandom(seed);
        send(new DrawInspections(parsed.toString(), used, inputs(parsed)), actor);
        return used;
    }

    /** Draws the period again for the given reason; the earlier draw stays in the history. Returns the seed used. */
    @Override
    public String redraw(String period, String seed, String reason, Actor actor) {
        actor.requireRole(Role.OFFICER);
        InspectionPeriod parsed = InspectionPeriod.parse(period);
        String used = seedOrRandom(seed);
        send(new RedrawInspections(parsed.toString(), used, inputs(parsed), reason), actor);
        return used;
    }

    @Override
    public void recordResult(String period, String creditCode, InspectionOutcome outcome, LocalDate inspectedOn,
                             String violationFactId, String note, String correctionReason, Actor actor) {
        send(new RecordInspectionResult(InspectionPeriod.parse(period).toString(), creditCode, outcome, inspectedOn,
                                        violationFactId, note, correctionReason), actor);
    }

    public void linkViolation(String period, String creditCode, String violationFactId, Actor actor) {
        send(new LinkInspectionViolation(InspectionPeriod.parse(period).toString(), creditCode, violationFactId),
             actor);
    }

    @Override
    public Optional<InspectionPlanSummary> plan(String period) {
        return Optional.ofNullable(queries.query(new FindInspectionPlan(InspectionPeriod.parse(period).toString()),
                                                 InspectionPlanSummary.class).join());
    }

    @Override
    public List<String> drawnPeriods() {
        return queries.query(new FindInspectionPlans(), InspectionPlanList.class).join().plans().stream()
                      .map(InspectionPlanSummary::period).toList();
    }

    @Override
    public PlanPreview preview(String period) {
        DrawInputs inputs = inputs(InspectionPeriod.parse(period));
        Map<String, TierRule> rules = new HashMap<>();
        inputs.tierRules().forEach(rule -> rules.put(rule.tier(), rule));
        List<TierPreview> tiers = new ArrayList<>();
        for (TierDraw counts : InspectionDraw.preview(inputs)) {
            tiers.add(new TierPreview(rules.get(counts.tier()), counts));
        }
        return new PlanPreview(inputs.period(), inputs.indicatorVersion(), tiers, inputs.inspectors().size(),
                               inputs.recentWindowDays());
    }

    @Override
    public Optional<InspectorSummary> inspectorOf(String username) {
        return Optional.ofNullable(queries.query(new FindInspectorByUsername(username), InspectorSummary.class).join());
    }

    @Override
    public List<InspectionEntry> inspectionsOf(String inspectorId) {
        return queries.query(new FindInspectionsOfInspector(inspectorId), InspectionEntries.class).join().entries();
    }

    @Override
    public Map<String, String> inspectorNames() {
        Map<String, String> names = new LinkedHashMap<>();
        queries.query(new FindInspectors(), InspectorList.class).join().inspectors()
               .forEach(inspector -> names.put(inspector.inspectorId(), inspector.name()));
        return names;
    }

    @Override
    public Map<String, String> enterpriseNames(Collection<String> creditCodes) {
        Map<String, String> names = new HashMap<>();
        if (creditCodes.size() <= NAMES_ONE_BY_ONE) {
            creditCodes.stream().distinct().forEach(code -> {
                EnterpriseListing listing = queries.query(new FindEnterpriseByCreditCode(code),
                                                          EnterpriseListing.class).join();
                if (listing != null) {
                    names.put(code, listing.name());
                }
            });
            return names;
        }
        everyEnterprise(DirectoryFilter.all(), listing -> {
            if (creditCodes.contains(listing.creditCode())) {
                names.put(listing.creditCode(), listing.name());
            }
        });
        return names;
    }

    @Override
    public List<ViolationChoice> violationsOf(String creditCode) {
        return queries.query(new FindCreditFileEntries(creditCode), CreditFileEntries.class).join().entries().stream()
                      .filter(entry -> "FACT".equals(entry.entry())
                                       && FactType.VIOLATION.name().equals(entry.type())
                                       && !"REVOKED".equals(entry.status()))
                      .map(entry -> new ViolationChoice(entry.id(), entry.occurredOn(),
                                                        Objects.toString(entry.attributes().get("decisionNo"), null)))
                      .toList();
    }

    /** The inputs a draw of this period would have now. */
    DrawInputs inputs(InspectionPeriod period) {
        IndicatorSystem version = catalog.latestPublished()
                                         .orElseThrow(() -> new RuleViolation("inspection.version.none"));
        Map<String, List<String>> population = new TreeMap<>();
        everyEnterprise(new DirectoryFilter(null, null, null, null, null, null, null, false),
                        listing -> population.computeIfAbsent(listing.tier(), tier -> new ArrayList<>())
                                             .add(listing.creditCode()));
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

    private void everyEnterprise(DirectoryFilter filter, Consumer<EnterpriseListing> each) {
        for (int offset = 0; ; offset += PAGE) {
            List<EnterpriseListing> page = queries.query(
                    new FindEnterprises(filter, DirectorySort.BY_CREDIT_CODE, offset, PAGE),
                    EnterpriseDirectoryPage.class).join().items();
            page.forEach(each);
            if (page.size() < PAGE) {
                break;
            }
        }
    }

    private List<InspectionEntry> plan(InspectionPeriod period) {
        InspectionPlanSummary plan = queries.query(new FindInspectionPlan(period.toString()), InspectionPlanSummary.class)
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
        try {
            caughtUp.await(READ_MODEL_WAIT, InspectionPlansProjection.PROCESSING_GROUP);
        } catch (IllegalStateException slow) {
            // the command is stored; the view shows the plan as the read model holds it and catches up on reload
        }
    }
}
