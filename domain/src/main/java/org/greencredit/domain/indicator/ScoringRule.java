package org.greencredit.domain.indicator;

/** A rule of an indicator: each fact that matches within the window adds (or deducts) its points. */
public record ScoringRule(String id, FactMatch match, Window window, Points points) {
}
