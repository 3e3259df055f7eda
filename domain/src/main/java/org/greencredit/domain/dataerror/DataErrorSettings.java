package org.greencredit.domain.dataerror;

/**
 * How long the bureau has to answer a data error report, in working days. Neither the indicator system nor the
 * draft policy names a period for 数据纠错 outside 公示, so it is a setting of the application
 * ({@code greencredit.data-errors.decision-working-days}), handed to the handlers as a resource.
 */
public record DataErrorSettings(int decisionWorkingDays) {

    public DataErrorSettings {
        if (decisionWorkingDays < 1) {
            throw new IllegalArgumentException("decision working days must be at least 1: " + decisionWorkingDays);
        }
    }
}
