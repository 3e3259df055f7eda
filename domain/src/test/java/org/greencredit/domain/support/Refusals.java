package org.greencredit.domain.support;

import java.util.Map;
import org.axonframework.test.aggregate.TestExecutor;
import org.greencredit.domain.common.RuleViolation;

/** How every aggregate's fixture asserts a refusal: the rule's message key, and nothing stored. */
public final class Refusals {

    private Refusals() {
    }

    /** {@code command}, sent with {@code metaData} (the actor) after {@code given}, is refused with {@code message}. */
    public static void refused(TestExecutor<?> given, Object command, Map<String, ?> metaData, String message) {
        given.when(command, metaData).expectNoEvents().expectException(RuleViolation.class)
             .expectExceptionMessage(message);
    }
}
