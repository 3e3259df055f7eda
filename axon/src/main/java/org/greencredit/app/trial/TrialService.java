package org.greencredit.app.trial;

import static org.greencredit.domain.actor.Role.ADMIN;
import static org.greencredit.domain.actor.Role.AUDITOR;
import static org.greencredit.domain.actor.Role.OFFICER;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.indicator.CatalogEntry;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.TrialEvaluation;
import org.greencredit.domain.trial.TrialPopulation;
import org.greencredit.domain.trial.TrialRequest;
import org.greencredit.domain.trial.TrialResult;
import org.greencredit.domain.trial.TrialRules;
import org.greencredit.domain.trial.api.RecordTrialRun;
import org.greencredit.domain.trial.api.TrialRunRecorded;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.trial.FindTrialPopulation;
import org.greencredit.projections.trial.FindTrialRuns;
import org.greencredit.projections.trial.TrialPopulationFacts;
import org.greencredit.projections.trial.TrialRunList;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.greencredit.ui.trial.TrialDesk;
import org.springframework.stereotype.Component;

/**
 * 试评价: reads the population's resolved facts from the {@code resolved-facts} read model (one scan, no aggregate
 * replayed), scores them with the catalog's engines through the pure {@link TrialEvaluation}, and records the run
 * with {@link RecordTrialRun}. Nothing it does decides or stores a grade.
 */
@Component
public class TrialService implements TrialDesk {

    private final IndicatorCatalogReader catalog;
    private final IndicatorVersions versions;
    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;

    public TrialService(IndicatorCatalogReader catalog, IndicatorVersions versions, QueryGateway queryGateway,
                        CommandGateway commandGateway) {
        this.catalog = catalog;
        this.versions = versions;
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
    }

    @Override
    public RecordedTrial run(TrialOrder order, Actor actor, TrialEvaluation.Progress progress) {
        TrialResult result = compute(order.version(), order.baseline(), order.baselineVersion(), order.population(),
                                     order, actor, progress);
        String trialRunId = UUID.randomUUID().toString();
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordTrialRun(
                    trialRunId, catalog.system(), result.version(), result.versionHash(), result.baseline(),
                    result.baselineVersion(), result.baselineHash(), order.population(), result.population(),
                    result.inputHash(), result.periodFrom(), result.periodTo(), result.asOf(), result.resultHash(),
                    (int) result.up(), (int) result.down())).andMetaData(actor.asMetaData()));
        } catch (CommandExecutionException refused) {
            Refusal refusal = refused.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                                     .orElseThrow(() -> refused);
            throw new RuleViolation(refusal.messageKey(), refusal.arguments().toArray());
        }
        return new RecordedTrial(trialRunId, result);
    }

    @Override
    public TrialResult rerun(TrialRunRecorded run, Actor actor, TrialEvaluation.Progress progress) {
        TrialOrder order = new TrialOrder(run.version(), run.baseline(), run.baselineVersion(), run.population(),
                                          run.periodFrom(), run.periodTo(), run.asOf());
        return compute(run.version(), run.baseline(), run.baselineVersion(), run.population(), order, actor,
                       progress);
    }

    @Override
    public List<TrialRunRecorded> runsOf(String version) {
        return queryGateway.query(new FindTrialRuns(catalog.system(), version), TrialRunList.class).join().runs();
    }

    @Override
    public Map<String, String> names(Collection<String> creditCodes) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : creditCodes) {
            EnterpriseListing listing = queryGateway.query(new FindEnterpriseByCreditCode(code),
                                                           EnterpriseListing.class).join();
            if (listing != null) {
                names.put(code, listing.name());
            }
        }
        return names;
    }

    private TrialResult compute(String version, Baseline baseline, String baselineVersion,
                                TrialPopulation population, TrialOrder order, Actor actor,
                                TrialEvaluation.Progress progress) {
        actor.requireRole(ADMIN, OFFICER, AUDITOR);
        ScoringEngine candidate = engine(version);
        if (baseline == null) {
            throw new RuleViolation("trial.baseline.required");
        }
        ScoringEngine baselineEngine = baseline == Baseline.VERSION ? engine(baselineVersion) : null;
        if (population == null || population.kind() == null) {
            throw new RuleViolation("trial.population.required");
        }
        TrialRules.requirePeriod(order.periodFrom(), order.periodTo(), order.asOf());
        TrialRequest request = new TrialRequest(candidate, baseline, baselineEngine, order.periodFrom(),
                                                order.periodTo(), order.asOf());
        TrialPopulationFacts facts = queryGateway.query(
                new FindTrialPopulation(population, baseline == Baseline.IN_FORCE ? order.asOf() : null),
                TrialPopulationFacts.class).join();
        TrialRules.requirePopulation(facts.subjects().size());
        return TrialEvaluation.run(request, facts.subjects(), progress);
    }

    private ScoringEngine engine(String version) {
        CatalogEntry entry = version == null ? null : catalog.version(version).orElse(null);
        if (entry == null) {
            throw new RuleViolation("indicator.version.notFound", String.valueOf(version));
        }
        return versions.forTrial(catalog.system(), entry.versionHash()).orElseThrow(
                () -> new RuleViolation("indicator.version.notFound", version));
    }
}
