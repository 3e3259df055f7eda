package org.greencredit.ui.admin;

/**
 * Where a projection stands: running or not, replaying (a rebuild under way), caught up, the position its
 * slowest segment has reached of the store's head, that as a percentage, and the first error if a segment failed.
 */
public record ProjectionState(String projection, boolean running, boolean replaying, boolean caughtUp, long position,
                              long head, int percent, String error) {

    /** Whether nothing is left to do: running, not replaying, caught up with the head and in no error. */
    public boolean settled() {
        return running && !replaying && caughtUp && error == null;
    }
}
