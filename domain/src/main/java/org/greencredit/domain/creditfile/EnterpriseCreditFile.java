package org.greencredit.domain.creditfile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;
import static org.greencredit.domain.actor.Role.ASSESSOR;
import static org.greencredit.domain.actor.Role.ENTERPRISE;
import static org.greencredit.domain.actor.Role.OFFICER;
import static org.greencredit.domain.actor.Role.REVIEWER;
import static org.greencredit.domain.actor.Role.SYSTEM;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.ApplyForRepair;
import org.greencredit.domain.creditfile.api.ChangeEnterpriseProfile;
import org.greencredit.domain.creditfile.api.CloseDeclaration;
import org.greencredit.domain.creditfile.api.CloseDisclosure;
import org.greencredit.domain.creditfile.api.CompleteVerification;
import org.greencredit.domain.creditfile.api.CorrectViolation;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DecideRepair;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.DeclarationClosed;
import org.greencredit.domain.creditfile.api.DeclareItem;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.DisclosureClosed;
import org.greencredit.domain.creditfile.api.EnterpriseIncludedInBatch;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.EvaluationDisclosed;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.FileObjection;
import org.greencredit.domain.creditfile.api.FinalPublicationAnnounced;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.GradeEvaluation;
import org.greencredit.domain.creditfile.api.IncludeInEvaluationBatch;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.ObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.OpenEvaluation;
import org.greencredit.domain.creditfile.api.PublishFinalGrade;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.creditfile.api.RecordLeavingScope;
import org.greencredit.domain.creditfile.api.RecordObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.RecordRepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.creditfile.api.RegradeAfterReview;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairOutcome;
import org.greencredit.domain.creditfile.api.RepairRejected;
import org.greencredit.domain.creditfile.api.ReviewObjection;
import org.greencredit.domain.creditfile.api.VerificationCompleted;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.VerifyDeclaredItem;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.decisionnumber.DecisionNumberClaim;
import org.greencredit.domain.decisionnumber.DecisionNumberKey;
import org.greencredit.domain.decisionnumber.DecisionNumbers;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.SourceRecord;
import org.greencredit.domain.intake.SourceRecordClaim;
import org.greencredit.domain.intake.SourceRecords;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.RepairRules;
import org.greencredit.domain.repair.RepairCondition;
import org.greencredit.domain.repair.RepairEligibility;
import org.greencredit.domain.scoring.DynamicAdjustment;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;

