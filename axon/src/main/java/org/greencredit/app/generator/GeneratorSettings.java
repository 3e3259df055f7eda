package org.greencredit.app.generator;

/**
 * What to generate: {@code enterprises} enterprises with {@code years} years of facts ending with
 * {@code lastFactYear}, and a cycle for each of those years whose evaluation year the working-day calendar knows,
 * all drawn from {@code seed} (the same seed gives the same district).
 */
public record GeneratorSettings(int enterprises, int years, long seed, int lastFactYear) {

    public GeneratorSettings {
        if (enterprises < 1 || years < 1) {
            throw new IllegalArgumentException("at least one enterprise and one year");
        }
    }
}
