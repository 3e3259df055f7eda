package org.greencredit.projections.deadline;

import java.util.List;

/** Deadlines, earliest last day first. */
public record DeadlineList(List<Deadline> deadlines) {

    public DeadlineList {
        deadlines = List.copyOf(deadlines);
    }
}
