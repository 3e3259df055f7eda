package org.greencredit.domain.inspector;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.inspector.api.ChangeInspectorDetails;
import org.greencredit.domain.inspector.api.DeactivateInspector;
import org.greencredit.domain.inspector.api.DeclareRecusal;
import org.greencredit.domain.inspector.api.InspectorDeactivated;
import org.greencredit.domain.inspector.api.InspectorDetailsChanged;
import org.greencredit.domain.inspector.api.InspectorReactivated;
import org.greencredit.domain.inspector.api.InspectorRecusalDeclared;
import org.greencredit.domain.inspector.api.InspectorRecusalWithdrawn;
import org.greencredit.domain.inspector.api.InspectorRegistered;
import org.greencredit.domain.inspector.api.ReactivateInspector;
import org.greencredit.domain.inspector.api.RegisterInspector;
import org.greencredit.domain.inspector.api.WithdrawRecusal;

/**
 * 执法人员: one law-enforcement officer of the 执法人员名录 — name, department, 执法证号, the sign-in account
 * linked to them, whether they are on duty (active) and the enterprises they must not inspect (回避). Only an
 * administrator maintains the directory. The 执法证号 is unique across the directory: each number is claimed by a
 * {@link CertificateNumberClaim} in the same unit of work as the event that names it (as decision numbers are).
 */
public class Inspector {

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_DEPARTMENT_LENGTH = 100;
    public static final int MAX_REASON_LENGTH = 500;
    /** Lower-case letters, digits and hyphens: the form of a generated id, never a credit code or a claim id. */
    private static final Pattern INSPECTOR_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    /** The rule of user account names, so the link can name any account. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");

    @AggregateIdentifier
    private String inspectorId;
    private Details details;
    private boolean active;
    private final Set<String> recusals = new HashSet<>();

    protected Inspector() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterInspector command, Actor actor, Clock clock, CertificateNumbers certificateNumbers)
            throws Exception {
        actor.requireRole(Role.ADMIN);
        if (inspectorId != null) {
            throw new RuleViolation("inspector.alreadyRegistered", inspectorId);
        }
        if (command.inspectorId() == null || !INSPECTOR_ID.matcher(command.inspectorId()).matches()) {
            throw new RuleViolation("inspector.id.invalid", String.valueOf(command.inspectorId()));
        }
        Details given = Details.of(command.name(), command.department(), command.certificateNumber(),
                                   command.username());
        boolean claim = requireCertificateFree(given.certificateNumber(), command.inspectorId(), certificateNumbers);
        apply(new InspectorRegistered(command.inspectorId(), given.name(), given.department(),
                                      given.certificateNumber(), given.username(), LocalDate.now(clock), actor.id()));
        if (claim) {
            claim(given.certificateNumber());
        }
    }

    @CommandHandler
    void handle(ChangeInspectorDetails command, Actor actor, Clock clock, CertificateNumbers certificateNumbers)
            throws Exception {
        actor.requireRole(Role.ADMIN);
        Details given = Details.of(command.name(), command.department(), command.certificateNumber(),
                                   command.username());
        if (given.equals(details)) {
            throw new RuleViolation("inspector.details.unchanged", inspectorId);
        }
        boolean claim = !given.certificateNumber().equals(details.certificateNumber())
                && requireCertificateFree(given.certificateNumber(), inspectorId, certificateNumbers);
        apply(new InspectorDetailsChanged(inspectorId, given.name(), given.department(), given.certificateNumber(),
                                          given.username(), LocalDate.now(clock), actor.id()));
        if (claim) {
            claim(given.certificateNumber());
        }
    }

    @CommandHandler
    void handle(DeactivateInspector command, Actor actor, Clock clock) {
        actor.requireRole(Role.ADMIN);
        String reason = reason(command.reason());
        if (!active) {
            throw new RuleViolation("inspector.alreadyInactive", details.name());
        }
        apply(new InspectorDeactivated(inspectorId, reason, LocalDate.now(clock), actor.id()));
    }

    @CommandHandler
    void handle(ReactivateInspector command, Actor actor, Clock clock) {
        actor.requireRole(Role.ADMIN);
        String reason = reason(command.reason());
        if (active) {
            throw new RuleViolation("inspector.alreadyActive", details.name());
        }
        apply(new InspectorReactivated(inspectorId, reason, LocalDate.now(clock), actor.id()));
    }

    @CommandHandler
    void handle(DeclareRecusal command, Actor actor, Clock clock) {
        actor.requireRole(Role.ADMIN);
        String creditCode = CreditCode.parse(command.creditCode()).value();
        String reason = reason(command.reason());
        if (recusals.contains(creditCode)) {
            throw new RuleViolation("inspector.recusal.alreadyDeclared", details.name(), creditCode);
        }
        apply(new InspectorRecusalDeclared(inspectorId, creditCode, reason, LocalDate.now(clock), actor.id()));
    }

    @CommandHandler
    void handle(WithdrawRecusal command, Actor actor, Clock clock) {
        actor.requireRole(Role.ADMIN);
        String creditCode = CreditCode.parse(command.creditCode()).value();
        String reason = reason(command.reason());
        if (!recusals.contains(creditCode)) {
            throw new RuleViolation("inspector.recusal.notDeclared", details.name(), creditCode);
        }
        apply(new InspectorRecusalWithdrawn(inspectorId, creditCode, reason, LocalDate.now(clock), actor.id()));
    }

    /**
     * Refuses a number another inspector holds; answers whether it still has to be claimed (not when this inspector
     * held it before).
     */
    private static boolean requireCertificateFree(String certificateNumber, String inspectorId,
                                                  CertificateNumbers certificateNumbers) {
        return certificateNumbers.holder(certificateNumber).map(holder -> {
            if (!holder.equals(inspectorId)) {
                throw new RuleViolation("inspector.certificateNumber.taken", certificateNumber);
            }
            return false;
        }).orElse(true);
    }

