package org.greencredit.app.api.intake;

import org.greencredit.app.problem.ApiProblems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake API's body limit, on its path only (after the security filters: a stranger is told 401 first). */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    @Bean
    public FilterRegistrationBean<IntakeBodyLimit> intakeBodyLimit(ApiProblems problems) {
        FilterRegistrationBean<IntakeBodyLimit> registration = new FilterRegistrationBean<>(new IntakeBodyLimit(problems));
        registration.addUrlPatterns("/api/v1/intake/*");
        return registration;
    }
}
