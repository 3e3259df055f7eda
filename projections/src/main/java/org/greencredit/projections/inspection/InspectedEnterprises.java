package org.greencredit.projections.inspection;

import java.util.List;

/** Credit codes, sorted. */
public record InspectedEnterprises(List<String> creditCodes) {

    public InspectedEnterprises {
        creditCodes = List.copyOf(creditCodes);
    }
}
