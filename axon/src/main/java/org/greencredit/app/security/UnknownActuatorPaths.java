package org.greencredit.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path under {@code /actuator} that names no exposed endpoint answers 404 to everyone, signed in or not. Without
 * this, Vaadin's catch-all mapping would answer it with the application page, and the security chain would first
 * ask an anonymous caller to sign in for a path that leads nowhere.
 */
class UnknownActuatorPaths extends OncePerRequestFilter {

    private final RequestMatcher exposed = EndpointRequest.toAnyEndpoint();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ((path.equals("/actuator") || path.startsWith("/actuator/")) && !exposed.matches(request)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"request.notFound\",\"status\":404}");
            return;
        }
        chain.doFilter(request, response);
    }
}
