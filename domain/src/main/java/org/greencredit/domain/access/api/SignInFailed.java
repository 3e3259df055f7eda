package org.greencredit.domain.access.api;

import org.axonframework.serialization.Revision;
import org.greencredit.domain.access.SignInChannel;
import org.greencredit.domain.access.SignInFailure;

/**
 * 登录失败: someone tried {@code username} (as typed, whether or not such an account exists) from
 * {@code clientAddress} through {@code channel} and was refused for {@code reason}.
 */
@Revision("1")
public record SignInFailed(String username, String clientAddress, SignInChannel channel, SignInFailure reason) {
}
