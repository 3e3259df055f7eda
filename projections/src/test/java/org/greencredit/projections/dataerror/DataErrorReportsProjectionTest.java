package org.greencredit.projections.dataerror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.dataerror.EvidenceFile;
import org.greencredit.domain.dataerror.ReportState;
import org.greencredit.domain.dataerror.api.DataErrorCorrected;
import org.greencredit.domain.dataerror.api.DataErrorDecisionOverdue;
import org.greencredit.domain.dataerror.api.DataErrorReportRefused;
import org.greencredit.domain.dataerror.api.DataErrorReportWithdrawn;
import org.greencredit.domain.dataerror.api.DataErrorReported;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.CrashBetweenWrites;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.Subscription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DataErrorReportsProjectionTest {

    private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    private static final String CODE = "91110112MA00000010";
    private static final String OTHER = "91110112MA00000029";
    private static final EvidenceFile PDF = new EvidenceFile("复议决定书.pdf", "a".repeat(64), 2048, "application/pdf");
    private static final FactAttributes ATTRIBUTES = FactAttributes.of("decisionNo", "京通环罚〔2025〕12号",
                                                                       "fineYuan", new BigDecimal("20000.5"));

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private final List<GenericDomainEventMessage<Object>> delivered = new ArrayList<>();
    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new DataErrorReportsProjection(mongo.database(),
                                                                       SimpleQueryUpdateEmitter.builder().build()));
    }

    private static DataErrorReported reported(String code, String reportId, LocalDate on, LocalDate deadline) {
        return new DataErrorReported(reportId, code, reportId.substring(0, reportId.indexOf('#')), FactType.VIOLATION,
                                     LocalDate.of(2025, 6, 10), ATTRIBUTES, "处罚已撤销", List.of(PDF), on, deadline, 7);
    }

    private void reports() {
        publish(CODE, reported(CODE, "v1#1", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15)));
        publish(CODE, new DataErrorCorrected("v1#1", CODE, "v1", 9, CorrectionOutcome.REVOKED,
                                             LocalDate.of(2026, 6, 2), "已撤销", LocalDate.of(2026, 6, 3)));
        publish(CODE, reported(CODE, "v2#1", LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 16)));
        publish(CODE, new DataErrorReportRefused("v2#1", CODE, "v2", "处罚有效", LocalDate.of(2026, 6, 4)));
        publish(CODE, reported(CODE, "v3#1", LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 17)));
        publish(CODE, new DataErrorReportWithdrawn("v3#1", CODE, "v3", LocalDate.of(2026, 6, 4)));
        publish(CODE, reported(CODE, "v2#2", LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 19)));
        publish(CODE, new DataErrorDecisionOverdue("v2#2", CODE, "v2", LocalDate.of(2026, 6, 19)));
        publish(OTHER, reported(OTHER, "w1#1", LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 18)));
    }

    private void publish(String code, Object event) {
        delivered.add(harness.publish(code, event, AT));
    }

    @Test
    void openReportsFormTheQueueByDeadlineAndEachEnterpriseSeesItsOwn() {
        reports();

        List<DataErrorReportSummary> open = harness.query(new FindOpenDataErrorReports(), DataErrorReportList.class)
                                                .reports();
        assertThat(open).extracting(DataErrorReportSummary::reportId).containsExactly("w1#1", "v2#2");
        assertThat(open).extracting(DataErrorReportSummary::overdue).containsExactly(false, true);

        List<DataErrorReportSummary> own = harness.query(new FindDataErrorReportsOf(CODE), DataErrorReportList.class)
                                               .reports();
        assertThat(own).extracting(DataErrorReportSummary::reportId).containsExactly("v2#2", "v3#1", "v2#1", "v1#1");
        assertThat(own).extracting(DataErrorReportSummary::state)
                       .containsExactly(ReportState.OPEN, ReportState.WITHDRAWN, ReportState.REFUSED,
                                        ReportState.CORRECTED);
        DataErrorReportSummary corrected = own.get(3);
        assertThat(corrected.correctionOutcome()).isEqualTo("REVOKED");
        assertThat(corrected.note()).isEqualTo("已撤销");
        assertThat(corrected.closedOn()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(corrected.factAttributes()).containsEntry("fineYuan", new BigDecimal("20000.5"))
                                              .containsEntry("decisionNo", "京通环罚〔2025〕12号");
        assertThat(corrected.evidence()).containsExactly(
                new DataErrorReportSummary.Evidence("复议决定书.pdf", "a".repeat(64), 2048, "application/pdf"));
        assertThat(corrected.fileSequence()).isEqualTo(7);
        assertThat(own.get(2).refusalReason()).isEqualTo("处罚有效");
        assertThat(harness.query(new FindDataErrorReport("v3#1"), DataErrorReportList.class).reports())
                .extracting(DataErrorReportSummary::state).containsExactly(ReportState.WITHDRAWN);
    }

    @Test
    void deliveringEveryEventAgainChangesNothing() {
        reports();
        List<Document> before = mongo.database().getCollection(DataErrorReportsProjection.COLLECTION).find()
                                     .into(new ArrayList<>());

        List.copyOf(delivered).forEach(harness::redeliver);

        assertThat(mongo.database().getCollection(DataErrorReportsProjection.COLLECTION).find()
                        .into(new ArrayList<>())).isEqualTo(before);
    }

    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        reports();

        new CrashBetweenWrites(mongo, database -> new DataErrorReportsProjection(
                database, SimpleQueryUpdateEmitter.builder().build())).assertConverges(harness.published());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        reports();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, database -> new DataErrorReportsProjection(
                database, SimpleQueryUpdateEmitter.builder().build()));
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }

    /** The queue is told of each report as its event left it, though the batch writes them only at its end. */
    @Test
    void inOneBatchSubscribersSeeEachReportAsItsEventLeftIt() {
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        ProjectionHarness batched = new ProjectionHarness(new DataErrorReportsProjection(mongo.database(), emitter));
        Subscription queue = new Subscription(emitter, new FindOpenDataErrorReports());

        batched.deliverInOneBatch(List.of(
                batched.next(CODE, reported(CODE, "v1#1", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15)), AT),
                batched.next(CODE, new DataErrorDecisionOverdue("v1#1", CODE, "v1", LocalDate.of(2026, 6, 15)), AT),
                batched.next(CODE, new DataErrorReportRefused("v1#1", CODE, "v1", "处罚有效",
                                                              LocalDate.of(2026, 6, 16)), AT)));

        assertThat(queue.updates()).map(update -> (DataErrorReportSummary) update)
                                   .extracting(DataErrorReportSummary::state, DataErrorReportSummary::overdue)
                                   .containsExactly(tuple(ReportState.OPEN, false), tuple(ReportState.OPEN, true),
                                                    tuple(ReportState.REFUSED, true));
    }
}
