package org.greencredit.domain.inspection;

/**
 * How one tier was drawn: its enterprises in scope, whether it is checked off site (正面清单), how many were left
 * out of the random draw as inspected recently, how many had to be drawn for the yearly minimum, the quota the ratio
 * gives, and how many were drawn in the end.
 */
public record TierDraw(String tier, int enterprises, boolean offSite, int recentlyInspected, int yearlyMinimum,
                       int quota, int drawn) {
}
