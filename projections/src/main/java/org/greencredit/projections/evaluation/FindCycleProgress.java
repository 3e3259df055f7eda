package org.greencredit.projections.evaluation;

/** 评价进度 of a cycle; answered as {@link CycleProgress}. Subscribers receive the progress after each change. */
public record FindCycleProgress(String cycleId) {
}
