package org.greencredit.app.security;

import org.greencredit.domain.actor.Actor;
import org.greencredit.ui.command.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who acts through the web UI and the REST API until sign-in exists: one configured officer for each. Sign-in
 * (Spring Security, users with roles and departments) replaces both with the authenticated user.
 */
@Configuration(proxyBeanMethods = false)
public class InterimActors {

    @Bean
    public CurrentActor webActor(@Value("${greencredit.interim.web-actor:local-officer}") String id) {
        Actor officer = Actor.officer(id, "区生态环境局");
        return () -> officer;
    }

    @Bean
    public IntegrationActor integrationActor(@Value("${greencredit.interim.api-actor:integration}") String id) {
        return new IntegrationActor(Actor.officer(id, "系统对接"));
    }

    /** The actor on whose behalf the REST API issues commands. */
    public record IntegrationActor(Actor actor) {
    }
}
