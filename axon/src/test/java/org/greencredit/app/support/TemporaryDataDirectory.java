package org.greencredit.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at a fresh data directory of its own. */
public final class TemporaryDataDirectory {

    private TemporaryDataDirectory() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        try {
            String dir = Files.createTempDirectory("green-credit-test").toString();
            registry.add("greencredit.data-dir", () -> dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
