package org.greencredit.app.partner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.domain.common.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The partner chain's 401 and 403 as problems: no or wrong credentials ({@code request.unauthenticated}), a revoked
 * ({@code partner.client.revoked}) or expired ({@code partner.client.expired}) client, and a path outside the client's
 * scopes ({@code partner.scope.missing}).
 */
public class PartnerSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiProblems problems;

    public PartnerSecurityProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String key = exception instanceof DisabledException ? "partner.client.revoked"
                : exception instanceof CredentialsExpiredException ? "partner.client.expired"
                : "request.unauthenticated";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"green-credit-partner\"");
        problems.write(HttpStatus.UNAUTHORIZED, new Refusal(key, List.of()), request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        problems.write(HttpStatus.FORBIDDEN, new Refusal("partner.scope.missing", List.of(request.getRequestURI())),
                       request, response);
    }
}
