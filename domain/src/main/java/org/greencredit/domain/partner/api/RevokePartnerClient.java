package org.greencredit.domain.partner.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 吊销合作方接口客户端: from now on its requests are refused. */
public record RevokePartnerClient(@TargetAggregateIdentifier String clientId) {
}
