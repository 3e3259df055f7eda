package org.greencredit.domain.cycle.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.cycle.CycleSchedule;

/** 评价周期已启动. */
@Revision("1")
public record CycleOpened(String cycleId, int year, String name, List<String> creditCodes, LocalDate periodFrom,
                          LocalDate periodTo, String indicatorSystem, String indicatorVersion, String versionHash,
                          CycleSchedule schedule) {
}
