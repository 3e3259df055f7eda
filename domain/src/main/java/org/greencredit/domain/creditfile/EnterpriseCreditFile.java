package org.greencredit.domain.creditfile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;
import static org.greencredit.domain.actor.Role.ASSESSOR;
import static org.greencredit.domain.actor.Role.ENTERPRISE;
import static org.greencredit.domain.actor.Role.OFFICER;
import static org.greencredit.domain.actor.Role.REVIEWER;
import static org.greencredit.domain.actor.Role.SYSTEM;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
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
import org.greencredit.domain.creditfile.api.DeclareItem;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.FileObjection;
import org.greencredit.domain.creditfile.api.GradeEvaluation;
import org.greencredit.domain.creditfile.api.IncludeInEvaluationBatch;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
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
import org.greencredit.domain.creditfile.api.RepairOutcome;
import org.greencredit.domain.creditfile.api.ReviewObjection;
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
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
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
 *
 * <p>The file's parts keep their own state from its events: the {@link EnterpriseParticulars} (the register's
 * particulars and the scope), the {@link FactLedger} (facts and declared items), the {@link DecisionHistory}, one
 * {@link Evaluation} per cycle and one {@link RepairApplication} per application — the last two receive only the
 * events that name them. Steps that need one part only are that part's methods; the handlers here check who acts
 * and combine the parts. {@link GradeInForce} keeps the grade in force true to the
 * facts, {@link CreditFileRules} holds the input rules the commands share. Revision 2 of the snapshot form: revision
 * 1 held evaluations and repair applications as values, and is passed over.
 */
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class EnterpriseCreditFile {

    @AggregateIdentifier
    private String creditCode;
    @AggregateMember
    private final EnterpriseParticulars particulars = new EnterpriseParticulars();
    @AggregateMember
    private final FactLedger ledger = new FactLedger();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Evaluation> evaluations = new LinkedHashMap<>();
    @AggregateMember
    private final DecisionHistory decisions = new DecisionHistory();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
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
            return particulars.repeatedRegistration(command);
        }
        if (creditCode != null) {
            throw new RuleViolation("enterprise.alreadyRegistered", creditCode);
        }
        CreditCode code = new CreditCode(command.creditCode());
        BusinessDates.notInFuture("field.establishedOn", command.establishedOn(), clock);
        CreditFileRules.requireProfile(command.profile(), code.value());
        apply(new EnterpriseRegistered(code.value(), command.establishedOn(), command.profile(), command.importId()));
        return RowOutcome.RECORDED;
    }

    @CommandHandler
    void handle(ChangeEnterpriseProfile command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        particulars.changeProfile(command, clock);
    }

    @CommandHandler
    void handle(IncludeInEvaluationBatch command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        particulars.includeInBatch(command, clock);
    }

    @CommandHandler
    void handle(RecordLeavingScope command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        particulars.leaveScope(command, clock);
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
                return earlier.get().repeatedBy(command);
            }
        }
        particulars.requireInScope();
        ledger.requireNewId(command.factId());
        particulars.requireBusinessDate("field.occurredOn", command.occurredOn(), clock);
        CreditFileRules.requireRecordedSource(command.source());
        FactAttributes attributes = validContent(command.type(), command.occurredOn(), command.evidence(),
                                                 command.attributes());
        boolean violation = command.type() == FactType.VIOLATION;
        if (violation) {
            CreditFileRules.requireDecisionNumberFree(attributes.text("decisionNo"), decisionNumbers);
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
        gradeInForce(versions).afterNewFacts(Set.of(command.factId()), BusinessDay.today(clock));
        return RowOutcome.RECORDED;
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
        particulars.requireInScope();
        RecordedFact violation = ledger.correctableViolation(command.violationId());
        if (command.outcome() == null) {
            throw new RuleViolation("correction.outcome.required");
        }
        particulars.requireBusinessDate("field.decidedOn", command.decidedOn(), clock);
        BusinessDates.notBefore("field.decidedOn", command.decidedOn(), "field.occurredOn", violation.occurredOn());
        CreditFileRules.requireEvidence(command.evidence());
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
                CreditFileRules.requireDecisionNumberFree(newDecisionNo, decisionNumbers);
            }
        } else if (command.newAttributes() != null && !command.newAttributes().names().isEmpty()) {
            throw new RuleViolation("correction.newAttributes.onlyForChange");
        }
        apply(new ViolationCorrected(creditCode, command.violationId(), command.outcome(), command.decidedOn(),
                                     command.evidence(), newAttributes));
        if (newDecisionNo != null) {
            claimDecisionNumber(newDecisionNo, command.violationId());
        }
        gradeInForce(versions).afterCorrection(command.violationId(), BusinessDay.today(clock));
    }

    @CommandHandler
    void handle(DeclareItem command, Actor actor, Clock clock) {
        actor.requireRole(ENTERPRISE);
        actor.requireOwnFileIfEnterprise(creditCode);
        particulars.requireInScope();
        Evaluation evaluation = evaluations.values().stream()
                                           .filter(candidate -> candidate.state() == EvaluationState.DECLARATION)
                                           .findFirst()
                                           .orElseThrow(() -> new RuleViolation("declaration.noOpenWindow"));
        evaluation.requireDeclarationOpen(BusinessDay.today(clock));
        if (command.type() == null) {
            throw new RuleViolation("fact.type.required");
        }
        Permissions.requireDeclarable(command.type());
        ledger.requireNewId(command.itemId());
        particulars.requireBusinessDate("field.occurredOn", command.occurredOn(), clock);
        FactAttributes attributes = validContent(command.type(), command.occurredOn(), command.evidence(),
                                                 command.attributes());
        apply(new ItemDeclared(creditCode, command.itemId(), evaluation.cycleId(), command.type(),
                               command.occurredOn(), command.evidence(), attributes));
    }

    @CommandHandler
    void handle(VerifyDeclaredItem command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(ASSESSOR);
        particulars.requireInScope();
        DeclaredItem item = ledger.declaration(command.itemId()).orElseThrow(
                () -> new RuleViolation("declaration.notFound", String.valueOf(command.itemId())));
        if (item.status() != DeclarationStatus.PENDING) {
            throw new RuleViolation("declaration.alreadyVerified", command.itemId(),
                                    "declarationStatus." + item.status());
        }
        if (item.cycleId() != null) {
            evaluation(item.cycleId()).requireVerificationOpen(clock);
        }
        if (command.outcome() == null) {
            throw new RuleViolation("verification.outcome.required");
        }
        particulars.requireBusinessDate("field.verifiedOn", command.verifiedOn(), clock);
        BusinessDates.notBefore("field.verifiedOn", command.verifiedOn(), "field.occurredOn", item.occurredOn());
        CreditFileRules.requireVerificationNote(command.outcome(), command.note());
        apply(new DeclaredItemVerified(creditCode, command.itemId(), command.outcome(), command.verifiedOn(),
                                       command.note()));
        if (command.outcome() == VerificationOutcome.FALSE) {
            String falseDeclarationId = CreditFileRules.falseDeclarationId(command.itemId());
            apply(new FactRecorded(creditCode, falseDeclarationId, FactType.FALSE_DECLARATION,
                                   command.verifiedOn(), FactSource.THIRD_PARTY,
                                   new Evidence(null, command.note().strip()),
                                   FactAttributes.of("declarationItemId", command.itemId())));
            gradeInForce(versions).afterNewFacts(Set.of(falseDeclarationId), BusinessDay.today(clock));
        }
    }

    @CommandHandler
    void handle(OpenEvaluation command, Actor actor) {
        actor.requireRole(SYSTEM);
        particulars.requireInScope();
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
        evaluation(command.cycleId()).closeDeclaration(clock);
    }

    @CommandHandler
    void handle(CompleteVerification command, Actor actor, Clock clock) {
        actor.requireRole(ASSESSOR);
        evaluation(command.cycleId()).completeVerification(ledger.pendingItems(command.cycleId()), clock);
    }

    /** Items nobody verified lapse; the preliminary decision is made on what counts and disclosed. */
    @CommandHandler
    void handle(GradeEvaluation command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(SYSTEM);
        Evaluation evaluation = evaluation(command.cycleId());
        evaluation.requireGradable();
        BusinessDates.require("field.asOf", command.asOf());
        BusinessDates.require("field.disclosureStart", command.disclosureStart());
        BusinessDates.notBefore("field.disclosureEnd", command.disclosureEnd(), "field.disclosureStart",
                                command.disclosureStart());
        LocalDate today = BusinessDay.today(clock);
        List<String> pending = ledger.pendingItems(command.cycleId());
        if (!pending.isEmpty()) {
            apply(new DeclaredItemsLapsed(creditCode, command.cycleId(), pending, today));
        }
        GradeDecision decision = evaluation.engine(versions).score(ledger.resolved(), evaluation.periodFrom(),
                                                                   evaluation.periodTo(), command.asOf());
        gradeInForce(versions).decide(DecisionKind.PRELIMINARY, command.cycleId(), today, decision, null,
                                      new DecisionTrigger(DecisionTrigger.GRADING, command.cycleId()));
        evaluation.disclose(command.disclosureStart(), command.disclosureEnd());
    }

    @CommandHandler
    void handle(FileObjection command, Actor actor, Clock clock, CalendarSource calendar, IndicatorVersions versions) {
        actor.requireRole(ENTERPRISE);
        actor.requireOwnFileIfEnterprise(creditCode);
        evaluation(command.cycleId()).fileObjection(command, clock, calendar, versions);
    }

    @CommandHandler
    void handle(ReviewObjection command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(REVIEWER);
        Evaluation evaluation = evaluation(command.cycleId());
        LocalDate today = BusinessDay.today(clock);
        evaluation.reviewObjection(command, today);
        if (command.outcome() == ObjectionOutcome.REJECTED && evaluation.publicationAnnounced()) {
            gradeInForce(versions).publishFinal(evaluation, today);
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
        evaluation.requireUpheldObjection();
        LocalDate today = BusinessDay.today(clock);
        GradeInForce gradeInForce = gradeInForce(versions);
        RecordedDecision preliminary = gradeInForce.decision(evaluation.standingDecisionId());
        GradeDecision regraded = evaluation.engine(versions).score(
                ledger.resolved(), preliminary.decision().periodFrom(), preliminary.decision().periodTo(),
                preliminary.decision().asOf());
        gradeInForce.decide(DecisionKind.REVIEWED, command.cycleId(), today, regraded, preliminary.decisionId(),
                            new DecisionTrigger(DecisionTrigger.REVIEW, preliminary.decisionId()));
        if (evaluation.publicationAnnounced()) {
            gradeInForce.publishFinal(evaluation, today);
        }
    }

    @CommandHandler
    void handle(CloseDisclosure command, Actor actor, Clock clock) {
        actor.requireRole(SYSTEM);
        evaluation(command.cycleId()).closeDisclosure(clock);
    }

    /** Publishes now, or, while an objection is being reviewed, announces that the FINAL decision follows it. */
    @CommandHandler
    void handle(PublishFinalGrade command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(SYSTEM);
        Evaluation evaluation = evaluation(command.cycleId());
        evaluation.requirePublicationDue();
        LocalDate today = BusinessDay.today(clock);
        if (evaluation.publishable()) {
            gradeInForce(versions).publishFinal(evaluation, today);
        } else {
            evaluation.announcePublication(today);
        }
    }

    @CommandHandler
    void handle(RecordObjectionReviewOverdue command, Actor actor, Clock clock) {
        actor.requireRole(SYSTEM);
        evaluation(command.cycleId()).recordReviewOverdue(clock);
    }

    @CommandHandler
    void handle(ApplyForRepair command, Actor actor, Clock clock, CalendarSource calendar,
                IndicatorVersions versions) {
        actor.requireRole(ENTERPRISE);
        actor.requireOwnFileIfEnterprise(creditCode);
        particulars.requireInScope();
        CreditFileRules.requireUuid(command.applicationId(), "repair.id.invalid");
        if (repairs.containsKey(command.applicationId())) {
            throw new RuleViolation("repair.id.duplicate", command.applicationId());
        }
        repairs.values().stream().filter(application -> application.status() == RepairStatus.PENDING).findFirst()
               .ifPresent(pending -> {
                   throw new RuleViolation("repair.alreadyPending", pending.applicationId());
               });
        RecordedDecision inForce = gradeToRepair();
        apply(CreditRepair.application(command, creditCode, inForce,
                                       CreditFileRules.engine(inForce.decision(), versions).system().repair(),
                                       ledger.resolved(), calendar, BusinessDay.today(clock)));
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
            application.reject(command.reason(), today);
            return;
        }
        RecordedDecision inForce = gradeToRepair();
        ScoringEngine engine = CreditFileRules.engine(inForce.decision(), versions);
        CreditRepair.requireConditionsHold(application, inForce, engine.system().repair(), ledger.resolved(), today);
        apply(new RepairApproved(creditCode, command.applicationId(), application.factIds(), today));
        GradeDecision repaired = engine.score(ledger.resolved(), inForce.decision().periodFrom(),
                                              inForce.decision().periodTo(), inForce.decision().asOf());
        gradeInForce(versions).decide(DecisionKind.REPAIR, inForce.cycleId(), today, repaired, inForce.decisionId(),
                                      new DecisionTrigger(DecisionTrigger.REPAIR, command.applicationId()));
    }

    @CommandHandler
    void handle(RecordRepairDecisionOverdue command, Actor actor, Clock clock) {
        actor.requireRole(SYSTEM);
        pendingRepair(command.applicationId()).recordDecisionOverdue(clock);
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

    private GradeInForce gradeInForce(IndicatorVersions versions) {
        return new GradeInForce(creditCode, decisions, ledger, versions);
    }

    private RecordedDecision gradeToRepair() {
        return decisions.inForce().orElseThrow(() -> new RuleViolation("repair.noGrade"));
    }

    private Evaluation evaluation(String cycleId) {
        Evaluation evaluation = cycleId == null ? null : evaluations.get(cycleId);
        if (evaluation == null) {
            throw new RuleViolation("evaluation.notFound", String.valueOf(cycleId), creditCode);
        }
        return evaluation;
    }

    private RepairApplication pendingRepair(String applicationId) {
        RepairApplication application = applicationId == null ? null : repairs.get(applicationId);
        if (application == null) {
            throw new RuleViolation("repair.notFound", String.valueOf(applicationId));
        }
        application.requirePending();
        return application;
    }

    /** Evidence, attributes valid for the type, and the facts they name still there: a recorded or declared fact. */
    private FactAttributes validContent(FactType type, LocalDate occurredOn, Evidence evidence,
                                        FactAttributes given) {
        CreditFileRules.requireEvidence(evidence);
        FactAttributes attributes = type.validate(CreditFileRules.attributesOf(given), occurredOn);
        ledger.requireReferencesHold(type, attributes, occurredOn);
        return attributes;
    }

    /** Stored in the same unit of work as the fact: if another node claimed the number meanwhile, both fail. */
    private void claimDecisionNumber(String decisionNo, String factId) throws Exception {
        createNew(DecisionNumberClaim.class, () -> new DecisionNumberClaim(decisionNo, creditCode, factId));
    }

    @EventSourcingHandler
    void on(EnterpriseRegistered event) {
        creditCode = event.creditCode();
    }

    @EventSourcingHandler
    void on(EvaluationOpened event) {
        evaluations.put(event.cycleId(), new Evaluation(event));
    }

    @EventSourcingHandler
    void on(RepairApplied event) {
        repairs.put(event.applicationId(), new RepairApplication(event));
    }
}
