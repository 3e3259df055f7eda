package org.greencredit.domain.creditfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.support.Refusals.refused;
import static org.greencredit.domain.support.CreditFileFixtures.CLOCK;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.OTHER_CODE;
import static org.greencredit.domain.support.CreditFileFixtures.registered;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.SourceRecord;
import org.greencredit.domain.intake.api.SourceRecordClaimed;
import org.greencredit.domain.support.CreditFileFixtures;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.greencredit.domain.support.CreditFileFixtures.HeldRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Facts imported from source systems: idempotent by source record, conflicts named, sources kept apart. */
class ImportedFactTest {

    private static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);
    private static final String IMPORT = "0b7f8a52-4f5e-4d4e-9a59-6d0f0f0f0f01";
    private static final SourceRecord ALARM = new SourceRecord(FactSource.MONITORING, "BJ-TZ-2025-000123");
    private static final Map<String, Object> MONITORING_SYSTEM =
            Actor.sourceSystem("monitoring-platform", FactSource.MONITORING).asMetaData();
    private static final Map<String, Object> TAX_SYSTEM = Actor.sourceSystem("tax-bureau", FactSource.TAX).asMetaData();

    private final HeldRecords held = new HeldRecords();
    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers(), held, CLOCK);
    }

    private static FactAttributes exceedance(int days) {
        return FactAttributes.of("medium", "WATER", "pollutant", "COD", "days", days, "maxMultiple", new BigDecimal("1.5"));
    }

    private static RecordFact imported(SourceRecord record, int days) {
        return new RecordFact(CODE, record.factId(), FactType.MONITORING_EXCEEDANCE, MAY_10, record.source(),
                              Evidence.of("超标告警 " + record.recordId()), exceedance(days), record.recordId(), IMPORT);
    }

    private static FactRecorded recorded(SourceRecord record, int days) {
        return new FactRecorded(CODE, record.factId(), FactType.MONITORING_EXCEEDANCE, MAY_10, record.source(),
                                Evidence.of("超标告警 " + record.recordId()), exceedance(days), record.recordId(),
                                IMPORT);
    }

    @Test
    void theFactIdIsDerivedFromSourceAndFoldedRecordId() {
        assertThat(new SourceRecord(FactSource.MONITORING, " bj-tz-2025-０００１２３ ").factId())
                .isEqualTo(ALARM.factId());
        assertThat(new SourceRecord(FactSource.COMPLAINT_PLATFORM, "BJ-TZ-2025-000123").factId())
                .isNotEqualTo(ALARM.factId());
    }

    @Test
    void anImportedFactNamesItsSourceRecordAndImportAndClaimsTheRecord() {
        fixture.given(registered())
               .when(imported(ALARM, 3), OFFICER)
               .expectEvents(recorded(ALARM, 3),
                             new SourceRecordClaimed(ALARM.claimId(), FactSource.MONITORING, ALARM.recordId(), CODE,
                                                     ALARM.factId()))
               .expectResultMessagePayload(RowOutcome.RECORDED);
    }

    @Test
    void theSameRecordWithTheSameContentIsAlreadyRecordedAndStoresNothing() {
        fixture.given(registered(), recorded(ALARM, 3))
               .when(imported(ALARM, 3), OFFICER)
               .expectNoEvents()
               .expectResultMessagePayload(RowOutcome.ALREADY_RECORDED);
    }

    @Test
    void theSameRecordAfterTheEnterpriseLeftScopeIsStillAlreadyRecorded() {
        fixture.given(registered(), recorded(ALARM, 3),
                      new EnterpriseLeftScope(CODE, ScopeExitReason.CLOSED, LocalDate.of(2025, 12, 1), "注销", null))
               .when(imported(ALARM, 3), OFFICER)
               .expectNoEvents()
               .expectResultMessagePayload(RowOutcome.ALREADY_RECORDED);
    }

    @Test
    void theSameRecordWithOtherContentConflictsNamingTheColumns() {
        RecordFact changed = new RecordFact(CODE, ALARM.factId(), FactType.MONITORING_EXCEEDANCE, MAY_10.plusDays(1),
                                            FactSource.MONITORING, Evidence.of("超标告警 " + ALARM.recordId()),
                                            exceedance(4), ALARM.recordId(), IMPORT);
        refused(fixture.given(registered(), recorded(ALARM, 3)), changed, OFFICER, "import.conflict [occurredOn,days]");
    }

    @Test
    void aRecordAnotherCreditFileHoldsConflicts() {
        held.hold(ALARM, OTHER_CODE);

        refused(fixture.given(registered()), imported(ALARM, 3), OFFICER,
                "import.sourceRecord.otherEnterprise [BJ-TZ-2025-000123, " + OTHER_CODE + "]");
    }

    @Test
    void aFactIdNotDerivedFromTheRecordIsRefused() {
        RecordFact forged = new RecordFact(CODE, CreditFileFixtures.id(1), FactType.MONITORING_EXCEEDANCE, MAY_10,
                                           FactSource.MONITORING, Evidence.of("告警"), exceedance(3), ALARM.recordId(),
                                           IMPORT);
        refused(fixture.given(registered()), forged, OFFICER,
                "import.factId.mismatch [" + CreditFileFixtures.id(1) + "]");
    }

    @Test
    void aSourceSystemRecordsFactsOfItsOwnSourceOnly() {
        fixture.given(registered())
               .when(imported(ALARM, 3), MONITORING_SYSTEM)
               .expectResultMessagePayload(RowOutcome.RECORDED);
        refused(fixture.given(registered()), imported(ALARM, 3), TAX_SYSTEM, "import.source.notOwn [fact.source.MONITORING, fact.source.TAX]");
    }

    @Test
    void aSourceSystemCannotRecordByHandNorWhatOnlyAnAssessorRecords() {
        RecordFact byHand = new RecordFact(CODE, CreditFileFixtures.id(2), FactType.MONITORING_EXCEEDANCE, MAY_10,
                                           FactSource.MONITORING, Evidence.of("告警"), exceedance(3));
        refused(fixture.given(registered()), byHand, MONITORING_SYSTEM, "actor.notPermitted [SOURCE_SYSTEM]");

        SourceRecord finding = new SourceRecord(FactSource.MONITORING, "F-1");
        RecordFact diagnosis = new RecordFact(CODE, finding.factId(), FactType.DIAGNOSIS_FINDING, MAY_10,
                                              FactSource.MONITORING, Evidence.of("诊断"),
                                              FactAttributes.of("area", "DISCHARGE", "severity", "MINOR",
                                                                "description", "d", "measure", "m",
                                                                "deadline", "2025-08-01"),
                                              finding.recordId(), IMPORT);
        refused(fixture.given(registered()), diagnosis, MONITORING_SYSTEM, "actor.notPermitted [SOURCE_SYSTEM]");
    }

    @Test
    void aNewRecordForAnEnterpriseThatLeftScopeIsRefused() {
        refused(fixture.given(registered(),
                              new EnterpriseLeftScope(CODE, ScopeExitReason.CLOSED, LocalDate.of(2025, 12, 1), "注销",
                                                      null)),
                imported(ALARM, 3), OFFICER, "creditFile.leftScope [" + CODE + "]");
    }

    @Test
    void anInvalidImportedRowIsRefusedLikeAFormEntry() {
        RecordFact future = new RecordFact(CODE, ALARM.factId(), FactType.MONITORING_EXCEEDANCE,
                                           LocalDate.of(2026, 3, 2), FactSource.MONITORING, Evidence.of("告警"),
                                           exceedance(3), ALARM.recordId(), IMPORT);
        refused(fixture.given(registered()), future, OFFICER,
                "date.inFuture [field.occurredOn, 2026-03-02, 2026-03-01]");
    }
}
