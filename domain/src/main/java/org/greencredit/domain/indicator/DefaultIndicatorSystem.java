package org.greencredit.domain.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The indicator system shipped with the application (2026.1), published on the first start of an empty store. */
public final class DefaultIndicatorSystem {

    public static final String SYSTEM = "TZ-GREEN-CREDIT";
    public static final String VERSION = "2026.1";
    private static final String RESOURCE = "/indicator-systems/indicator-system-2026.1.yaml";

    private DefaultIndicatorSystem() {
    }

    public static String yaml() {
        try (InputStream in = DefaultIndicatorSystem.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IndicatorSystem definition() {
        return IndicatorSystemParser.parse(yaml());
    }
}
