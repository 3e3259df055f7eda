package org.greencredit.domain.dataerror;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greencredit.domain.creditfile.FactStatus;
import org.greencredit.domain.creditfile.RecordedFact;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.ViolationCorrected;

/**
 * What a data error report needs to know of a credit file: each recorded fact with its status, each correction with
 * the sequence number of its event, whether the enterprise left scope, and the sequence of the file's last event.
 * Folded from the file's events in order with {@link #apply}; only the events that change these are looked at.
 */
public final class FileFacts {

    private final Map<String, RecordedFact> facts = new LinkedHashMap<>();
    private final Map<Long, FactCorrection> corrections = new LinkedHashMap<>();
    private boolean leftScope;
    private long lastSequence = -1;

    /** Folds the next event of the file, whatever it is. */
    public FileFacts apply(Object payload, long sequence) {
        lastSequence = sequence;
        if (payload instanceof FactRecorded recorded) {
            facts.put(recorded.factId(), new RecordedFact(recorded.factId(), recorded.type(), recorded.occurredOn(),
                                                          recorded.source(), recorded.evidence(),
                                                          recorded.attributes(), FactStatus.COUNTED));
        } else if (payload instanceof ViolationCorrected corrected) {
            facts.computeIfPresent(corrected.violationId(), (id, fact) -> new RecordedFact(
                    id, fact.type(), fact.occurredOn(), fact.source(), fact.evidence(),
                    corrected.outcome() == CorrectionOutcome.CHANGED ? corrected.newAttributes() : fact.attributes(),
                    corrected.outcome() == CorrectionOutcome.CHANGED ? FactStatus.CHANGED : FactStatus.REVOKED));
            corrections.put(sequence, new FactCorrection(sequence, corrected.violationId(), corrected.outcome(),
                                                         corrected.decidedOn()));
        } else if (payload instanceof RepairApproved approved) {
            approved.factIds().forEach(id -> facts.computeIfPresent(id, (key, fact) -> new RecordedFact(
                    key, fact.type(), fact.occurredOn(), fact.source(), fact.evidence(), fact.attributes(),
                    FactStatus.REPAIRED)));
        } else if (payload instanceof EnterpriseLeftScope) {
            leftScope = true;
        }
        return this;
    }

    /** Every fact of the file with its current attributes and status, in the order recorded. */
    public List<RecordedFact> facts() {
        return List.copyOf(facts.values());
    }

    public Optional<RecordedFact> fact(String factId) {
        return Optional.ofNullable(facts.get(factId));
    }

    /** The correction whose event has this sequence number in the file's stream. */
    public Optional<FactCorrection> correction(long sequence) {
        return Optional.ofNullable(corrections.get(sequence));
    }

    /** The latest correction of a fact made after the given sequence number. */
    public Optional<FactCorrection> latestCorrectionAfter(String factId, long sequence) {
        return corrections.values().stream()
                          .filter(correction -> correction.factId().equals(factId) && correction.sequence() > sequence)
                          .reduce((earlier, later) -> later);
    }

    public boolean leftScope() {
        return leftScope;
    }

    public long lastSequence() {
        return lastSequence;
    }
}
