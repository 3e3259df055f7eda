package org.greencredit.domain.creditfile;

import static org.greencredit.domain.support.Refusals.refused;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.OTHER_CODE;
import static org.greencredit.domain.support.CreditFileFixtures.id;
import static org.greencredit.domain.support.CreditFileFixtures.profile;
import static org.greencredit.domain.support.CreditFileFixtures.registered;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.creditfile.api.ChangeEnterpriseProfile;
import org.greencredit.domain.creditfile.api.DeclareItem;
import org.greencredit.domain.creditfile.api.EnterpriseIncludedInBatch;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.IncludeInEvaluationBatch;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.creditfile.api.RecordLeavingScope;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.support.CreditFileFixtures;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScopeAndBatchTest {

    private static final LocalDate INCLUDED = LocalDate.of(2026, 1, 5);
    private static final LocalDate CLOSED = LocalDate.of(2026, 2, 1);
    private static final EnterpriseLeftScope LEFT = new EnterpriseLeftScope(CODE, ScopeExitReason.CLOSED, CLOSED,
                                                                           "企业已注销", null);

    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers());
    }

    @Test
    void anOfficerIncludesTheEnterpriseInABatchOnce() {
        fixture.given(registered())
               .when(new IncludeInEvaluationBatch(CODE, "2026-TRIAL", INCLUDED), OFFICER)
               .expectEvents(new EnterpriseIncludedInBatch(CODE, "2026-TRIAL", INCLUDED));
        refused(fixture.given(registered(), new EnterpriseIncludedInBatch(CODE, "2026-TRIAL", INCLUDED)),
                new IncludeInEvaluationBatch(CODE, "2026-TRIAL", INCLUDED), OFFICER,
                "batch.alreadyIncluded [2026-TRIAL]");
        refused(fixture.given(registered()), new IncludeInEvaluationBatch(CODE, "第一批", INCLUDED), OFFICER,
                "batch.code.invalid [第一批]");
    }

    @Test
    void anEnterpriseLeavesScopeWithAReason() {
        fixture.given(registered())
               .when(new RecordLeavingScope(CODE, ScopeExitReason.CLOSED, CLOSED, "企业已注销", null), OFFICER)
               .expectEvents(LEFT);
        fixture.given(registered())
               .when(new RecordLeavingScope(CODE, ScopeExitReason.MERGED, CLOSED, "吸收合并", OTHER_CODE), OFFICER)
               .expectEvents(new EnterpriseLeftScope(CODE, ScopeExitReason.MERGED, CLOSED, "吸收合并", OTHER_CODE));
    }

    @Test
    void leavingScopeNeedsAConsistentReason() {
        refused(fixture.given(registered()),
                new RecordLeavingScope(CODE, ScopeExitReason.CLOSED, CLOSED, " ", null), OFFICER,
                "text.required [field.explanation]");
        refused(fixture.given(registered()),
                new RecordLeavingScope(CODE, ScopeExitReason.MERGED, CLOSED, "合并", null), OFFICER,
                "scope.successor.invalid [null]");
        refused(fixture.given(registered()),
                new RecordLeavingScope(CODE, ScopeExitReason.MERGED, CLOSED, "合并", CODE), OFFICER,
                "scope.successor.self");
        refused(fixture.given(registered()),
                new RecordLeavingScope(CODE, ScopeExitReason.RELOCATED, CLOSED, "迁至河北", OTHER_CODE), OFFICER,
                "scope.successor.onlyForMerger");
    }

    @Test
    void everyCommandForAnEnterpriseThatLeftScopeIsRefused() {
        String message = "creditFile.leftScope [" + CODE + "]";
        refused(fixture.given(registered(), LEFT),
                new RecordFact(CODE, id(1), FactType.TAX, LocalDate.of(2025, 5, 1), FactSource.TAX,
                               Evidence.of("税务通知"), FactAttributes.of("status", "PAID")), OFFICER, message);
        refused(fixture.given(registered(), LEFT), new ChangeEnterpriseProfile(CODE, profile(), CLOSED), OFFICER,
                message);
        refused(fixture.given(registered(), LEFT), new IncludeInEvaluationBatch(CODE, "2026-TRIAL", CLOSED), OFFICER,
                message);
        refused(fixture.given(registered(), LEFT),
                new RecordLeavingScope(CODE, ScopeExitReason.CLOSED, CLOSED, "again", null), OFFICER, message);
        refused(fixture.given(registered(), LEFT),
                new DeclareItem(CODE, id(2), FactType.CREDIT_COMMITMENT, CLOSED, Evidence.of("承诺书"),
                                FactAttributes.of("text", "守法经营")), ENTERPRISE, message);
    }
}
