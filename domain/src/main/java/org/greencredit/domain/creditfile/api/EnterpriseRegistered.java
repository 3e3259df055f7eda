package org.greencredit.domain.creditfile.api;

import org.axonframework.serialization.Revision;

/** 企业已登记: the first event of every credit file. */
@Revision("1")
public record EnterpriseRegistered(String creditCode, String name) {
}
