package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** 未核查: items still unverified when verification closed; they never count. */
@Revision("1")
public record DeclaredItemsLapsed(String creditCode, String cycleId, List<String> itemIds, LocalDate lapsedOn) {
}
