package org.greencredit.projections.creditfile;

/** 信用档案: everything the credit file view shows of one enterprise; answered as {@link CreditFileView}. */
public record FindCreditFile(String creditCode) {
}
