package org.greencredit.domain.cycle.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 启动评价周期: opens the yearly evaluation of a batch (an explicit list of credit codes, e.g. the 30 enterprises of
 * the first trial batch) with a published indicator system version. The period and every date follow from the
 * version's settings and the working-day calendar.
 */
public record OpenCycle(@TargetAggregateIdentifier String cycleId, int year, String name, List<String> creditCodes,
                        String indicatorSystem, String indicatorVersion) {
}