/**
 * 企业信用档案: everything known about one enterprise, as one event stream identified by its credit code — its
 * profile, batches, facts, declarations and their verification. Any later decision is a pure function of the
 * stream before it.
 *
 * <p>Command handlers receive the {@link Actor} from the message metadata, a {@link Clock} for "today" (business
 * dates may not lie in the future) and, where needed, the district's {@link DecisionNumbers}.
 */
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class EnterpriseCreditFile {

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern BATCH_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    private static final int MAX_NOTE_LENGTH = 1000;
    private static final int MAX_DECISION_NO_LENGTH = 200;

    @AggregateIdentifier
    private String creditCode;
    private LocalDate establishedOn;
    private EnterpriseProfile profile;
    private final Set<String> batches = new TreeSet<>();
    private boolean leftScope;
    private final FactLedger ledger = new FactLedger();
    private final Map<String, Evaluation> evaluations = new LinkedHashMap<>();
    private final DecisionHistory decisions = new DecisionHistory();
    private final Map<String, RepairApplication> repairs = new LinkedHashMap<>();

    /**
     * Registration loads an existing file instead of failing late on a duplicate stream, so it can say why. An
     * imported registration of an enterprise already registered with the same particulars is answered as already
     * recorded; with other particulars it conflicts, naming them — a profile change is the way to change them.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    RowOutcome handle(RegisterEnterprise command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        if (creditCode != null && command.importId() != null) {
            List<String> differences = ImportedContent.differences(establishedOn, profile, command.establishedOn(),
                                                                   command.profile());
            if (differences.isEmpty()) {
                return RowOutcome.ALREADY_RECORDED;
            }
            throw new RuleViolation("import.conflict", String.join(",", differences));
        }
        if (creditCode != null) {
            throw new RuleViolation("enterprise.alreadyRegistered", creditCode);
        }
        CreditCode code = new CreditCode(command.creditCode());
        BusinessDates.notInFuture("field.establishedOn", command.establishedOn(), clock);
        requireProfile(command.profile(), code.value());
        apply(new EnterpriseRegistered(code.value(), command.establishedOn(), command.profile(), command.importId()));
        return RowOutcome.RECORDED;
    }

    @CommandHandler
    void handle(ChangeEnterpriseProfile command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        requireInScope();
        requireProfile(command.profile(), creditCode);
        requireBusinessDate("field.effectiveOn", command.effectiveOn(), clock);
        if (command.profile().equals(profile)) {
            throw new RuleViolation("enterprise.profile.unchanged");
        }
        apply(new EnterpriseProfileChanged(creditCode, command.profile(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(IncludeInEvaluationBatch command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        requireInScope();
        if (command.batchCode() == null || !BATCH_CODE.matcher(command.batchCode()).matches()) {
            throw new RuleViolation("batch.code.invalid", String.valueOf(command.batchCode()));
        }
        if (batches.contains(command.batchCode())) {
            throw new RuleViolation("batch.alreadyIncluded", command.batchCode());
        }
        requireBusinessDate("field.includedOn", command.includedOn(), clock);
        apply(new EnterpriseIncludedInBatch(creditCode, command.batchCode(), command.includedOn()));
    }

    @CommandHandler
    void handle(RecordLeavingScope command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        requireInScope();
        if (command.reason() == null) {
            throw new RuleViolation("scope.reason.required");
        }
        requireBusinessDate("field.leftOn", command.leftOn(), clock);
        requireText("field.explanation", command.explanation());
        if (command.reason() == ScopeExitReason.MERGED) {
            if (!CreditCode.isValid(command.successorCreditCode())) {
                throw new RuleViolation("scope.successor.invalid", String.valueOf(command.successorCreditCode()));
            }
            if (command.successorCreditCode().equals(creditCode)) {
                throw new RuleViolation("scope.successor.self");
            }
        } else if (command.successorCreditCode() != null) {
            throw new RuleViolation("scope.successor.onlyForMerger");
        }
        apply(new EnterpriseLeftScope(creditCode, command.reason(), command.leftOn(), command.explanation().strip(),
                                      command.successorCreditCode()));
    }

    /**
     * Records a fact. A fact imported from a source system is idempotent by its source record: the same record with
     * the same content is answered as already recorded and stores nothing; with other content it conflicts, naming
     * the columns that differ; a record another credit file holds conflicts too.
     */
    @CommandHandler
    RowOutcome handle(RecordFact command, Actor actor, Clock clock, DecisionNumbers decisionNumbers,
                      SourceRecords sourceRecords, IndicatorVersions versions) throws Exception {
        if (command.type() == null) {
            throw new RuleViolation("fact.type.required");
        }
        SourceRecord record = command.sourceRecordId() == null ? null
                : new SourceRecord(command.source(), command.sourceRecordId());
        Permissions.requireMayRecord(actor, command.type(), command.source(), record != null);
        if (record != null) {
            if (!record.factId().equals(command.factId())) {
                throw new RuleViolation("import.factId.mismatch", String.valueOf(command.factId()));
            }
            Optional<ImportedContent> earlier = ledger.importedContent(command.factId());
            if (earlier.isPresent()) {
                return repeatedImport(earlier.get(), command);
            }
        }
        requireInScope();
        requireNewId(command.factId());
        requireBusinessDate("field.occurredOn", command.occurredOn(), clock);
        if (command.source() == null) {
            throw new RuleViolation("fact.source.required");
        }
        if (command.source() == FactSource.SELF_DECLARATION) {
            throw new RuleViolation("fact.source.declarationsAreDeclared");
        }
        requireEvidence(command.evidence());
        FactAttributes attributes = command.type().validate(attributesOf(command.attributes()), command.occurredOn());
        requireReferencesHold(command.type(), attributes, command.occurredOn());
        boolean violation = command.type() == FactType.VIOLATION;
        if (violation) {
            requireDecisionNumberFree(attributes.text("decisionNo"), decisionNumbers);
        }
        if (record != null) {
            requireRecordFree(record, sourceRecords);
        }
        apply(new FactRecorded(creditCode, command.factId(), command.type(), command.occurredOn(), command.source(),
                               command.evidence(), attributes, record == null ? null : record.recordId(),
                               command.importId()));
        if (violation) {
            claimDecisionNumber(attributes.text("decisionNo"), command.factId());
        }
        if (record != null) {
            createNew(SourceRecordClaim.class, () -> new SourceRecordClaim(record, creditCode));
        }
        adjustAfterNewFacts(Set.of(command.factId()), BusinessDay.today(clock), versions);
        return RowOutcome.RECORDED;
    }

    private RowOutcome repeatedImport(ImportedContent earlier, RecordFact command) {
        requireEvidence(command.evidence());
        FactAttributes attributes = command.type().validate(attributesOf(command.attributes()), command.occurredOn());
        List<String> differences = earlier.differences(new ImportedContent(command.type(), command.occurredOn(),
                                                                           command.evidence(), attributes));
        if (!differences.isEmpty()) {
            throw new RuleViolation("import.conflict", String.join(",", differences));
        }
        return RowOutcome.ALREADY_RECORDED;
    }

    private void requireRecordFree(SourceRecord record, SourceRecords sourceRecords) {
        Optional<String> holder = sourceRecords.holder(record);
        if (holder.isPresent() && !holder.get().equals(creditCode)) {
            throw new RuleViolation("import.sourceRecord.otherEnterprise", record.recordId(), holder.get());
        }
    }

    @CommandHandler
    void handle(CorrectViolation command, Actor actor, Clock clock, DecisionNumbers decisionNumbers,
                IndicatorVersions versions) throws Exception {
        actor.requireRole(OFFICER);
        requireInScope();
        RecordedFact violation = ledger.fact(command.violationId())
                                       .filter(fact -> fact.type() == FactType.VIOLATION)
                                       .orElseThrow(() -> new RuleViolation("violation.notFound",
                                                                            String.valueOf(command.violationId())));
        if (violation.status() == FactStatus.REVOKED) {
            throw new RuleViolation("violation.alreadyRevoked", command.violationId());
        }
        if (command.outcome() == null) {
            throw new RuleViolation("correction.outcome.required");
        }
        requireBusinessDate("field.decidedOn", command.decidedOn(), clock);
        BusinessDates.notBefore("field.decidedOn", command.decidedOn(), "field.occurredOn", violation.occurredOn());
        requireEvidence(command.evidence());
        FactAttributes newAttributes = FactAttributes.empty();
        String newDecisionNo = null;
        if (command.outcome() == CorrectionOutcome.CHANGED) {
            if (command.newAttributes() == null || command.newAttributes().names().isEmpty()) {
                throw new RuleViolation("correction.newAttributes.required");
            }
            newAttributes = FactType.VIOLATION.validate(command.newAttributes(), violation.occurredOn());
            String oldKey = DecisionNumberKey.of(violation.attributes().text("decisionNo"));
            if (!oldKey.equals(DecisionNumberKey.of(newAttributes.text("decisionNo")))) {
                newDecisionNo = newAttributes.text("decisionNo");
                requireDecisionNumberFree(newDecisionNo, decisionNumbers);
            }
        } else if (command.newAttributes() != null && !command.newAttributes().names().isEmpty()) {
            throw new RuleViolation("correction.newAttributes.onlyForChange");
        }
        apply(new ViolationCorrected(creditCode, command.violationId(), command.outcome(), command.decidedOn(),
                                     command.evidence(), newAttributes));
        if (newDecisionNo != null) {
            claimDecisionNumber(newDecisionNo, command.violationId());
        }
        adjustAfterCorrection(command.violationId(), BusinessDay.today(clock), versions);
    }

    @CommandHandler
    void handle(DeclareItem command, Actor actor, Clock clock) {
        actor.requireRole(ENTERPRISE);
        actor.requireOwnFileIfEnterprise(creditCode);
        requireInScope();
        Evaluation evaluation = evaluations.values().stream()
                                           .filter(candidate -> candidate.state() == EvaluationState.DECLARATION)
                                           .findFirst()
                                           .orElseThrow(() -> new RuleViolation("declaration.noOpenWindow"));
        if (BusinessDay.today(clock).isAfter(evaluation.declarationDeadline())) {
            throw new RuleViolation("declaration.deadlinePassed", evaluation.declarationDeadline());
        }
        if (command.type() == null) {
            throw new RuleViolation("fact.type.required");
        }
        Permissions.requireDeclarable(command.type());
        requireNewId(command.itemId());
        requireBusinessDate("field.occurredOn", command.occurredOn(), clock);
        requireEvidence(command.evidence());
        FactAttributes attributes = command.type().validate(attributesOf(command.attributes()), command.occurredOn());
        requireReferencesHold(command.type(), attributes, command.occurredOn());
        apply(new ItemDeclared(creditCode, command.itemId(), evaluation.cycleId(), command.type(),
                               command.occurredOn(), command.evidence(), attributes));
    }

    @CommandHandler
    void handle(VerifyDeclaredItem command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(ASSESSOR);
        requireInScope();
        DeclaredItem item = ledger.declaration(command.itemId()).orElseThrow(
                () -> new RuleViolation("declaration.notFound", String.valueOf(command.itemId())));
        if (item.status() != DeclarationStatus.PENDING) {
            throw new RuleViolation("declaration.alreadyVerified", command.itemId(),
                                    "declarationStatus." + item.status());
        }
        if (item.cycleId() != null) {
            requireVerificationOpen(evaluation(item.cycleId()), clock);
        }
        if (command.outcome() == null) {
            throw new RuleViolation("verification.outcome.required");
        }
        requireBusinessDate("field.verifiedOn", command.verifiedOn(), clock);
        BusinessDates.notBefore("field.verifiedOn", command.verifiedOn(), "field.occurredOn", item.occurredOn());
        if (command.note() != null && command.note().length() > MAX_NOTE_LENGTH) {
            throw new RuleViolation("verification.note.tooLong", MAX_NOTE_LENGTH);
        }
        if (command.outcome() == VerificationOutcome.FALSE) {
            requireText("field.note", command.note());
        }
        apply(new DeclaredItemVerified(creditCode, command.itemId(), command.outcome(), command.verifiedOn(),
                                       command.note()));
        if (command.outcome() == VerificationOutcome.FALSE) {
            apply(new FactRecorded(creditCode, falseDeclarationId(command.itemId()), FactType.FALSE_DECLARATION,
                                   command.verifiedOn(), FactSource.THIRD_PARTY,
                                   new Evidence(null, command.note().strip()),
                                   FactAttributes.of("declarationItemId", command.itemId())));
            adjustAfterNewFacts(Set.of(falseDeclarationId(command.itemId())), BusinessDay.today(clock), versions);
        }
    }

    /** Items of a cycle are verified while its verification is open: after declarations closed, up to its deadline. */
    private static void requireVerificationOpen(Evaluation evaluation, Clock clock) {
        evaluation.requireState(EvaluationState.VERIFICATION);
        if (BusinessDay.today(clock).isAfter(evaluation.verificationDeadline())) {
            throw new RuleViolation("verification.deadlinePassed", evaluation.verificationDeadline());
        }
    }

    @CommandHandler
    void handle(OpenEvaluation command, Actor actor) {
        actor.requireRole(SYSTEM);
        requireInScope();
        if (evaluations.containsKey(command.cycleId())) {
            throw new RuleViolation("evaluation.alreadyOpen", command.cycleId());
        }
        evaluations.values().stream().filter(evaluation -> evaluation.state().beforeGrading()).findFirst()
                   .ifPresent(other -> {
                       throw new RuleViolation("evaluation.anotherInProgress", other.cycleId());
                   });
        apply(new EvaluationOpened(creditCode, command.cycleId(), command.periodFrom(), command.periodTo(),
                                   command.indicatorSystem(), command.indicatorVersion(), command.versionHash(),
                                   command.declarationDeadline(), command.verificationDeadline()));
    }

    @CommandHandler
    void handle(CloseDeclaration command, Actor actor, Clock clock) {
        actor.requireRole(SYSTEM);
        Evaluation evaluation = evaluation(command.cycleId());
        evaluation.requireState(EvaluationState.DECLARATION);
        LocalDate today = dueAfter(evaluation.declarationDeadline(), clock);
        apply(new DeclarationClosed(creditCode, command.cycleId(), today));
    }

    @CommandHandler
    void handle(CompleteVerification command, Actor actor, Clock clock) {
        actor.requireRole(ASSESSOR);
        Evaluation evaluation = evaluation(command.cycleId());
        evaluation.requireState(EvaluationState.VERIFICATION);
        List<String> pending = ledger.pendingItems(command.cycleId());
        if (!pending.isEmpty()) {
            throw new RuleViolation("verification.itemsPending", pending.size());
        }
        apply(new VerificationCompleted(creditCode, command.cycleId(), BusinessDay.today(clock)));
    }

    /** Items nobody verified lapse; the preliminary decision is made on what counts and disclosed. */
    @CommandHandler
    void handle(GradeEvaluation command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(SYSTEM);
        Evaluation evaluation = evaluation(command.cycleId());
        if (evaluation.state() != EvaluationState.VERIFIED) {
            evaluation.requireState(EvaluationState.VERIFICATION);
        }
        BusinessDates.require("field.asOf", command.asOf());
        BusinessDates.require("field.disclosureStart", command.disclosureStart());
        BusinessDates.notBefore("field.disclosureEnd", command.disclosureEnd(), "field.disclosureStart",
                                command.disclosureStart());
        LocalDate today = BusinessDay.today(clock);
        List<String> pending = ledger.pendingItems(command.cycleId());
        if (!pending.isEmpty()) {
            apply(new DeclaredItemsLapsed(creditCode, command.cycleId(), pending, today));
        }
        GradeDecision decision = engine(evaluation.indicatorSystem(), evaluation.versionHash(), versions)
                .score(ledger.resolved(), evaluation.periodFrom(), evaluation.periodTo(), command.asOf());
        decide(DecisionKind.PRELIMINARY, command.cycleId(), today, decision, null,
               new DecisionTrigger(DecisionTrigger.GRADING, command.cycleId()));
        apply(new EvaluationDisclosed(creditCode, command.cycleId(), command.disclosureStart(),
                                      command.disclosureEnd()));
    }

    @CommandHandler
    void handle(FileObjection command, Actor actor, Clock clock, CalendarSource calendar, IndicatorVersions versions) {
        actor.requireRole(ENTERPRISE);
        actor.requireOwnFileIfEnterprise(creditCode);
        Evaluation evaluation = evaluation(command.cycleId());
        LocalDate today = BusinessDay.today(clock);
        if (evaluation.state().beforeGrading()) {
            throw new RuleViolation("objection.notDisclosed", command.cycleId());
        }
        if (evaluation.state() == EvaluationState.PUBLISHED || evaluation.disclosureClosed()
                || today.isAfter(evaluation.disclosureEnd())) {
            throw new RuleViolation("objection.disclosureOver", evaluation.disclosureEnd());
        }
        if (today.isBefore(evaluation.disclosureStart())) {
            throw new RuleViolation("objection.disclosureNotStarted", evaluation.disclosureStart());
        }
        if (evaluation.objection() != null) {
            throw new RuleViolation("objection.alreadyFiled", command.cycleId());
        }
        requireText("field.objectionReason", command.reason());
        requireEvidence(command.evidence());
        int reviewDays = engine(evaluation.indicatorSystem(), evaluation.versionHash(), versions)
                .system().evaluation().reviewWorkingDays();
        LocalDate reviewDeadline = calendar.workingDays().after(today, reviewDays);
        apply(new ObjectionFiled(creditCode, command.cycleId(), command.reason().strip(), command.evidence(), today,
                                 reviewDeadline));
    }

    @CommandHandler
    void handle(ReviewObjection command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(REVIEWER);
        Evaluation evaluation = evaluation(command.cycleId());
        Objection objection = objectionAwaitingReview(evaluation);
        if (command.outcome() == null) {
            throw new RuleViolation("objection.outcome.required");
        }
        requireText("field.reasoning", command.reasoning());
        LocalDate today = BusinessDay.today(clock);
        BusinessDates.notBefore("field.reviewedOn", today, "field.filedOn", objection.filedOn());
        apply(new ObjectionReviewed(creditCode, command.cycleId(), command.outcome(), command.reasoning().strip(),
                                    today));
        if (command.outcome() == ObjectionOutcome.REJECTED && evaluation.publicationAnnounced()) {
            publishFinal(command.cycleId(), today, versions);
        }
    }

    /**
     * After an upheld objection the officer corrects the facts, then regrades: the same period and decision date as
     * the preliminary decision, on the facts as they now stand.
     */
    @CommandHandler
    void handle(RegradeAfterReview command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(OFFICER);
        Evaluation evaluation = evaluation(command.cycleId());
        if (evaluation.objection() == null || evaluation.objection().status() != ObjectionStatus.UPHELD) {
            throw new RuleViolation("objection.notUpheld", command.cycleId());
        }
        LocalDate today = BusinessDay.today(clock);
        RecordedDecision preliminary = decision(evaluation.standingDecisionId());
        GradeDecision regraded = engine(evaluation.indicatorSystem(), evaluation.versionHash(), versions)
                .score(ledger.resolved(), preliminary.decision().periodFrom(), preliminary.decision().periodTo(),
                       preliminary.decision().asOf());
        decide(DecisionKind.REVIEWED, command.cycleId(), today, regraded, preliminary.decisionId(),
               new DecisionTrigger(DecisionTrigger.REVIEW, preliminary.decisionId()));
        if (evaluation.publicationAnnounced()) {
            publishFinal(command.cycleId(), today, versions);
        }
    }

    @CommandHandler
    void handle(CloseDisclosure command, Actor actor, Clock clock) {
        actor.requireRole(SYSTEM);
        Evaluation evaluation = evaluation(command.cycleId());
        evaluation.requireState(EvaluationState.GRADED);
        if (evaluation.disclosureClosed()) {
            throw new RuleViolation("disclosure.alreadyClosed", command.cycleId());
        }
        LocalDate today = dueAfter(evaluation.disclosureEnd(), clock);
        apply(new DisclosureClosed(creditCode, command.cycleId(), today));
    }

    /** Publishes now, or, while an objection is being reviewed, announces that the FINAL decision follows it. */
    @CommandHandler
    void handle(PublishFinalGrade command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(SYSTEM);
        Evaluation evaluation = evaluation(command.cycleId());
        evaluation.requireState(EvaluationState.GRADED);
        if (!evaluation.disclosureClosed()) {
            throw new RuleViolation("disclosure.notClosed", command.cycleId());
        }
        if (evaluation.publicationAnnounced()) {
            throw new RuleViolation("publication.alreadyAnnounced", command.cycleId());
        }
        LocalDate today = BusinessDay.today(clock);
        if (evaluation.publishable()) {
            publishFinal(command.cycleId(), today, versions);
        } else {
            apply(new FinalPublicationAnnounced(creditCode, command.cycleId(), today));
        }
    }

    @CommandHandler
    void handle(RecordObjectionReviewOverdue command, Actor actor, Clock clock) {
        actor.requireRole(SYSTEM);
        Objection objection = objectionAwaitingReview(evaluation(command.cycleId()));
        if (objection.overdue()) {
            throw new RuleViolation("objection.alreadyOverdue", command.cycleId());
        }
        dueAfter(objection.reviewDeadline(), clock);
        apply(new ObjectionReviewOverdue(creditCode, command.cycleId(), objection.reviewDeadline()));
    }

    @CommandHandler
    void handle(ApplyForRepair command, Actor actor, Clock clock, CalendarSource calendar,
                IndicatorVersions versions) {
        actor.requireRole(ENTERPRISE);
        actor.requireOwnFileIfEnterprise(creditCode);
        requireInScope();
        if (command.applicationId() == null || !UUID_FORM.matcher(command.applicationId()).matches()) {
            throw new RuleViolation("repair.id.invalid", String.valueOf(command.applicationId()));
        }
        if (repairs.containsKey(command.applicationId())) {
            throw new RuleViolation("repair.id.duplicate", command.applicationId());
        }
        repairs.values().stream().filter(application -> application.status() == RepairStatus.PENDING).findFirst()
               .ifPresent(pending -> {
                   throw new RuleViolation("repair.alreadyPending", pending.applicationId());
               });
        LocalDate today = BusinessDay.today(clock);
        RecordedDecision inForce = effectiveDecision().orElseThrow(() -> new RuleViolation("repair.noGrade"));
        RepairRules rules = engine(inForce.decision(), versions).system().repair();
        List<String> factIds = command.factIds() == null ? List.of() : command.factIds();
        if (new HashSet<>(factIds).size() != factIds.size()) {
            throw new RuleViolation("repair.facts.duplicate");
        }
        RepairEligibility.requireRepairable(rules, inForce.decision(), factIds, today);
        requireEvidence(command.evidence());
        if (command.commitment() != null && command.commitment().length() > MAX_NOTE_LENGTH) {
            throw new RuleViolation("text.tooLong", "field.commitment", MAX_NOTE_LENGTH);
        }
        String commitment = command.commitment() == null || command.commitment().isBlank()
                ? null : command.commitment().strip();
        List<RepairCondition> conditions = RepairEligibility.evaluate(rules, inForce.decision(), inForce.decidedOn(),
                                                                      ledger.resolved(), factIds, commitment, today);
        LocalDate deadline = calendar.workingDays().after(today, rules.decisionWorkingDays());
        apply(new RepairApplied(creditCode, command.applicationId(), List.copyOf(factIds), command.evidence(),
                                commitment, conditions, today, deadline));
    }

    /**
     * Approval needs every condition to hold on the day of the decision; the named facts stop counting and the
     * grade in force is decided again on its own period and date.
     */
    @CommandHandler
    void handle(DecideRepair command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(OFFICER);
        RepairApplication application = pendingRepair(command.applicationId());
        if (command.outcome() == null) {
            throw new RuleViolation("repair.outcome.required");
        }
        LocalDate today = BusinessDay.today(clock);
        if (command.outcome() == RepairOutcome.REJECTED) {
            requireText("field.rejectionReason", command.reason());
            apply(new RepairRejected(creditCode, command.applicationId(), command.reason().strip(), today));
            return;
        }
        RecordedDecision inForce = effectiveDecision().orElseThrow(() -> new RuleViolation("repair.noGrade"));
        ScoringEngine engine = engine(inForce.decision(), versions);
        RepairRules rules = engine.system().repair();
        RepairEligibility.requireRepairable(rules, inForce.decision(), application.factIds(), today);
        List<String> failing = RepairEligibility.evaluate(rules, inForce.decision(), inForce.decidedOn(),
                                                          ledger.resolved(), application.factIds(),
                                                          application.commitment(), today)
                                                .stream().filter(condition -> !condition.holds())
                                                .map(condition -> "repairCondition." + condition.condition())
                                                .toList();
        if (!failing.isEmpty()) {
            throw new RuleViolation("repair.conditionsNotMet", String.join(", ", failing));
        }
        apply(new RepairApproved(creditCode, command.applicationId(), application.factIds(), today));
        GradeDecision repaired = engine.score(ledger.resolved(), inForce.decision().periodFrom(),
                                              inForce.decision().periodTo(), inForce.decision().asOf());
        decide(DecisionKind.REPAIR, inForce.cycleId(), today, repaired, inForce.decisionId(),
               new DecisionTrigger(DecisionTrigger.REPAIR, command.applicationId()));
    }

    @CommandHandler
    void handle(RecordRepairDecisionOverdue command, Actor actor, Clock clock) {
        actor.requireRole(SYSTEM);
        RepairApplication application = pendingRepair(command.applicationId());
        if (application.overdue()) {
            throw new RuleViolation("repair.alreadyOverdue", command.applicationId());
        }
        dueAfter(application.decisionDeadline(), clock);
        apply(new RepairDecisionOverdue(creditCode, command.applicationId(), application.decisionDeadline()));
    }

    /** The facts that count at this point of the stream (see {@link FactLedger#resolved()}). */
    public List<ResolvedFact> resolvedFacts() {
        return ledger.resolved();
    }

    /** Every grade decision of this enterprise, oldest first. */
    public List<RecordedDecision> decisions() {
        return decisions.all();
    }

    /** The evaluation of a cycle, if this enterprise takes part in it. */
    public Optional<Evaluation> evaluationOf(String cycleId) {
        return Optional.ofNullable(evaluations.get(cycleId));
    }

    /** A repair application by id. */
    public Optional<RepairApplication> repairApplication(String applicationId) {
        return Optional.ofNullable(repairs.get(applicationId));
    }

    /** The grade in force now: the latest FINAL, REVIEWED, DYNAMIC or REPAIR decision. */
    public Optional<RecordedDecision> effectiveDecision() {
        return decisions.inForce();
    }

    /** The grade in force on {@code date}: the latest decision in force that was made on or before it. */
    public Optional<RecordedDecision> effectiveDecisionOn(LocalDate date) {
        return decisions.inForceOn(date);
    }

    /** A new fact that hits a veto, ceiling or downgrade lowers the grade in force at once. */
    private void adjustAfterNewFacts(Set<String> newFactIds, LocalDate today, IndicatorVersions versions) {
        Optional<RecordedDecision> inForce = effectiveDecision();
        if (inForce.isEmpty() || newFactIds.isEmpty()) {
            return;
        }
        RecordedDecision current = inForce.get();
        DynamicAdjustment.afterNewFacts(engine(current.decision(), versions), current.decision(),
                                        ledger.resolved(), newFactIds)
                         .ifPresent(adjustment -> decide(
                                 DecisionKind.DYNAMIC, current.cycleId(), today, adjustment.decision(),
                                 current.decisionId(),
                                 new DecisionTrigger(DecisionTrigger.NEW_FACT, adjustment.triggeringFactId())));
    }

    /** A corrected fact the grade in force was decided on re-grades it, in either direction. */
    private void adjustAfterCorrection(String factId, LocalDate today, IndicatorVersions versions) {
        Optional<RecordedDecision> inForce = effectiveDecision();
        if (inForce.isEmpty() || inForce.get().decision().facts().stream()
                                        .noneMatch(fact -> fact.factId().equals(factId))) {
            return;
        }
        RecordedDecision current = inForce.get();
        DynamicAdjustment.afterCorrection(engine(current.decision(), versions), current.decision(),
                                          ledger.resolved())
                         .ifPresent(decision -> decide(DecisionKind.DYNAMIC, current.cycleId(), today, decision,
                                                       current.decisionId(),
                                                       new DecisionTrigger(DecisionTrigger.CORRECTION, factId)));
    }

    /**
     * The FINAL decision publishes the standing one as it was disclosed; what changed since — an input fact
     * corrected, a fact learnt later that hits a trigger rule — follows at once as DYNAMIC decisions.
     */
    private void publishFinal(String cycleId, LocalDate today, IndicatorVersions versions) {
        RecordedDecision standing = decision(evaluations.get(cycleId).standingDecisionId());
        decide(DecisionKind.FINAL, cycleId, today, standing.decision(), standing.decisionId(),
               new DecisionTrigger(DecisionTrigger.PUBLICATION, cycleId));
        Map<String, ResolvedFact> now = new HashMap<>();
        ledger.resolved().forEach(fact -> now.put(fact.factId(), fact));
        standing.decision().facts().stream().filter(fact -> !fact.equals(now.get(fact.factId()))).findFirst()
                .ifPresent(changed -> adjustAfterCorrection(changed.factId(), today, versions));
        adjustAfterNewFacts(laterFacts(), today, versions);
    }

    /**
     * Facts counting now that the grade in force did not weigh: recorded after it was made, or dated after its
     * decision date.
     */
    private Set<String> laterFacts() {
        Set<String> weighed = new HashSet<>();
        effectiveDecision().ifPresent(inForce -> inForce.decision().facts().stream()
                .filter(fact -> !fact.occurredOn().isAfter(inForce.decision().asOf()))
                .forEach(fact -> weighed.add(fact.factId())));
        Set<String> later = new TreeSet<>();
        ledger.resolved().stream().map(ResolvedFact::factId).filter(id -> !weighed.contains(id)).forEach(later::add);
        return later;
    }

    private void decide(DecisionKind kind, String cycleId, LocalDate today, GradeDecision decision, String basedOn,
                        DecisionTrigger trigger) {
        apply(new GradeDecided(creditCode, decisions.nextId(creditCode), kind, cycleId, today, decision, basedOn, trigger));
    }

    private Evaluation evaluation(String cycleId) {
        Evaluation evaluation = cycleId == null ? null : evaluations.get(cycleId);
        if (evaluation == null) {
            throw new RuleViolation("evaluation.notFound", String.valueOf(cycleId), creditCode);
        }
        return evaluation;
    }

    private static Objection objectionAwaitingReview(Evaluation evaluation) {
        Objection objection = evaluation.objection();
        if (objection == null) {
            throw new RuleViolation("objection.none", evaluation.cycleId());
        }
        if (objection.status() != ObjectionStatus.FILED) {
            throw new RuleViolation("objection.alreadyReviewed", evaluation.cycleId());
        }
        return objection;
    }

    private RepairApplication pendingRepair(String applicationId) {
        RepairApplication application = applicationId == null ? null : repairs.get(applicationId);
        if (application == null) {
            throw new RuleViolation("repair.notFound", String.valueOf(applicationId));
        }
        if (application.status() != RepairStatus.PENDING) {
            throw new RuleViolation("repair.alreadyDecided", applicationId);
        }
        return application;
    }

    private RecordedDecision decision(String decisionId) {
        return decisions.byId(decisionId)
                        .orElseThrow(() -> new IllegalStateException("no decision " + decisionId));
    }

    private static ScoringEngine engine(String system, String versionHash, IndicatorVersions versions) {
        return versions.version(system, versionHash).orElseThrow(
                () -> new RuleViolation("indicator.version.notFound", String.valueOf(versionHash)));
    }

    private static ScoringEngine engine(GradeDecision decision, IndicatorVersions versions) {
        return engine(decision.system(), decision.versionHash(), versions);
    }

    /** Today, refusing while {@code deadline} has not passed yet: deadline work happens the day after it. */
    private static LocalDate dueAfter(LocalDate deadline, Clock clock) {
        LocalDate today = BusinessDay.today(clock);
        if (!today.isAfter(deadline)) {
            throw new RuleViolation("deadline.notPassed", deadline);
        }
        return today;
    }

    /** The id of the false-declaration fact raised for an item: derived, so the same item always gives the same id. */
    static String falseDeclarationId(String itemId) {
        return UUID.nameUUIDFromBytes(("FALSE_DECLARATION:" + itemId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void requireInScope() {
        if (leftScope) {
            throw new RuleViolation("creditFile.leftScope", creditCode);
        }
    }

    private void requireProfile(EnterpriseProfile candidate, String code) {
        if (candidate == null) {
            throw new RuleViolation("enterprise.profile.required");
        }
        candidate.validate(code);
    }

    private void requireBusinessDate(String what, LocalDate date, Clock clock) {
        BusinessDates.notInFuture(what, date, clock);
        BusinessDates.notBefore(what, date, "field.establishedOn", establishedOn);
    }

    private void requireNewId(String id) {
        if (id == null || !UUID_FORM.matcher(id).matches()) {
            throw new RuleViolation("fact.id.invalid", String.valueOf(id));
        }
        if (ledger.knows(id)) {
            throw new RuleViolation("fact.id.duplicate", id);
        }
    }

    private static void requireEvidence(Evidence evidence) {
        if (evidence == null) {
            throw new RuleViolation("fact.evidence.required");
        }
        evidence.validate();
    }

    private static void requireText(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text.required", what);
        }
        if (text.length() > MAX_NOTE_LENGTH) {
            throw new RuleViolation("text.tooLong", what, MAX_NOTE_LENGTH);
        }
    }

    private static FactAttributes attributesOf(FactAttributes attributes) {
        return attributes == null ? FactAttributes.empty() : attributes;
    }

    private void requireReferencesHold(FactType type, FactAttributes attributes, LocalDate occurredOn) {
        if (type == FactType.PENALTY_FULFILLED) {
            String violationId = attributes.text("violationId");
            RecordedFact violation = requireCountingFact(violationId, FactType.VIOLATION, "violation.notFound");
            if (ledger.isPenaltyFulfilled(violationId)) {
                throw new RuleViolation("violation.alreadyFulfilled", violationId);
            }
            BusinessDates.notBefore("field.occurredOn", occurredOn, "field.violationDate", violation.occurredOn());
        } else if (type == FactType.RECTIFICATION_COMPLETED) {
            String findingId = attributes.text("findingId");
            RecordedFact finding = requireCountingFact(findingId, FactType.DIAGNOSIS_FINDING, "finding.notFound");
            if (ledger.isRectifiedOrDeclaredRectified(findingId)) {
                throw new RuleViolation("finding.alreadyRectified", findingId);
            }
            BusinessDates.notBefore("field.occurredOn", occurredOn, "field.findingDate", finding.occurredOn());
        }
    }

    private RecordedFact requireCountingFact(String id, FactType type, String notFoundKey) {
        RecordedFact fact = ledger.fact(id).filter(found -> found.type() == type)
                                  .orElseThrow(() -> new RuleViolation(notFoundKey, id));
        if (fact.status() == FactStatus.REVOKED) {
            throw new RuleViolation("violation.alreadyRevoked", id);
        }
        return fact;
    }

    private static void requireDecisionNumberFree(String decisionNo, DecisionNumbers decisionNumbers) {
        if (decisionNo.length() > MAX_DECISION_NO_LENGTH) {
            throw new RuleViolation("violation.decisionNo.tooLong", MAX_DECISION_NO_LENGTH);
        }
        if (decisionNumbers.isClaimed(decisionNo)) {
            throw new RuleViolation("violation.decisionNo.duplicate", decisionNo);
        }
    }

    /** Stored in the same unit of work as the fact: if another node claimed the number meanwhile, both fail. */
    private void claimDecisionNumber(String decisionNo, String factId) throws Exception {
        createNew(DecisionNumberClaim.class, () -> new DecisionNumberClaim(decisionNo, creditCode, factId));
    }

    @EventSourcingHandler
    void on(EnterpriseRegistered event) {
        creditCode = event.creditCode();
        establishedOn = event.establishedOn();
        profile = event.profile();
    }

    @EventSourcingHandler
    void on(EnterpriseProfileChanged event) {
        profile = event.profile();
    }

    @EventSourcingHandler
    void on(EnterpriseIncludedInBatch event) {
        batches.add(event.batchCode());
    }

    @EventSourcingHandler
    void on(EnterpriseLeftScope event) {
        leftScope = true;
    }

    @EventSourcingHandler
    void on(FactRecorded event) {
        ledger.apply(event);
    }

    @EventSourcingHandler
    void on(ViolationCorrected event) {
        ledger.apply(event);
    }

    @EventSourcingHandler
    void on(ItemDeclared event) {
        ledger.apply(event);
    }

    @EventSourcingHandler
    void on(DeclaredItemVerified event) {
        ledger.apply(event);
    }

    @EventSourcingHandler
    void on(EvaluationOpened event) {
        evaluations.put(event.cycleId(), new Evaluation(
                event.cycleId(), event.periodFrom(), event.periodTo(), event.indicatorSystem(),
                event.indicatorVersion(), event.versionHash(), event.declarationDeadline(),
                event.verificationDeadline(), EvaluationState.DECLARATION, null, null, false, null, false, null));
    }

    @EventSourcingHandler
    void on(DeclarationClosed event) {
        evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.in(EvaluationState.VERIFICATION));
    }

    @EventSourcingHandler
    void on(VerificationCompleted event) {
        evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.in(EvaluationState.VERIFIED));
    }

    @EventSourcingHandler
    void on(DeclaredItemsLapsed event) {
        ledger.apply(event);
    }

    @EventSourcingHandler
    void on(GradeDecided event) {
        decisions.apply(event);
        switch (event.kind()) {
            case PRELIMINARY -> evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.graded(event.decisionId()));
            case REVIEWED -> evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.graded(event.decisionId())
                    .with(e.objection().with(ObjectionStatus.REGRADED)));
            case FINAL -> evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.in(EvaluationState.PUBLISHED));
            case DYNAMIC, REPAIR -> {
                // in force without changing the procedure of any cycle
            }
        }
    }

    @EventSourcingHandler
    void on(EvaluationDisclosed event) {
        evaluations.computeIfPresent(event.cycleId(),
                                     (id, e) -> e.disclosed(event.disclosureStart(), event.disclosureEnd()));
    }

    @EventSourcingHandler
    void on(ObjectionFiled event) {
        evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.with(new Objection(
                event.reason(), event.evidence(), event.filedOn(), event.reviewDeadline(), ObjectionStatus.FILED,
                false)));
    }

    @EventSourcingHandler
    void on(ObjectionReviewed event) {
        ObjectionStatus status = event.outcome() == ObjectionOutcome.UPHELD
                ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED;
        evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.with(e.objection().with(status)));
    }

    @EventSourcingHandler
    void on(ObjectionReviewOverdue event) {
        evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.with(e.objection().flaggedOverdue()));
    }

    @EventSourcingHandler
    void on(DisclosureClosed event) {
        evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.withDisclosureClosed());
    }

    @EventSourcingHandler
    void on(FinalPublicationAnnounced event) {
        evaluations.computeIfPresent(event.cycleId(), (id, e) -> e.announced());
    }

    @EventSourcingHandler
    void on(RepairApplied event) {
        repairs.put(event.applicationId(), new RepairApplication(
                event.applicationId(), event.factIds(), event.evidence(), event.commitment(), event.conditions(),
                event.appliedOn(), event.decisionDeadline(), RepairStatus.PENDING, null, false));
    }

    @EventSourcingHandler
    void on(RepairApproved event) {
        ledger.apply(event);
        repairs.computeIfPresent(event.applicationId(), (id, a) -> a.decided(RepairStatus.APPROVED, null));
    }

    @EventSourcingHandler
    void on(RepairRejected event) {
        repairs.computeIfPresent(event.applicationId(), (id, a) -> a.decided(RepairStatus.REJECTED, event.reason()));
    }

    @EventSourcingHandler
    void on(RepairDecisionOverdue event) {
        repairs.computeIfPresent(event.applicationId(), (id, a) -> a.flaggedOverdue());
    }
}
