package org.greencredit.projections.partner;

/** Every partner API client, newest first. */
public record FindPartnerClients() {
}
