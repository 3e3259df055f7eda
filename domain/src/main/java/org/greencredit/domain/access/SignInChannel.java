package org.greencredit.domain.access;

/** Where a sign-in was tried: the web UI's login form (登录页) or HTTP Basic on the REST API (接口). */
public enum SignInChannel {
    FORM,
    BASIC
}
