package org.greencredit.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.greencredit.app.GreenCreditProperties;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * What the verifying command lines share: they open the event store only to read it — no web server, no processor,
 * no shipped reference data published — and find the data directory the way the application does.
 */
final class StoreReading {

    private StoreReading() {
    }

    /** The properties of a read-only start; the user's {@code --name=value} arguments are added after them. */
    static List<String> properties() {
        return new ArrayList<>(List.of(
                "--spring.main.web-application-type=none", "--greencredit.processors.enabled=false",
                "--greencredit.reference-data.publish-shipped=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // tokens are never used here: no processor runs
                "--logging.level.org.axonframework.eventhandling.tokenstore.inmemory=ERROR"));
    }

    /** The data directory the properties name: command line, system property, environment, or the default. */
    static Path dataDir(List<String> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(properties.toArray(String[]::new)));
        return GreenCreditProperties.dataDir(environment);
    }
}
