package org.greencredit.domain.indicator.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 指标体系版本已停用. */
@Revision("1")
public record IndicatorVersionRetired(String system, String version, LocalDate retiredOn) {
}
