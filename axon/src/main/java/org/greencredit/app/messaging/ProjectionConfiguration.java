package org.greencredit.app.messaging;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.projections.audit.AuditTimelineProjection;
import org.greencredit.projections.batch.FlushWritesInterceptor;
import org.greencredit.projections.creditfile.CreditFileEntriesProjection;
import org.greencredit.projections.creditfile.CreditFileQueries;
import org.greencredit.projections.cycle.CycleProjection;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.greencredit.projections.decision.DecisionHistoryProjection;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.greencredit.projections.evaluation.EvaluationProjection;
import org.greencredit.projections.support.EnterpriseLookup;
import org.greencredit.projections.inspection.InspectionPlansProjection;
import org.greencredit.projections.inspector.InspectorsProjection;
import org.greencredit.projections.partner.PartnerClientsProjection;
import org.greencredit.projections.published.PublishedResultsProjection;
import org.greencredit.projections.repair.RepairApplicationsProjection;
import org.greencredit.projections.dataerror.DataErrorReportsProjection;
import org.greencredit.projections.trial.ResolvedFactsProjection;
import org.greencredit.projections.trial.TrialRunsProjection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read-model projections as beans; Axon finds their event and query handlers and gives each processing group its
 * own pooled streaming processor. Each can be rebuilt from the events on its own (see {@code ProjectionRebuilds}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "greencredit.processors.enabled", havingValue = "true", matchIfMissing = true)
public class ProjectionConfiguration {

    /** The processing groups of every projection, here and in {@code PartnerConfiguration}. */
    public static final List<String> PROJECTIONS = List.of(
            EnterpriseDirectoryProjection.PROCESSING_GROUP, CreditFileEntriesProjection.PROCESSING_GROUP,
            DecisionHistoryProjection.PROCESSING_GROUP, EvaluationProjection.PROCESSING_GROUP,
            CycleProjection.PROCESSING_GROUP, RepairApplicationsProjection.PROCESSING_GROUP,
            DataErrorReportsProjection.PROCESSING_GROUP, InspectionPlansProjection.PROCESSING_GROUP,
            InspectorsProjection.PROCESSING_GROUP, AuditTimelineProjection.PROCESSING_GROUP,
            DeadlinesProjection.PROCESSING_GROUP, ResolvedFactsProjection.PROCESSING_GROUP,
            TrialRunsProjection.PROCESSING_GROUP, PublishedResultsProjection.PROCESSING_GROUP,
            PartnerClientsProjection.PROCESSING_GROUP);

    /**
     * A projection writes each batch of events at once (one bulk write per collection, before the token moves),
     * and an event its handler fails on stops the segment, which the processor retries, instead of being logged
     * and skipped: a read model that silently lacks an event stays wrong until the next rebuild.
     */
    @Bean
    public ConfigurerModule projectionBatches() {
        return configurer -> PROJECTIONS.forEach(projection -> configurer.eventProcessing()
                .registerHandlerInterceptor(projection, configuration -> new FlushWritesInterceptor())
                .registerListenerInvocationErrorHandler(projection,
                                                        configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    public EnterpriseDirectoryProjection enterpriseDirectoryProjection(MongoDatabase readModelDatabase,
                                                                       QueryUpdateEmitter queryUpdateEmitter,
                                                                       IndicatorVersions indicatorVersions) {
        return new EnterpriseDirectoryProjection(readModelDatabase, queryUpdateEmitter, indicatorVersions);
    }

    /**
     * How the per-enterprise projections reach one enterprise's documents: through companion collections on the
     * embedded store, which has no secondary indexes; through a {@code creditCode} index on a real MongoDB, which
     * then pays no companion writes (docs/architecture.md, "One enterprise's documents").
     */
    @Bean
    public EnterpriseLookup enterpriseLookup(GreenCreditProperties properties) {
        return properties.mongo().embedded() ? EnterpriseLookup.COMPANION : EnterpriseLookup.CREDIT_CODE_INDEX;
    }

    @Bean
    public CreditFileEntriesProjection creditFileEntriesProjection(MongoDatabase readModelDatabase,
                                                                   EnterpriseLookup enterpriseLookup) {
        return new CreditFileEntriesProjection(readModelDatabase, enterpriseLookup);
    }

    @Bean
    public DecisionHistoryProjection decisionHistoryProjection(MongoDatabase readModelDatabase,
                                                               EnterpriseLookup enterpriseLookup,
                                                               IndicatorVersions indicatorVersions) {
        return new DecisionHistoryProjection(readModelDatabase, enterpriseLookup, indicatorVersions);
    }

    @Bean
    public EvaluationProjection evaluationProjection(MongoDatabase readModelDatabase,
                                                     EnterpriseLookup enterpriseLookup,
                                                     QueryUpdateEmitter queryUpdateEmitter) {
        return new EvaluationProjection(readModelDatabase, enterpriseLookup, queryUpdateEmitter);
    }

    @Bean
    public CycleProjection cycleProjection(MongoDatabase readModelDatabase) {
        return new CycleProjection(readModelDatabase);
    }

    @Bean
    public RepairApplicationsProjection repairApplicationsProjection(MongoDatabase readModelDatabase,
                                                                     QueryUpdateEmitter queryUpdateEmitter) {
        return new RepairApplicationsProjection(readModelDatabase, queryUpdateEmitter);
    }

    @Bean
    public DataErrorReportsProjection dataErrorReportsProjection(MongoDatabase readModelDatabase,
                                                                 QueryUpdateEmitter queryUpdateEmitter) {
        return new DataErrorReportsProjection(readModelDatabase, queryUpdateEmitter);
    }

    @Bean
    public InspectionPlansProjection inspectionPlansProjection(MongoDatabase readModelDatabase) {
        return new InspectionPlansProjection(readModelDatabase);
    }

    @Bean
    public InspectorsProjection inspectorsProjection(MongoDatabase readModelDatabase,
                                                     QueryUpdateEmitter queryUpdateEmitter) {
        return new InspectorsProjection(readModelDatabase, queryUpdateEmitter);
    }

    @Bean
    public AuditTimelineProjection auditTimelineProjection(MongoDatabase readModelDatabase) {
        return new AuditTimelineProjection(readModelDatabase);
    }

    @Bean
    public DeadlinesProjection deadlinesProjection(MongoDatabase readModelDatabase, CalendarSource calendarSource) {
        return new DeadlinesProjection(readModelDatabase, calendarSource);
    }

    @Bean
    public ResolvedFactsProjection resolvedFactsProjection(MongoDatabase readModelDatabase) {
        return new ResolvedFactsProjection(readModelDatabase);
    }

    @Bean
    public TrialRunsProjection trialRunsProjection(MongoDatabase readModelDatabase) {
        return new TrialRunsProjection(readModelDatabase);
    }

    @Bean
    public CreditFileQueries creditFileQueries(QueryGateway queryGateway) {
        return new CreditFileQueries(queryGateway);
    }
}
