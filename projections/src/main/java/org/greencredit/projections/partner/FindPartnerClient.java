package org.greencredit.projections.partner;

/** The partner API client with this id, or null. */
public record FindPartnerClient(String clientId) {
}
