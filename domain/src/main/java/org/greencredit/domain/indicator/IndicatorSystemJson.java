package org.greencredit.domain.indicator;

import org.greencredit.domain.common.CanonicalJson;

/**
 * The canonical JSON of an indicator system and its SHA-256, the version's identity. Any two definitions with the
 * same content give the same bytes, whatever YAML layout, comments or key order they were written in.
 */
public final class IndicatorSystemJson {

    private IndicatorSystemJson() {
    }

    public static String canonical(IndicatorSystem system) {
        return CanonicalJson.write(system);
    }

    public static IndicatorSystem read(String canonicalJson) {
        return CanonicalJson.read(canonicalJson, IndicatorSystem.class);
    }

    public static String sha256(String canonicalJson) {
        return CanonicalJson.sha256(canonicalJson);
    }

    public static String sha256(IndicatorSystem system) {
        return sha256(canonical(system));
    }
}
