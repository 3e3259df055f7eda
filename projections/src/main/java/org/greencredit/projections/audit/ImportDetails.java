package org.greencredit.projections.audit;

/**
 * What the timeline keeps of an import: for its start the file (or batch) name, size, SHA-256, channel, kind and
 * rows; for its end the counts; for an enterprise or fact it brought in, the import and the source record.
 * Absent parts are null.
 */
public record ImportDetails(String importId, String fileName, Long sizeBytes, String sha256, String channel,
                            String kind, Integer rows, Integer recorded, Integer alreadyRecorded, Integer conflicts,
                            Integer refused, Integer unhandled, String sourceRecordId) {
}
