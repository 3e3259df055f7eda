package org.greencredit.domain.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which facts a rule looks at, by date: those in the evaluation period, those in the {@code months} before the
 * decision date ({@code (asOf − months, asOf]}, calendar months), or any on or before the decision date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Window(Kind kind, Integer months) {

    public static final Window PERIOD = new Window(Kind.PERIOD, null);
    public static final Window AS_OF = new Window(Kind.AS_OF, null);

    public enum Kind { PERIOD, LOOKBACK, AS_OF }

    public static Window lookback(int months) {
        return new Window(Kind.LOOKBACK, months);
    }
}
