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
        SpringApplication.run(GreenCreditApplication.class, args);
    }
}
