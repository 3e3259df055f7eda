package org.greencredit.domain.creditfile;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.greencredit.domain.creditfile.api.GradeDecided;

/**
 * 等级决定记录: every grade decision of one enterprise in the order made, and which one was in force on a date —
 * the latest FINAL, REVIEWED, DYNAMIC or REPAIR decision made on or before it. Kept inside the credit file, and
 * built the same way by any reader of the file's events.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class DecisionHistory {

    private final List<RecordedDecision> decisions = new ArrayList<>();

    /** The history the given events describe. */
    public static DecisionHistory of(Iterable<GradeDecided> events) {
        DecisionHistory history = new DecisionHistory();
        events.forEach(history::apply);
        return history;
    }

    @EventSourcingHandler
    void apply(GradeDecided event) {
        decisions.add(new RecordedDecision(event.decisionId(), event.kind(), event.cycleId(), event.decidedOn(),
                                           event.decision(), event.basedOn(), event.trigger()));
    }

    /** The id the next decision of this enterprise gets: derived, so replaying a command gives the same id. */
    String nextId(String creditCode) {
        return UUID.nameUUIDFromBytes((creditCode + "/decision/" + (decisions.size() + 1))
                                              .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public List<RecordedDecision> all() {
        return List.copyOf(decisions);
    }

    public Optional<RecordedDecision> byId(String decisionId) {
        return decisions.stream().filter(decision -> decision.decisionId().equals(decisionId)).findFirst();
    }

    /** The grade in force now. */
    public Optional<RecordedDecision> inForce() {
        return inForceOn(LocalDate.MAX);
    }

    /** The grade in force on {@code date}. */
    public Optional<RecordedDecision> inForceOn(LocalDate date) {
        RecordedDecision found = null;
        for (RecordedDecision candidate : decisions) {
            if (candidate.kind().inForce() && !candidate.decidedOn().isAfter(date)) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }
}
