package org.greencredit.app.security;

import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Where the account of a source system (数据来源系统) may not go: every API path but the intake API. */
final class SourceSystems {

    /** Signed in, and not as a source system. */
    static final AuthorizationManager<RequestAuthorizationContext> KEPT_OUT = AuthorizationManagers.allOf(
            AuthenticatedAuthorizationManager.authenticated(),
            AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("SOURCE_SYSTEM")));

    private SourceSystems() {
    }
}
