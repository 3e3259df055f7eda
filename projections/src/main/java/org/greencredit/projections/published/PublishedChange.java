package org.greencredit.projections.published;

/**
 * One change of an enterprise's effective published result, at its change-feed position {@code cursor}: a new
 * published decision ({@code DECIDED}), a new enterprise name ({@code RENAMED}) or the enterprise leaving the
 * evaluation scope ({@code LEFT_SCOPE}). {@code result} is the result as it stood after the change.
 */
public record PublishedChange(long cursor, String change, PublishedResult result) {

    public static final String DECIDED = "DECIDED";
    public static final String RENAMED = "RENAMED";
    public static final String LEFT_SCOPE = "LEFT_SCOPE";
}
