package org.greencredit.domain.creditfile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;
import static org.greencredit.domain.actor.Role.ASSESSOR;
import static org.greencredit.domain.actor.Role.ENTERPRISE;
import static org.greencredit.domain.actor.Role.OFFICER;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.ChangeEnterpriseProfile;
import org.greencredit.domain.creditfile.api.CorrectViolation;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DeclareItem;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.EnterpriseIncludedInBatch;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.IncludeInEvaluationBatch;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.creditfile.api.RecordLeavingScope;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.VerifyDeclaredItem;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.decisionnumber.DecisionNumberClaim;
import org.greencredit.domain.decisionnumber.DecisionNumberKey;
import org.greencredit.domain.decisionnumber.DecisionNumbers;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;

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

    /** Registration loads an existing file instead of failing late on a duplicate stream, so it can say why. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterEnterprise command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        if (creditCode != null) {
            throw new RuleViolation("enterprise.alreadyRegistered", creditCode);
        }
        CreditCode code = new CreditCode(command.creditCode());
        BusinessDates.notInFuture("field.establishedOn", command.establishedOn(), clock);
        requireProfile(command.profile(), code.value());
        apply(new EnterpriseRegistered(code.value(), command.establishedOn(), command.profile()));
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

    @CommandHandler
    void handle(RecordFact command, Actor actor, Clock clock, DecisionNumbers decisionNumbers) throws Exception {
        if (command.type() == null) {
            throw new RuleViolation("fact.type.required");
        }
        Permissions.requireMayRecord(actor, command.type());
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
        apply(new FactRecorded(creditCode, command.factId(), command.type(), command.occurredOn(), command.source(),
                               command.evidence(), attributes));
        if (violation) {
            claimDecisionNumber(attributes.text("decisionNo"), command.factId());
        }
    }

    @CommandHandler
    void handle(CorrectViolation command, Actor actor, Clock clock, DecisionNumbers decisionNumbers)
            throws Exception {
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
    }

    @CommandHandler
    void handle(DeclareItem command, Actor actor, Clock clock) {
        actor.requireRole(ENTERPRISE);
        actor.requireOwnFileIfEnterprise(creditCode);
        requireInScope();
        if (command.type() == null) {
            throw new RuleViolation("fact.type.required");
        }
        Permissions.requireDeclarable(command.type());
        requireNewId(command.itemId());
        requireBusinessDate("field.occurredOn", command.occurredOn(), clock);
        requireEvidence(command.evidence());
        FactAttributes attributes = command.type().validate(attributesOf(command.attributes()), command.occurredOn());
        requireReferencesHold(command.type(), attributes, command.occurredOn());
        apply(new ItemDeclared(creditCode, command.itemId(), command.type(), command.occurredOn(), command.evidence(),
                               attributes));
    }

    @CommandHandler
    void handle(VerifyDeclaredItem command, Actor actor, Clock clock) {
        actor.requireRole(ASSESSOR);
        requireInScope();
        DeclaredItem item = ledger.declaration(command.itemId()).orElseThrow(
                () -> new RuleViolation("declaration.notFound", String.valueOf(command.itemId())));
        if (item.status() != DeclarationStatus.PENDING) {
            throw new RuleViolation("declaration.alreadyVerified", command.itemId(), item.status());
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
        }
    }

    /** The facts that count at this point of the stream (see {@link FactLedger#resolved()}). */
    public java.util.List<ResolvedFact> resolvedFacts() {
        return ledger.resolved();
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
}
