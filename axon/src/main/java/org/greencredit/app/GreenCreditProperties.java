package org.greencredit.app;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.PropertyResolver;

/**
 * Settings under {@code greencredit.*}.
 *
 * @param dataDir where the embedded default keeps its event store and read-model store
 * @param mongo   where read models, tracking tokens and sagas live
 */
@ConfigurationProperties("greencredit")
public record GreenCreditProperties(@DefaultValue(DEFAULT_DATA_DIR) Path dataDir, @DefaultValue Mongo mongo) {

    public static final String DEFAULT_DATA_DIR = "./data";

    /**
     * The data directory {@code configuration} names, for code that runs before or outside the application context
     * (start-up probes, command-line tools, failure analysis), where these properties are not bound yet.
     */
    public static Path dataDir(PropertyResolver configuration) {
        return Path.of(configuration.getProperty("greencredit.data-dir", DEFAULT_DATA_DIR)).toAbsolutePath()
                   .normalize();
    }

    /**
     * @param embedded     serve the MongoDB wire protocol in-process (the embedded default) instead of connecting out
     * @param embeddedPort port on 127.0.0.1 for the embedded server; 0 picks a free one
     * @param embeddedPassword password the embedded server requires (user {@code green-credit}); blank = generated
     *                     once per data directory and kept in {@code readmodels/store-password}
     * @param uri          connection string of an external MongoDB (used when not embedded)
     * @param database     database holding read models, tokens and sagas
     */
    public record Mongo(@DefaultValue("true") boolean embedded,
                        @DefaultValue("27117") int embeddedPort,
                        String embeddedPassword,
                        String uri,
                        @DefaultValue("green-credit") String database) {
    }
}
