package org.greencredit.domain.inspection;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.SupervisionTier;

/**
 * How a supervision tier is drawn, from the indicator version's {@code supervision} section:
 * {@code samplingRatioPerQuarter} of its enterprises are inspected on site each quarter, each at least
 * {@code minOnSiteVisitsPerYear} times a year; {@code offSite} marks the 正面清单 (the tier of the best grade),
 * which is exempt from on-site draws and gets an off-site check instead. The ratio is kept without trailing zeros,
 * so equal rules serialise to equal bytes.
 */
public record TierRule(String tier, BigDecimal samplingRatioPerQuarter, int minOnSiteVisitsPerYear, boolean offSite) {

    public TierRule {
        samplingRatioPerQuarter = samplingRatioPerQuarter.stripTrailingZeros();
        if (samplingRatioPerQuarter.signum() == 0) {
            samplingRatioPerQuarter = BigDecimal.ZERO;
        }
    }

    /** The tiers of a version, in the order of its grades; a tier named by several grades is taken from the first. */
    public static List<TierRule> of(IndicatorSystem system) {
        Map<String, TierRule> rules = new LinkedHashMap<>();
        for (SupervisionTier tier : system.supervision()) {
            rules.putIfAbsent(tier.tier(), new TierRule(tier.tier(), tier.samplingRatioPerQuarter(),
                                                        tier.minOnSiteVisitsPerYear(),
                                                        system.rank(tier.grade()) == 0));
        }
        return List.copyOf(rules.values());
    }
}
