package org.greencredit.domain.creditfile;

import java.time.LocalDate;
import org.greencredit.domain.fact.Evidence;

/** 异议: what the enterprise disputed, when, by when it must be reviewed, and where its review stands. */
public record Objection(String reason, Evidence evidence, LocalDate filedOn, LocalDate reviewDeadline,
                        ObjectionStatus status, boolean overdue) {

    Objection with(ObjectionStatus newStatus) {
        return new Objection(reason, evidence, filedOn, reviewDeadline, newStatus, overdue);
    }

    Objection flaggedOverdue() {
        return new Objection(reason, evidence, filedOn, reviewDeadline, status, true);
    }
}
