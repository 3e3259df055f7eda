package org.greencredit.domain.creditfile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairRejected;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.repair.RepairCondition;

/**
 * 信用修复申请: the facts asked to be repaired, the conditions as they stood, and the outcome. An entity of the
 * credit file that receives the events of its own application.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class RepairApplication {

    private String creditCode;
    @EntityId
    private String applicationId;
    private List<String> factIds;
    private Evidence evidence;
    private String commitment;
    private List<RepairCondition> conditionsWhenApplied;
    private LocalDate appliedOn;
    private LocalDate decisionDeadline;
    private RepairStatus status;
    private String rejectionReason;
    private boolean overdue;

    /** For reading a snapshot. */
    private RepairApplication() {
    }

    RepairApplication(RepairApplied applied) {
        creditCode = applied.creditCode();
        applicationId = applied.applicationId();
        factIds = List.copyOf(applied.factIds());
        evidence = applied.evidence();
        commitment = applied.commitment();
        conditionsWhenApplied = List.copyOf(applied.conditions());
        appliedOn = applied.appliedOn();
        decisionDeadline = applied.decisionDeadline();
        status = RepairStatus.PENDING;
    }

    void requirePending() {
        if (status != RepairStatus.PENDING) {
            throw new RuleViolation("repair.alreadyDecided", applicationId);
        }
    }

    void reject(String reason, LocalDate today) {
        CreditFileRules.requireText("field.rejectionReason", reason);
        apply(new RepairRejected(creditCode, applicationId, reason.strip(), today));
    }

    void recordDecisionOverdue(Clock clock) {
        if (overdue) {
            throw new RuleViolation("repair.alreadyOverdue", applicationId);
        }
        CreditFileRules.dueAfter(decisionDeadline, clock);
        apply(new RepairDecisionOverdue(creditCode, applicationId, decisionDeadline));
    }

    @EventSourcingHandler
    void on(RepairApproved event) {
        status = RepairStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(RepairRejected event) {
        status = RepairStatus.REJECTED;
        rejectionReason = event.reason();
    }

    @EventSourcingHandler
    void on(RepairDecisionOverdue event) {
        overdue = true;
    }

    public String applicationId() {
        return applicationId;
    }

    public List<String> factIds() {
        return factIds;
    }

    public String commitment() {
        return commitment;
    }

    public RepairStatus status() {
        return status;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    /** By content: a file replayed from its events must equal the file its commands built. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RepairApplication other)) {
            return false;
        }
        return Objects.equals(creditCode, other.creditCode) && Objects.equals(applicationId, other.applicationId) &&
                Objects.equals(factIds, other.factIds) && Objects.equals(evidence, other.evidence) &&
                Objects.equals(commitment, other.commitment) &&
                Objects.equals(conditionsWhenApplied, other.conditionsWhenApplied) &&
                Objects.equals(appliedOn, other.appliedOn) &&
                Objects.equals(decisionDeadline, other.decisionDeadline) && Objects.equals(status, other.status) &&
                Objects.equals(rejectionReason, other.rejectionReason) && Objects.equals(overdue, other.overdue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(creditCode, applicationId, factIds, evidence, commitment, conditionsWhenApplied,
                            appliedOn, decisionDeadline, status, rejectionReason, overdue);
    }
}
