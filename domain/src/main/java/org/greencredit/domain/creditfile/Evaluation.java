package org.greencredit.domain.creditfile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.DeclarationClosed;
import org.greencredit.domain.creditfile.api.DisclosureClosed;
import org.greencredit.domain.creditfile.api.EvaluationDisclosed;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.FileObjection;
import org.greencredit.domain.creditfile.api.FinalPublicationAnnounced;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.ObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.ReviewObjection;
import org.greencredit.domain.creditfile.api.VerificationCompleted;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;

/**
 * 企业评价: one enterprise in one cycle — the cycle's period, version and deadlines, where the procedure stands,
 * the disclosure dates, the objection, and the decision that currently stands for the cycle. An entity of the
 * credit file: it receives the events of its own cycle and makes the procedure's steps that need nothing but itself.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Evaluation {

    private String creditCode;
    @EntityId
    private String cycleId;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String indicatorSystem;
    private String indicatorVersion;
    private String versionHash;
    private LocalDate declarationDeadline;
    private LocalDate verificationDeadline;
    private EvaluationState state;
    private LocalDate disclosureStart;
    private LocalDate disclosureEnd;
    private boolean disclosureClosed;
    private Objection objection;
    private boolean publicationAnnounced;
    private String standingDecisionId;

    /** For reading a snapshot. */
    private Evaluation() {
    }

    Evaluation(EvaluationOpened opened) {
        creditCode = opened.creditCode();
        cycleId = opened.cycleId();
        periodFrom = opened.periodFrom();
        periodTo = opened.periodTo();
        indicatorSystem = opened.indicatorSystem();
        indicatorVersion = opened.indicatorVersion();
        versionHash = opened.versionHash();
        declarationDeadline = opened.declarationDeadline();
        verificationDeadline = opened.verificationDeadline();
        state = EvaluationState.DECLARATION;
    }

    void requireState(EvaluationState expected) {
        if (state != expected) {
            throw new RuleViolation("evaluation.state.wrong", cycleId, "evaluationState." + state,
                                    "evaluationState." + expected);
        }
    }

    /** Graded, disclosure over, and no objection waiting: the standing decision can be published. */
    public boolean publishable() {
        return state == EvaluationState.GRADED && disclosureClosed
                && (objection == null || objection.status().concluded());
    }

    ScoringEngine engine(IndicatorVersions versions) {
        return CreditFileRules.engine(indicatorSystem, versionHash, versions);
    }

    void requireDeclarationOpen(LocalDate today) {
        if (today.isAfter(declarationDeadline)) {
            throw new RuleViolation("declaration.deadlinePassed", declarationDeadline);
        }
    }

    void closeDeclaration(Clock clock) {
        requireState(EvaluationState.DECLARATION);
        apply(new DeclarationClosed(creditCode, cycleId, CreditFileRules.dueAfter(declarationDeadline, clock)));
    }

    /** Items of a cycle are verified while its verification is open: after declarations closed, up to its deadline. */
    void requireVerificationOpen(Clock clock) {
        requireState(EvaluationState.VERIFICATION);
        if (BusinessDay.today(clock).isAfter(verificationDeadline)) {
            throw new RuleViolation("verification.deadlinePassed", verificationDeadline);
        }
    }

    void completeVerification(List<String> pendingItems, Clock clock) {
        requireState(EvaluationState.VERIFICATION);
        if (!pendingItems.isEmpty()) {
            throw new RuleViolation("verification.itemsPending", pendingItems.size());
        }
        apply(new VerificationCompleted(creditCode, cycleId, BusinessDay.today(clock)));
    }

    /** Grading follows verification, whether the assessor completed it or its deadline ended it. */
    void requireGradable() {
        if (state != EvaluationState.VERIFIED) {
            requireState(EvaluationState.VERIFICATION);
        }
    }

    void disclose(LocalDate start, LocalDate end) {
        apply(new EvaluationDisclosed(creditCode, cycleId, start, end));
    }

    void fileObjection(FileObjection command, Clock clock, CalendarSource calendar, IndicatorVersions versions) {
        LocalDate today = BusinessDay.today(clock);
        if (state.beforeGrading()) {
            throw new RuleViolation("objection.notDisclosed", cycleId);
        }
        if (state == EvaluationState.PUBLISHED || disclosureClosed || today.isAfter(disclosureEnd)) {
            throw new RuleViolation("objection.disclosureOver", disclosureEnd);
        }
        if (today.isBefore(disclosureStart)) {
            throw new RuleViolation("objection.disclosureNotStarted", disclosureStart);
        }
        if (objection != null) {
            throw new RuleViolation("objection.alreadyFiled", cycleId);
        }
        CreditFileRules.requireText("field.objectionReason", command.reason());
        CreditFileRules.requireEvidence(command.evidence());
        int reviewDays = engine(versions).system().evaluation().reviewWorkingDays();
        apply(new ObjectionFiled(creditCode, cycleId, command.reason().strip(), command.evidence(), today,
                                 calendar.workingDays().after(today, reviewDays)));
    }

    void reviewObjection(ReviewObjection command, LocalDate today) {
        Objection awaiting = objectionAwaitingReview();
        if (command.outcome() == null) {
            throw new RuleViolation("objection.outcome.required");
        }
        CreditFileRules.requireText("field.reasoning", command.reasoning());
        BusinessDates.notBefore("field.reviewedOn", today, "field.filedOn", awaiting.filedOn());
        apply(new ObjectionReviewed(creditCode, cycleId, command.outcome(), command.reasoning().strip(), today));
    }

    void requireUpheldObjection() {
        if (objection == null || objection.status() != ObjectionStatus.UPHELD) {
            throw new RuleViolation("objection.notUpheld", cycleId);
        }
    }

    void recordReviewOverdue(Clock clock) {
        Objection awaiting = objectionAwaitingReview();
        if (awaiting.overdue()) {
            throw new RuleViolation("objection.alreadyOverdue", cycleId);
        }
        CreditFileRules.dueAfter(awaiting.reviewDeadline(), clock);
        apply(new ObjectionReviewOverdue(creditCode, cycleId, awaiting.reviewDeadline()));
    }

    private Objection objectionAwaitingReview() {
        if (objection == null) {
            throw new RuleViolation("objection.none", cycleId);
        }
        if (objection.status() != ObjectionStatus.FILED) {
            throw new RuleViolation("objection.alreadyReviewed", cycleId);
        }
        return objection;
    }

    void closeDisclosure(Clock clock) {
        requireState(EvaluationState.GRADED);
        if (disclosureClosed) {
            throw new RuleViolation("disclosure.alreadyClosed", cycleId);
        }
        apply(new DisclosureClosed(creditCode, cycleId, CreditFileRules.dueAfter(disclosureEnd, clock)));
    }

    /** Publication comes once, after the disclosure closed. */
    void requirePublicationDue() {
        requireState(EvaluationState.GRADED);
        if (!disclosureClosed) {
            throw new RuleViolation("disclosure.notClosed", cycleId);
        }
        if (publicationAnnounced) {
            throw new RuleViolation("publication.alreadyAnnounced", cycleId);
        }
    }

    /** While an objection is being reviewed: the FINAL decision follows the review. */
    void announcePublication(LocalDate today) {
        apply(new FinalPublicationAnnounced(creditCode, cycleId, today));
    }

    @EventSourcingHandler
    void on(DeclarationClosed event) {
        state = EvaluationState.VERIFICATION;
    }

    @EventSourcingHandler
    void on(VerificationCompleted event) {
        state = EvaluationState.VERIFIED;
    }

    @EventSourcingHandler
    void on(GradeDecided event) {
        switch (event.kind()) {
            case PRELIMINARY -> graded(event.decisionId());
            case REVIEWED -> {
                graded(event.decisionId());
                objection = objection.with(ObjectionStatus.REGRADED);
            }
            case FINAL -> state = EvaluationState.PUBLISHED;
            case DYNAMIC, REPAIR -> {
                // in force without changing the procedure of any cycle
            }
        }
    }

    private void graded(String decisionId) {
        state = EvaluationState.GRADED;
        standingDecisionId = decisionId;
    }

    @EventSourcingHandler
    void on(EvaluationDisclosed event) {
        disclosureStart = event.disclosureStart();
        disclosureEnd = event.disclosureEnd();
        disclosureClosed = false;
    }

    @EventSourcingHandler
    void on(ObjectionFiled event) {
        objection = new Objection(event.reason(), event.evidence(), event.filedOn(), event.reviewDeadline(),
                                  ObjectionStatus.FILED, false);
    }

    @EventSourcingHandler
    void on(ObjectionReviewed event) {
        objection = objection.with(event.outcome() == ObjectionOutcome.UPHELD
                                           ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED);
    }

    @EventSourcingHandler
    void on(ObjectionReviewOverdue event) {
        objection = objection.flaggedOverdue();
    }

    @EventSourcingHandler
    void on(DisclosureClosed event) {
        disclosureClosed = true;
    }

    @EventSourcingHandler
    void on(FinalPublicationAnnounced event) {
        publicationAnnounced = true;
    }

    public String cycleId() {
        return cycleId;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public EvaluationState state() {
        return state;
    }

    public Objection objection() {
        return objection;
    }

    public boolean publicationAnnounced() {
        return publicationAnnounced;
    }

    public String standingDecisionId() {
        return standingDecisionId;
    }

    /** By content: a file replayed from its events must equal the file its commands built. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Evaluation other)) {
            return false;
        }
        return Objects.equals(creditCode, other.creditCode) && Objects.equals(cycleId, other.cycleId) &&
                Objects.equals(periodFrom, other.periodFrom) && Objects.equals(periodTo, other.periodTo) &&
                Objects.equals(indicatorSystem, other.indicatorSystem) &&
                Objects.equals(indicatorVersion, other.indicatorVersion) &&
                Objects.equals(versionHash, other.versionHash) &&
                Objects.equals(declarationDeadline, other.declarationDeadline) &&
                Objects.equals(verificationDeadline, other.verificationDeadline) &&
                Objects.equals(state, other.state) && Objects.equals(disclosureStart, other.disclosureStart) &&
                Objects.equals(disclosureEnd, other.disclosureEnd) &&
                Objects.equals(disclosureClosed, other.disclosureClosed) &&
                Objects.equals(objection, other.objection) &&
                Objects.equals(publicationAnnounced, other.publicationAnnounced) &&
                Objects.equals(standingDecisionId, other.standingDecisionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(creditCode, cycleId, periodFrom, periodTo, indicatorSystem, indicatorVersion,
                            versionHash, declarationDeadline, verificationDeadline, state, disclosureStart,
                            disclosureEnd, disclosureClosed, objection, publicationAnnounced, standingDecisionId);
    }
}