    private void claim(String certificateNumber) throws Exception {
        createNew(CertificateNumberClaim.class, () -> new CertificateNumberClaim(certificateNumber, inspectorId));
    }

    private static String reason(String text) {
        String reason = trimmed(text);
        if (reason == null) {
            throw new RuleViolation("inspector.reason.required");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new RuleViolation("inspector.reason.tooLong", MAX_REASON_LENGTH);
        }
        return reason;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(InspectorRegistered event) {
        inspectorId = event.inspectorId();
        details = new Details(event.name(), event.department(), event.certificateNumber(), event.username());
        active = true;
    }

    @EventSourcingHandler
    void on(InspectorDetailsChanged event) {
        details = new Details(event.name(), event.department(), event.certificateNumber(), event.username());
    }

    @EventSourcingHandler
    void on(InspectorDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(InspectorReactivated event) {
        active = true;
    }

    @EventSourcingHandler
    void on(InspectorRecusalDeclared event) {
        recusals.add(event.creditCode());
    }

    @EventSourcingHandler
    void on(InspectorRecusalWithdrawn event) {
        recusals.remove(event.creditCode());
    }

    /** The details an administrator enters, checked and in the form they are stored. */
    private record Details(String name, String department, String certificateNumber, String username) {

        static Details of(String name, String department, String certificateNumber, String username) {
            String checkedName = trimmed(name);
            if (checkedName == null) {
                throw new RuleViolation("inspector.name.required");
            }
            if (checkedName.length() > MAX_NAME_LENGTH) {
                throw new RuleViolation("inspector.name.tooLong", MAX_NAME_LENGTH);
            }
            String checkedDepartment = trimmed(department);
            if (checkedDepartment == null) {
                throw new RuleViolation("inspector.department.required");
            }
            if (checkedDepartment.length() > MAX_DEPARTMENT_LENGTH) {
                throw new RuleViolation("inspector.department.tooLong", MAX_DEPARTMENT_LENGTH);
            }
            String checkedUsername = trimmed(username);
            if (checkedUsername != null && !USERNAME.matcher(checkedUsername).matches()) {
                throw new RuleViolation("inspector.username.invalid", checkedUsername);
            }
            return new Details(checkedName, checkedDepartment, CertificateNumber.canonical(certificateNumber),
                               checkedUsername);
        }
    }
}
