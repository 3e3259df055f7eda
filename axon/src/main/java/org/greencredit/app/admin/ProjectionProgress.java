package org.greencredit.app.admin;

/**
 * Where a projection's processor stands: whether it is running, replaying (a rebuild under way), caught up with
 * the store, the lowest position its segments have reached against the store's head, and the first error, if a
 * segment is in error.
 */
public record ProjectionProgress(String projection, boolean running, boolean replaying, boolean caughtUp,
                                 long position, long head, String error) {

    /** How far the slowest segment is, in percent of the store's head (100 when the store is empty). */
    public int percent() {
        return head <= 0 ? 100 : (int) Math.min(100, Math.max(0, position * 100 / head));
    }
}
