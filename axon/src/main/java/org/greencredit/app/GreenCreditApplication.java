package org.greencredit.app;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.greencredit.app.launch.Launcher;
import org.greencredit.app.startup.ContextRoot;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** The green-credit application: Axon wiring, storage, and the Vaadin web UI. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.greencredit.app", "org.greencredit.ui"}, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ContextRoot.class)})
@ConfigurationPropertiesScan
@EnableVaadin("org.greencredit.ui")
@ContextRoot
public class GreenCreditApplication {

    /** See {@link Launcher#launch}: a command-line tool, or this application. */
    public static void main(String[] args) {
        Launcher.launch(GreenCreditApplication.class, args);
    }
}
