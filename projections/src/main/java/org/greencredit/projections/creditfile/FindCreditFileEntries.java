package org.greencredit.projections.creditfile;

/** Every fact and declared item of a credit file, by date; answered as {@link CreditFileEntries}. */
public record FindCreditFileEntries(String creditCode) {
}
