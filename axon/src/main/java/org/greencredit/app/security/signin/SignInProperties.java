package org.greencredit.app.security.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code greencredit.security.sign-in.*} (part of {@code GreenCreditProperties}): when an account is
 * locked, when a client address is throttled, and how often a stateless API sign-in is written to the audit
 * timeline.
 *
 * @param maxFailures          failed sign-ins for one user name within {@code failureWindow} that lock it
 * @param failureWindow        how far back failures of one user name are counted
 * @param lockout              how long a locked user name stays locked
 * @param addressFailures      failed sign-ins one client address may make per {@code addressWindow} before every
 *                             further attempt from it is refused until the allowance refills
 * @param addressWindow        the period in which a client address's allowance refills completely
 * @param basicSuccessInterval an HTTP Basic sign-in of one account is recorded at most once per this interval (per
 *                             instance); the login form's sign-ins are all recorded
 */
public record SignInProperties(@DefaultValue("5") int maxFailures,
                               @DefaultValue("PT15M") Duration failureWindow,
                               @DefaultValue("PT15M") Duration lockout,
                               @DefaultValue("20") int addressFailures,
                               @DefaultValue("PT15M") Duration addressWindow,
                               @DefaultValue("PT15M") Duration basicSuccessInterval) {

    public SignInProperties {
        if (maxFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("greencredit.security.sign-in: max-failures and address-failures "
                                               + "must be at least 1");
        }
        if (failureWindow.isNegative() || failureWindow.isZero() || lockout.isNegative() || lockout.isZero()
            || addressWindow.isNegative() || addressWindow.isZero() || basicSuccessInterval.isNegative()) {
            throw new IllegalArgumentException("greencredit.security.sign-in: windows and the lockout must be "
                                               + "positive durations");
        }
    }
}
