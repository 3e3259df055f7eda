package org.greencredit.domain.access.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.access.SignInChannel;

/**
 * 账户已临时锁定: {@code failures} failed sign-ins for {@code username} within the configured window, the last from
 * {@code clientAddress} through {@code channel}; no sign-in for this name is accepted before {@code lockedUntil}.
 */
@Revision("1")
public record AccountLockedOut(String username, String clientAddress, SignInChannel channel, int failures,
                               Instant lockedUntil) {
}
