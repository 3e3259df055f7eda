package org.greencredit.projections.creditfile;

/** 信用档案: everything the credit file shows of one enterprise; answered as {@link CreditFileSummary}. */
public record FindCreditFile(String creditCode) {
}
