package org.greencredit.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.domain.common.Refusal;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path under {@code /actuator} that names no exposed endpoint answers 404 to everyone, signed in or not. Without
 * this, Vaadin's catch-all mapping would answer it with the application page, and the security chain would first
 * ask an anonymous caller to sign in for a path that leads nowhere.
 */
class UnknownActuatorPaths extends OncePerRequestFilter {

    private final RequestMatcher exposed = EndpointRequest.toAnyEndpoint();
    private final ApiProblems problems;

    UnknownActuatorPaths(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ((path.equals("/actuator") || path.startsWith("/actuator/")) && !exposed.matches(request)) {
            problems.write(HttpStatus.NOT_FOUND, new Refusal("request.notFound", List.of(path)), request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
