package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 已纳入评价批次. */
@Revision("1")
public record EnterpriseIncludedInBatch(String creditCode, String batchCode, LocalDate includedOn) {
}
