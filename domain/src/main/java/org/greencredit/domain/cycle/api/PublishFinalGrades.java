package org.greencredit.domain.cycle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 公开评价结果: publishes the final grade of every enterprise of the cycle; one whose objection is still under review
 * is published the moment the review concludes.
 */
public record PublishFinalGrades(@TargetAggregateIdentifier String cycleId) {
}
