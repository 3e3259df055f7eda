package org.greencredit.domain.indicator;

/** The shipped default indicator system, for tests in other packages. */
public final class IndicatorSystemParserTestSupport {

    private IndicatorSystemParserTestSupport() {
    }

    public static IndicatorSystem shipped() {
        return IndicatorSystemParserTest.shipped();
    }

    public static String shippedYaml() {
        return IndicatorSystemParserTest.shippedYaml();
    }
}
