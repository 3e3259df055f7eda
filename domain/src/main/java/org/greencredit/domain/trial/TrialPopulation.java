package org.greencredit.domain.trial;

import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;

/**
 * Which enterprises a trial scores, as chosen: the whole district, one evaluation batch, or a filter (street or town,
 * industry code prefix, management class — each optional). Enterprises that left scope never take part.
 */
public record TrialPopulation(Kind kind, String batchCode, Subdistrict subdistrict, String industryPrefix,
                              ManagementClass managementClass) {

    public enum Kind { DISTRICT, BATCH, FILTER }

    public static TrialPopulation district() {
        return new TrialPopulation(Kind.DISTRICT, null, null, null, null);
    }

    public static TrialPopulation batch(String batchCode) {
        return new TrialPopulation(Kind.BATCH, batchCode, null, null, null);
    }
}
