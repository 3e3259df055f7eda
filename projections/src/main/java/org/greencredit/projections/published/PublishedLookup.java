package org.greencredit.projections.published;

/**
 * The answer for one credit code asked: {@code FOUND} with its result, {@code NO_PUBLISHED_RESULT} for a registered
 * enterprise without one (yet), {@code NOT_FOUND} for a code no enterprise of the district has.
 */
public record PublishedLookup(String creditCode, Status status, PublishedResult result) {

    public enum Status { FOUND, NO_PUBLISHED_RESULT, NOT_FOUND }
}
