package org.greencredit.domain.intake;

import java.util.Optional;

/**
 * 来源记录登记: which credit file holds an imported source record. The application answers from the event store
 * (the claim stream of the record), so the answer cannot drift from what is stored.
 */
public interface SourceRecords {

    /** The credit code of the file that recorded {@code record}, if any did. */
    Optional<String> holder(SourceRecord record);
}
