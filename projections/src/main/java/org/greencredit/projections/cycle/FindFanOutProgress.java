package org.greencredit.projections.cycle;

/** The fan-outs of one cycle, latest first. Answered with a {@link FanOutProgressList}. */
public record FindFanOutProgress(String cycleId) {
}
