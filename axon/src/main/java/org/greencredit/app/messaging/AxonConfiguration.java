package org.greencredit.app.messaging;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.calendar.EventStoreCalendar;
import org.greencredit.app.indicator.EventStoreIndicatorVersions;
import org.greencredit.app.upcasting.EnterpriseRegisteredToRevision2;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.calendar.WorkingDayCalendar;
import org.greencredit.domain.creditfile.EnterpriseCreditFile;
import org.greencredit.domain.cycle.EvaluationCycle;
import org.greencredit.app.dataerror.EventStoreCreditFileFacts;
import org.greencredit.domain.dataerror.CreditFileFacts;
import org.greencredit.domain.dataerror.DataErrorReports;
import org.greencredit.domain.dataerror.DataErrorSettings;
import org.greencredit.domain.decisionnumber.DecisionNumberClaim;
import org.greencredit.domain.decisionnumber.DecisionNumbers;
import org.greencredit.app.decisionnumber.EventStoreDecisionNumbers;
import org.greencredit.app.inspector.DirectoryInspectorIdentities;
import org.greencredit.app.inspector.EventStoreCertificateNumbers;
import org.greencredit.domain.inspector.CertificateNumberClaim;
import org.greencredit.domain.inspector.CertificateNumbers;
import org.greencredit.domain.inspector.Inspector;
import org.greencredit.domain.intake.FactImport;
import org.greencredit.domain.inspection.InspectionPlan;
import org.greencredit.domain.inspection.InspectorIdentities;
import org.greencredit.domain.partner.PartnerClient;
import org.greencredit.domain.trial.TrialRun;
import org.greencredit.domain.intake.SourceRecordClaim;
import org.greencredit.domain.intake.SourceRecords;
import org.greencredit.app.intake.EventStoreSourceRecords;
import org.greencredit.app.upload.EventStoreCyclePhases;
import org.greencredit.domain.indicator.IndicatorCatalog;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.upload.CreditPlatformUploads;
import org.greencredit.domain.upload.CyclePhases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the domain's aggregates with Axon (the domain module carries no Spring stereotypes) and sets how
 * commands and events are processed.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /**
     * A credit file is snapshotted every {@code greencredit.snapshots.credit-file-every} events, so loading one with
     * years of history reads one snapshot and the few events after it.
     */
    @Bean
    public ConfigurerModule aggregates(GreenCreditProperties properties) {
        int snapshotEvery = properties.snapshots().creditFileEvery();
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(EnterpriseCreditFile.class)
                                                       .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(
                                                               creditFileSnapshotter(c), snapshotEvery)))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(DecisionNumberClaim.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(SourceRecordClaim.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(FactImport.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(PartnerClient.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(InspectionPlan.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Inspector.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CertificateNumberClaim.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(IndicatorCatalog.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(WorkingDayCalendar.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(EvaluationCycle.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(DataErrorReports.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CreditPlatformUploads.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(TrialRun.class));
    }

    /**
     * Axon's own snapshotter, told the aggregate type explicitly (Spring's snapshotter only knows aggregates declared
     * with Spring stereotypes, which the domain does not use). Built from the finished Axon configuration, so it
     * resolves handler parameters (clock, decision numbers) exactly as the command handlers do.
     */
    private static Snapshotter creditFileSnapshotter(org.axonframework.config.Configuration configuration) {
        AggregateModel<EnterpriseCreditFile> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                EnterpriseCreditFile.class, configuration.parameterResolverFactory(),
                configuration.handlerDefinition(EnterpriseCreditFile.class));
        return AggregateSnapshotter.builder()
                                   .eventStore(configuration.eventStore())
                                   .aggregateFactories(new GenericAggregateFactory<>(model))
                                   .repositoryProvider(configuration::repository)
                                   .parameterResolverFactory(configuration.parameterResolverFactory())
                                   .handlerDefinition(configuration.handlerDefinition(EnterpriseCreditFile.class))
                                   .transactionManager(configuration.getComponent(TransactionManager.class))
                                   .build();
    }

    /**
     * Pooled streaming processors read the event stream once and share it among segments; segments are claimed
     * through the token store, which is how several application instances divide the work.
     *
     * <p>A new processor starts from a {@code null} token, which means "from the first event" without asking the
     * event store where its tail is. The application can then start while Axon Server is unreachable, report that
     * in its health, and catch up once the connection is back.
     *
     * <p>Up to {@code greencredit.processors.batch-size} events are handled per batch, with one token update at
     * its end: a replay then writes the token store once per batch instead of once per event, and a projection
     * writes a batch's documents at once (see {@code ProjectionConfiguration}).
     *
     * <p>A new token store divides each processor's events into {@code greencredit.processors.segments} segments,
     * worked on by as many threads: Axon's 16 segments and 4 threads per processor make 16 small batches out of
     * what could be one, and more threads than a small server has cores. The count is kept in the token store: an
     * existing one keeps its segments, also across a reset.
     */
    @Bean
    public ConfigurerModule pooledStreamingProcessors(GreenCreditProperties properties) {
        int batchSize = properties.processors().batchSize();
        int segments = properties.processors().segments();
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors(
                (configuration, processor) -> processor.initialToken(source -> null).batchSize(batchSize)
                                                       .initialSegmentCount(segments)
                                                       .workerExecutor(name -> workers(configuration, name, segments)));
    }

    private static ScheduledExecutorService workers(org.axonframework.config.Configuration configuration,
                                                    String processor, int threads) {
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(
                threads, new AxonThreadFactory("WorkPackage[" + processor + "]"));
        configuration.onShutdown(workers::shutdown);
        return workers;
    }

    /**
     * Event processors write only to MongoDB and keep their tokens there, so a relational transaction around their
     * batches would hold an event-store connection for nothing. Handlers are idempotent instead.
     */
    @Bean
    public ConfigurerModule processorsWithoutRelationalTransactions() {
        return configurer -> configurer.eventProcessing()
                                       .registerDefaultTransactionManager(c -> NoTransactionManager.instance());
    }

    @Bean
    public RefusalInterceptor refusalInterceptor() {
        return new RefusalInterceptor();
    }

    /** Who issued a command travels on to every event it causes, and so into the event store. */
    @Bean
    public CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(Actor.ID, Actor.ROLE, Actor.DEPARTMENT, Actor.CREDIT_CODE,
                                                 Actor.SOURCE);
    }

    @Bean
    public DecisionNumbers decisionNumbers(EventStore eventStore) {
        return new EventStoreDecisionNumbers(eventStore);
    }

    @Bean
    public CertificateNumbers certificateNumbers(EventStore eventStore) {
        return new EventStoreCertificateNumbers(eventStore);
    }

    @Bean
    public SourceRecords sourceRecords(EventStore eventStore) {
        return new EventStoreSourceRecords(eventStore);
    }

    @Bean
    public IndicatorVersions indicatorVersions(EventStore eventStore) {
        return new EventStoreIndicatorVersions(eventStore);
    }

    @Bean
    public CalendarSource calendarSource(EventStore eventStore) {
        return new EventStoreCalendar(eventStore);
    }

    @Bean
    public CreditFileFacts creditFileFacts(EventStore eventStore) {
        return new EventStoreCreditFileFacts(eventStore);
    }

    @Bean
    public CyclePhases cyclePhases(EventStore eventStore) {
        return new EventStoreCyclePhases(eventStore);
    }

    /** 数据纠错 is answered within this many working days; no indicator version or policy text names a period. */
    @Bean
    public DataErrorSettings dataErrorSettings(GreenCreditProperties properties) {
        return new DataErrorSettings(properties.dataErrors().decisionWorkingDays());
    }

    /** Who of the 执法人员名录 a user is, for the inspection plan's results; in every context that loads the plan. */
    @Bean
    public InspectorIdentities inspectorIdentities(QueryGateway queryGateway) {
        return new DirectoryInspectorIdentities(queryGateway);
    }

    @Bean
    public SystemCommands systemCommands(CommandGateway commandGateway) {
        return new SystemCommands(commandGateway);
    }

    @Bean
    public CaughtUp caughtUp(EventProcessingConfiguration processing, EventStore eventStore,
                             ObjectProvider<PendingWork> pendingWork) {
        return new CaughtUp(processing, eventStore, pendingWork.orderedStream().toList());
    }

    @Bean
    public EnterpriseRegisteredToRevision2 enterpriseRegisteredToRevision2() {
        return new EnterpriseRegisteredToRevision2();
    }
}
