package org.greencredit.domain.support;

import static org.greencredit.domain.support.CreditFileFixtures.CODE;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.DeclarationClosed;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.DisclosureClosed;
import org.greencredit.domain.creditfile.api.EvaluationDisclosed;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.scoring.GradeDecision;

/**
 * The 2026 trial cycle as an enterprise's credit file sees it: opened on Monday 2026-03-02, evaluating 2025 with
 * the default version. Its dates, counted by hand on the 2026 arrangement: declarations until 2026-03-23 (15 working
 * days), verification until 2026-04-21 (20 more; 清明 4–6 April off), disclosure 2026-04-22 to 2026-05-08 (10 working
 * days; 劳动节 1–5 May off).
 */
public final class EvaluationFixtures {

    public static final String CYCLE = "2026-TRIAL-1";
    public static final LocalDate OPENED_ON = LocalDate.of(2026, 3, 2);
    public static final LocalDate PERIOD_FROM = LocalDate.of(2025, 1, 1);
    public static final LocalDate PERIOD_TO = LocalDate.of(2025, 12, 31);
    public static final LocalDate DECLARATION_DEADLINE = LocalDate.of(2026, 3, 23);
    public static final LocalDate VERIFICATION_DEADLINE = LocalDate.of(2026, 4, 21);
    public static final LocalDate DISCLOSURE_START = LocalDate.of(2026, 4, 22);
    public static final LocalDate DISCLOSURE_END = LocalDate.of(2026, 5, 8);

    /** 2025-03-10: a SERIOUS abnormal-facility violation fined 20,000 yuan — PP03 −10 and ceiling C02. */
    public static final LocalDate SERIOUS_ON = LocalDate.of(2025, 3, 10);
    public static final FactAttributes SERIOUS = FactAttributes.of(
            "category", "FACILITY_ABNORMAL", "severity", "SERIOUS", "fineYuan", new BigDecimal("20000"),
            "measures", List.of("FINE"), "decisionNo", "京通环罚〔2025〕31号", "medium", "AIR",
            "penaltyExempted", false);

    private EvaluationFixtures() {
    }

    public static FactRecorded seriousViolation(String factId) {
        return new FactRecorded(CODE, factId, FactType.VIOLATION, SERIOUS_ON, FactSource.ENFORCEMENT,
                                Evidence.of("京通环罚〔2025〕31号"), SERIOUS);
    }

    public static ResolvedFact seriousViolationFact(String factId) {
        return new ResolvedFact(factId, FactType.VIOLATION, SERIOUS_ON, SERIOUS);
    }

    public static EvaluationOpened opened() {
        return new EvaluationOpened(CODE, CYCLE, PERIOD_FROM, PERIOD_TO, DefaultIndicatorSystem.SYSTEM,
                                    DefaultIndicatorSystem.VERSION, DefaultVersions.HASH, DECLARATION_DEADLINE,
                                    VERIFICATION_DEADLINE);
    }

    public static DeclarationClosed declarationClosed() {
        return new DeclarationClosed(CODE, CYCLE, DECLARATION_DEADLINE.plusDays(1));
    }

    /** The id of the n-th decision of the enterprise's file. */
    public static String decisionId(int n) {
        return UUID.nameUUIDFromBytes((CODE + "/decision/" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The preliminary decision on {@code facts}, as the verification deadline's grading makes it. */
    public static GradeDecision preliminaryOn(List<ResolvedFact> facts) {
        return DefaultVersions.ENGINE.score(facts, PERIOD_FROM, PERIOD_TO, VERIFICATION_DEADLINE);
    }

    public static GradeDecided graded(int n, GradeDecision decision) {
        return new GradeDecided(CODE, decisionId(n), DecisionKind.PRELIMINARY, CYCLE,
                                VERIFICATION_DEADLINE.plusDays(1), decision, null,
                                new DecisionTrigger(DecisionTrigger.GRADING, CYCLE));
    }

    public static EvaluationDisclosed disclosed() {
        return new EvaluationDisclosed(CODE, CYCLE, DISCLOSURE_START, DISCLOSURE_END);
    }

    public static DisclosureClosed disclosureClosed() {
        return new DisclosureClosed(CODE, CYCLE, DISCLOSURE_END.plusDays(3));
    }

    public static GradeDecided published(int n, int basedOn, GradeDecision decision, LocalDate on) {
        return new GradeDecided(CODE, decisionId(n), DecisionKind.FINAL, CYCLE, on, decision, decisionId(basedOn),
                                new DecisionTrigger(DecisionTrigger.PUBLICATION, CYCLE));
    }
}
