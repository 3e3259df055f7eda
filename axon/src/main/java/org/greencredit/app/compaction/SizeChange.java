package org.greencredit.app.compaction;

/** A store's size on disk in bytes, before and after compaction. */
public record SizeChange(long before, long after) {
}
