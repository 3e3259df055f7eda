package org.greencredit.domain.inspector.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 登记执法人员: enters a law-enforcement officer in the 执法人员名录 with their department and 执法证号;
 * {@code username} links the sign-in account of role INSPECTOR the officer uses, or is null.
 */
public record RegisterInspector(@TargetAggregateIdentifier String inspectorId, String name, String department,
                                String certificateNumber, String username) {
}
