package org.greencredit.app.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.greencredit.domain.common.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API's filter chain answers 401 (no or wrong credentials) and 403 (a role the path is not open to) as
 * problems too, so a caller reads every refusal the same way. The 401 still asks for HTTP Basic.
 */
@Component
public class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiProblems problems;

    public ApiSecurityProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"green-credit\"");
        problems.write(HttpStatus.UNAUTHORIZED, new Refusal("request.unauthenticated", List.of()), request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        problems.write(HttpStatus.FORBIDDEN, new Refusal("request.forbidden", List.of()), request, response);
    }
}
