package org.greencredit.domain.creditfile;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.decisionnumber.DecisionNumbers;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;

/**
 * The input rules every command of a credit file shares and that need nothing of the file's state: ids, texts,
 * evidence, decision numbers, deadlines and the indicator version a decision was made with.
 */
final class CreditFileRules {

    private static final int MAX_NOTE_LENGTH = 1000;
    private static final int MAX_DECISION_NO_LENGTH = 200;
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern BATCH_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    private CreditFileRules() {
    }

    /** Refuses, as {@code refusalKey}, an id that is not a lower-case UUID: ids are made by the sender, once. */
    static void requireUuid(String id, String refusalKey) {
        if (id == null || !UUID_FORM.matcher(id).matches()) {
            throw new RuleViolation(refusalKey, String.valueOf(id));
        }
    }

    static void requireBatchCode(String batchCode) {
        if (batchCode == null || !BATCH_CODE.matcher(batchCode).matches()) {
            throw new RuleViolation("batch.code.invalid", String.valueOf(batchCode));
        }
    }

    static void requireProfile(EnterpriseProfile candidate, String creditCode) {
        if (candidate == null) {
            throw new RuleViolation("enterprise.profile.required");
        }
        candidate.validate(creditCode);
    }

    static void requireEvidence(Evidence evidence) {
        if (evidence == null) {
            throw new RuleViolation("fact.evidence.required");
        }
        evidence.validate();
    }

    static void requireText(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text.required", what);
        }
        requireAtMostNoteLength(what, text);
    }

    static void requireAtMostNoteLength(String what, String text) {
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            throw new RuleViolation("text.tooLong", what, MAX_NOTE_LENGTH);
        }
    }

    /** A successor is named for a merger only, and it is another enterprise with a valid credit code. */
    static void requireSuccessorFits(ScopeExitReason reason, String successorCreditCode, String creditCode) {
        if (reason == ScopeExitReason.MERGED) {
            if (!CreditCode.isValid(successorCreditCode)) {
                throw new RuleViolation("scope.successor.invalid", String.valueOf(successorCreditCode));
            }
            if (successorCreditCode.equals(creditCode)) {
                throw new RuleViolation("scope.successor.self");
            }
        } else if (successorCreditCode != null) {
            throw new RuleViolation("scope.successor.onlyForMerger");
        }
    }

    /** Recorded facts come from a department or a third party; what an enterprise says is declared, not recorded. */
    static void requireRecordedSource(FactSource source) {
        if (source == null) {
            throw new RuleViolation("fact.source.required");
        }
        if (source == FactSource.SELF_DECLARATION) {
            throw new RuleViolation("fact.source.declarationsAreDeclared");
        }
    }

    /** A note is short; finding a declaration false needs one, because it becomes the evidence of a fact. */
    static void requireVerificationNote(VerificationOutcome outcome, String note) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new RuleViolation("verification.note.tooLong", MAX_NOTE_LENGTH);
        }
        if (outcome == VerificationOutcome.FALSE) {
            requireText("field.note", note);
        }
    }

    static FactAttributes attributesOf(FactAttributes attributes) {
        return attributes == null ? FactAttributes.empty() : attributes;
    }

    static void requireDecisionNumberFree(String decisionNo, DecisionNumbers decisionNumbers) {
        if (decisionNo.length() > MAX_DECISION_NO_LENGTH) {
            throw new RuleViolation("violation.decisionNo.tooLong", MAX_DECISION_NO_LENGTH);
        }
        if (decisionNumbers.isClaimed(decisionNo)) {
            throw new RuleViolation("violation.decisionNo.duplicate", decisionNo);
        }
    }

    /** Today, refusing while {@code deadline} has not passed yet: deadline work happens the day after it. */
    static LocalDate dueAfter(LocalDate deadline, Clock clock) {
        LocalDate today = BusinessDay.today(clock);
        if (!today.isAfter(deadline)) {
            throw new RuleViolation("deadline.notPassed", deadline);
        }
        return today;
    }

    /** The engine of the version a decision or an evaluation names: it is never replaced, only retired. */
    static ScoringEngine engine(String system, String versionHash, IndicatorVersions versions) {
        return versions.version(system, versionHash).orElseThrow(
                () -> new RuleViolation("indicator.version.notFound", String.valueOf(versionHash)));
    }

    static ScoringEngine engine(GradeDecision decision, IndicatorVersions versions) {
        return engine(decision.system(), decision.versionHash(), versions);
    }

    /** The id of the false-declaration fact raised for an item: derived, so the same item always gives the same id. */
    static String falseDeclarationId(String itemId) {
        return UUID.nameUUIDFromBytes(("FALSE_DECLARATION:" + itemId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
