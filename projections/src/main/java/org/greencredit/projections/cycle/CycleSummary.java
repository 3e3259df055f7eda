package org.greencredit.projections.cycle;

import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.cycle.CyclePhase;

/**
 * An evaluation cycle as staff see it: its year, name, version, period, phase, schedule, the size of its batch and
 * the enterprises excluded from it with the reason (a message key).
 */
public record CycleSummary(String cycleId, int year, String name, String indicatorSystem, String indicatorVersion,
                           LocalDate periodFrom, LocalDate periodTo, CyclePhase phase, LocalDate openedOn,
                           LocalDate declarationDeadline, LocalDate verificationDeadline, LocalDate disclosureStart,
                           LocalDate disclosureEnd, LocalDate publishedOn, LocalDate closedOn, int batchSize,
                           List<Exclusion> excluded) {

    public CycleSummary {
        excluded = List.copyOf(excluded);
    }

    /** Whether the cycle is still running: every phase but CLOSED. */
    public boolean open() {
        return phase != CyclePhase.CLOSED;
    }

    /** Whether the final grades are out: published, and still after the cycle closed. */
    public boolean gradesPublished() {
        return phase == CyclePhase.PUBLISHED || phase == CyclePhase.CLOSED;
    }

    /** An enterprise of the batch that could not take part, and why. */
    public record Exclusion(String creditCode, String reason) {
    }
}
