package org.greencredit.app.cli;

import org.greencredit.app.dataerror.DataErrorService;
import org.greencredit.app.inspector.InspectorDesk;
import org.greencredit.app.startup.ContextRoot;
import org.greencredit.ui.i18n.Translations;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The application without its web side — no Vaadin, no sign-in, no HTTP API or its problem answers, no partner API
 * — for command-line tools that only read the store. Storage, Axon and the audit services are the same beans the
 * web application uses. The import engine names its columns and problems in the user's language, so the
 * translations come along. The data-error desk and the inspector desk serve the signed-in user of a view (the
 * latter asks the user accounts) and are left out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration"})
@ComponentScan(basePackages = "org.greencredit.app", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX,
                              pattern = "org\\.greencredit\\.app\\.(api|problem|security|partner)\\..*"),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ContextRoot.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                              classes = {DataErrorService.class, InspectorDesk.class})})
@ConfigurationPropertiesScan("org.greencredit.app")
@Import(Translations.class)
@ContextRoot
public class StoreOnlyApplication {
}
