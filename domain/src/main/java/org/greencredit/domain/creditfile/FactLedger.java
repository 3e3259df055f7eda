package org.greencredit.domain.creditfile;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;

/**
 * Every fact and declared item of one credit file, with its status. Changed only by the credit file's events;
 * {@link #resolved()} is the list of facts that count at this point of the stream, the input of scoring. A member of
 * the credit file: it receives every event of the file and keeps what changes facts and declarations.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class FactLedger {

    private final Map<String, RecordedFact> facts = new LinkedHashMap<>();
    private final Map<String, DeclaredItem> declarations = new LinkedHashMap<>();
    private final Map<String, ImportedContent> imported = new LinkedHashMap<>();

    @EventSourcingHandler
    void apply(FactRecorded event) {
        facts.put(event.factId(), new RecordedFact(event.factId(), event.type(), event.occurredOn(), event.source(),
                                                   event.evidence(), event.attributes(), FactStatus.COUNTED));
        if (event.sourceRecordId() != null) {
            imported.put(event.factId(), new ImportedContent(event.type(), event.occurredOn(), event.evidence(),
                                                             event.attributes()));
        }
    }

    /** What an imported fact said when it was recorded, before any later correction. */
    Optional<ImportedContent> importedContent(String factId) {
        return Optional.ofNullable(imported.get(factId));
    }

    @EventSourcingHandler
    void apply(ViolationCorrected event) {
        RecordedFact violation = facts.get(event.violationId());
        facts.put(event.violationId(), event.outcome() == CorrectionOutcome.REVOKED
                ? violation.withCorrection(FactStatus.REVOKED, violation.attributes())
                : violation.withCorrection(FactStatus.CHANGED, event.newAttributes()));
    }

    @EventSourcingHandler
    void apply(ItemDeclared event) {
        declarations.put(event.itemId(), new DeclaredItem(event.itemId(), event.cycleId(), event.type(),
                                                          event.occurredOn(), event.evidence(), event.attributes(),
                                                          DeclarationStatus.PENDING));
    }

    @EventSourcingHandler
    void apply(DeclaredItemsLapsed event) {
        event.itemIds().forEach(id -> declarations.computeIfPresent(
                id, (key, item) -> item.withStatus(DeclarationStatus.LAPSED)));
    }

    @EventSourcingHandler
    void apply(RepairApproved event) {
        event.factIds().forEach(id -> facts.computeIfPresent(
                id, (key, fact) -> fact.withCorrection(FactStatus.REPAIRED, fact.attributes())));
    }

    /**
     * Applies a credit-file event that changes what counts, as the credit file itself does, and says whether it was
     * one: readers of the events outside the aggregate (the 试评价 read model) resolve facts exactly like a decision.
     */
    public boolean applyEvent(Object payload) {
        if (payload instanceof FactRecorded event) {
            apply(event);
        } else if (payload instanceof ViolationCorrected event) {
            apply(event);
        } else if (payload instanceof ItemDeclared event) {
            apply(event);
        } else if (payload instanceof DeclaredItemsLapsed event) {
            apply(event);
        } else if (payload instanceof DeclaredItemVerified event) {
            apply(event);
        } else if (payload instanceof RepairApproved event) {
            apply(event);
        } else {
            return false;
        }
        return true;
    }

    /** Items declared in a cycle that no assessor has resolved yet. */
    public List<String> pendingItems(String cycleId) {
        return declarations.values().stream()
                           .filter(item -> item.status() == DeclarationStatus.PENDING
                                   && cycleId.equals(item.cycleId()))
                           .map(DeclaredItem::itemId).toList();
    }

    @EventSourcingHandler
    void apply(DeclaredItemVerified event) {
        DeclarationStatus status = switch (event.outcome()) {
            case CONFIRMED -> DeclarationStatus.CONFIRMED;
            case REJECTED -> DeclarationStatus.REJECTED;
            case FALSE -> DeclarationStatus.FALSE;
        };
        declarations.computeIfPresent(event.itemId(), (id, item) -> item.withStatus(status));
    }

    /** Whether a fact or a declared item already has this id. */
    public boolean knows(String id) {
        return facts.containsKey(id) || declarations.containsKey(id);
    }

    /** A violation of this file that a correction can still change or revoke. */
    RecordedFact correctableViolation(String violationId) {
        RecordedFact violation = fact(violationId).filter(fact -> fact.type() == FactType.VIOLATION)
                                                  .orElseThrow(() -> new RuleViolation(
                                                          "violation.notFound", String.valueOf(violationId)));
        if (violation.status() == FactStatus.REVOKED) {
            throw new RuleViolation("violation.alreadyRevoked", violationId);
        }
        return violation;
    }

    /** Refuses an id that is not a UUID, or that a fact or declared item of this file already has. */
    void requireNewId(String id) {
        CreditFileRules.requireUuid(id, "fact.id.invalid");
        if (knows(id)) {
            throw new RuleViolation("fact.id.duplicate", id);
        }
    }

    /**
     * A fulfilled penalty names a counting violation not fulfilled yet, a completed rectification a counting finding
     * not rectified yet; neither can predate what it names.
     */
    void requireReferencesHold(FactType type, FactAttributes attributes, LocalDate occurredOn) {
        if (type == FactType.PENALTY_FULFILLED) {
            String violationId = attributes.text("violationId");
            RecordedFact violation = requireCountingFact(violationId, FactType.VIOLATION, "violation.notFound");
            if (isPenaltyFulfilled(violationId)) {
                throw new RuleViolation("violation.alreadyFulfilled", violationId);
            }
            BusinessDates.notBefore("field.occurredOn", occurredOn, "field.violationDate", violation.occurredOn());
        } else if (type == FactType.RECTIFICATION_COMPLETED) {
            String findingId = attributes.text("findingId");
            RecordedFact finding = requireCountingFact(findingId, FactType.DIAGNOSIS_FINDING, "finding.notFound");
            if (isRectifiedOrDeclaredRectified(findingId)) {
                throw new RuleViolation("finding.alreadyRectified", findingId);
            }
            BusinessDates.notBefore("field.occurredOn", occurredOn, "field.findingDate", finding.occurredOn());
        }
    }

    private RecordedFact requireCountingFact(String id, FactType type, String notFoundKey) {
        RecordedFact fact = fact(id).filter(found -> found.type() == type)
                                    .orElseThrow(() -> new RuleViolation(notFoundKey, id));
        if (fact.status() == FactStatus.REVOKED) {
            throw new RuleViolation("violation.alreadyRevoked", id);
        }
        return fact;
    }

    public Optional<RecordedFact> fact(String factId) {
        return Optional.ofNullable(facts.get(factId));
    }

    public Optional<DeclaredItem> declaration(String itemId) {
        return Optional.ofNullable(declarations.get(itemId));
    }

    public List<RecordedFact> facts() {
        return List.copyOf(facts.values());
    }

    public List<DeclaredItem> declarations() {
        return List.copyOf(declarations.values());
    }

    /** Whether a counting penalty-fulfilled fact names the violation. */
    public boolean isPenaltyFulfilled(String violationId) {
        return counting().anyMatch(f -> f.type() == FactType.PENALTY_FULFILLED
                && violationId.equals(f.attributes().text("violationId")));
    }

    /** Whether a rectification of the finding counts, or one is declared and awaiting verification. */
    public boolean isRectifiedOrDeclaredRectified(String findingId) {
        boolean recorded = counting().anyMatch(f -> f.type() == FactType.RECTIFICATION_COMPLETED
                && findingId.equals(f.attributes().text("findingId")));
        boolean declared = declarations.values().stream().anyMatch(
                item -> item.type() == FactType.RECTIFICATION_COMPLETED
                        && (item.status() == DeclarationStatus.PENDING || item.status() == DeclarationStatus.CONFIRMED)
                        && findingId.equals(item.attributes().text("findingId")));
        return recorded || declared;
    }

    /**
     * The facts that count now: recorded facts not revoked or repaired (a changed violation with its new attributes)
     * and declared items an assessor confirmed, ordered by date and id.
     */
    public List<ResolvedFact> resolved() {
        List<ResolvedFact> resolved = new ArrayList<>();
        counting().forEach(f -> resolved.add(new ResolvedFact(f.factId(), f.type(), f.occurredOn(), f.attributes())));
        declarations.values().stream()
                    .filter(item -> item.status() == DeclarationStatus.CONFIRMED)
                    .forEach(item -> resolved.add(new ResolvedFact(item.itemId(), item.type(), item.occurredOn(),
                                                                   item.attributes())));
        resolved.sort(Comparator.comparing(ResolvedFact::occurredOn).thenComparing(ResolvedFact::factId));
        return List.copyOf(resolved);
    }

    private Stream<RecordedFact> counting() {
        return facts.values().stream().filter(RecordedFact::counts);
    }
}
