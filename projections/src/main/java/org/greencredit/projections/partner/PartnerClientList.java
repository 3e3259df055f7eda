package org.greencredit.projections.partner;

import java.util.List;

public record PartnerClientList(List<PartnerClientSummary> clients) {
}
