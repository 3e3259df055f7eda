package org.greencredit.app;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The green-credit application: Axon wiring, storage, and the Vaadin web UI. */
@SpringBootApplication(scanBasePackages = {"org.greencredit.app", "org.greencredit.ui"})
@ConfigurationPropertiesScan
@EnableVaadin("org.greencredit.ui")
public class GreenCreditApplication {

    public static void main(String[] args) {
        // Axon prints an advertisement for its hosted console at every start unless told not to.
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(GreenCreditApplication.class, args);
    }
}
