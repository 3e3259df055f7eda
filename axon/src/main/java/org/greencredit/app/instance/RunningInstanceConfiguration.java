package org.greencredit.app.instance;

import java.nio.file.Path;
import org.greencredit.app.GreenCreditProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

/**
 * Records the web application's address in its data directory ({@link RunningInstance}) while it holds the embedded
 * event store — the only store one process at a time may open.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class RunningInstanceConfiguration {

    @Bean
    public ApplicationListener<ApplicationReadyEvent> runningInstanceRecorder(GreenCreditProperties properties,
                                                                              Environment environment) {
        return ready -> {
            if (ready.getApplicationContext() instanceof WebServerApplicationContext web) {
                boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false);
                String host = environment.getProperty("server.address", "127.0.0.1");
                String url = (tls ? "https" : "http") + "://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":"
                             + web.getWebServer().getPort();
                new RunningInstance(url, ProcessHandle.current().pid()).writeInto(dataDir(properties));
            }
        };
    }

    @Bean
    public ApplicationListener<ContextClosedEvent> runningInstanceEraser(GreenCreditProperties properties) {
        return closed -> RunningInstance.removeFrom(dataDir(properties));
    }

    private static Path dataDir(GreenCreditProperties properties) {
        return properties.dataDir().toAbsolutePath().normalize();
    }
}
