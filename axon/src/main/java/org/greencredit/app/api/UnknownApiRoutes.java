package org.greencredit.app.api;

import java.util.List;
import java.util.Map;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.domain.common.Refusal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A path under {@code /api/} that no endpoint serves is a 404 problem. Without this, Vaadin's catch-all mapping
 * answered it with the web application's page. It is consulted after the annotated endpoints, so a known path
 * asked with the wrong method or media type still gets its 405 or 415.
 */
@Configuration(proxyBeanMethods = false)
public class UnknownApiRoutes {

    /** After Spring MVC's annotated endpoints (order 0), before Vaadin's and the static resources' catch-alls. */
    private static final int ORDER = 100;

    @Bean
    public SimpleUrlHandlerMapping unknownApiRouteMapping(ApiProblems problems) {
        HttpRequestHandler notFound = (request, response) -> problems.write(
                HttpStatus.NOT_FOUND, new Refusal("request.notFound", List.of(request.getRequestURI())), request,
                response);
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), ORDER);
    }
}
