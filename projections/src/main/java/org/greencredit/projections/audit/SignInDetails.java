package org.greencredit.projections.audit;

import java.time.Instant;

/**
 * What the timeline keeps of a sign-in event: the user name tried, the client address, the channel ({@code FORM} or
 * {@code BASIC}), why it failed (failures only) and until when the name is locked (lockouts only).
 */
public record SignInDetails(String username, String clientAddress, String channel, String reason,
                            Instant lockedUntil) {
}
