package org.greencredit.domain.creditfile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.ChangeEnterpriseProfile;
import org.greencredit.domain.creditfile.api.EnterpriseIncludedInBatch;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.IncludeInEvaluationBatch;
import org.greencredit.domain.creditfile.api.RecordLeavingScope;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.intake.RowOutcome;

/**
 * 企业登记信息: what the register says of the enterprise — when it was established, its profile, the evaluation
 * batches it was included in, and whether it left the scope of evaluation. A member of the credit file: it keeps
 * this from the file's events and answers the checks every other command makes against it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class EnterpriseParticulars {

    private String creditCode;
    private LocalDate establishedOn;
    private EnterpriseProfile profile;
    private final Set<String> batches = new TreeSet<>();
    private boolean leftScope;

    /** An imported registration of a registered enterprise: already recorded, or a conflict naming what differs. */
    RowOutcome repeatedRegistration(RegisterEnterprise command) {
        return ImportedContent.repeatedRegistration(establishedOn, profile, command);
    }

    void changeProfile(ChangeEnterpriseProfile command, Clock clock) {
        requireInScope();
        CreditFileRules.requireProfile(command.profile(), creditCode);
        requireBusinessDate("field.effectiveOn", command.effectiveOn(), clock);
        if (command.profile().equals(profile)) {
            throw new RuleViolation("enterprise.profile.unchanged");
        }
        apply(new EnterpriseProfileChanged(creditCode, command.profile(), command.effectiveOn()));
    }

    void includeInBatch(IncludeInEvaluationBatch command, Clock clock) {
        requireInScope();
        CreditFileRules.requireBatchCode(command.batchCode());
        if (batches.contains(command.batchCode())) {
            throw new RuleViolation("batch.alreadyIncluded", command.batchCode());
        }
        requireBusinessDate("field.includedOn", command.includedOn(), clock);
        apply(new EnterpriseIncludedInBatch(creditCode, command.batchCode(), command.includedOn()));
    }

    void leaveScope(RecordLeavingScope command, Clock clock) {
        requireInScope();
        if (command.reason() == null) {
            throw new RuleViolation("scope.reason.required");
        }
        requireBusinessDate("field.leftOn", command.leftOn(), clock);
        CreditFileRules.requireText("field.explanation", command.explanation());
        CreditFileRules.requireSuccessorFits(command.reason(), command.successorCreditCode(), creditCode);
        apply(new EnterpriseLeftScope(creditCode, command.reason(), command.leftOn(), command.explanation().strip(),
                                      command.successorCreditCode()));
    }

    /** An enterprise that left the scope of evaluation gets no new facts, declarations or evaluations. */
    void requireInScope() {
        if (leftScope) {
            throw new RuleViolation("creditFile.leftScope", creditCode);
        }
    }

    /** A business date lies neither in the future nor before the enterprise was established. */
    void requireBusinessDate(String what, LocalDate date, Clock clock) {
        BusinessDates.notInFuture(what, date, clock);
        BusinessDates.notBefore(what, date, "field.establishedOn", establishedOn);
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
}
