package org.greencredit.domain.access.api;

import org.axonframework.serialization.Revision;
import org.greencredit.domain.access.SignInChannel;

/** 登录成功: {@code username} signed in from {@code clientAddress} through {@code channel}. */
@Revision("1")
public record SignInSucceeded(String username, String clientAddress, SignInChannel channel) {
}
