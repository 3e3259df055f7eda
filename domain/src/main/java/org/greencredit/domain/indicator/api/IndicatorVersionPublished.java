package org.greencredit.domain.indicator.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 指标体系版本已发布. */
@Revision("1")
public record IndicatorVersionPublished(String system, String version, String versionHash, LocalDate effectiveFrom) {
}
