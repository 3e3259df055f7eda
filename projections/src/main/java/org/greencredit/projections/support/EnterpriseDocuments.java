package org.greencredit.projections.support;

import java.util.List;
import org.bson.conversions.Bson;

/** How a projection finds one enterprise's documents in one of its collections (see {@link EnterpriseLookup}). */
public interface EnterpriseDocuments {

    /** Notes that the document belongs to the enterprise, before the document itself is written. */
    void add(String creditCode, String documentId);

    /** The enterprise's document ids — in an event handler including those its batch wrote so far. */
    List<String> ids(String creditCode);

    /** The whole filter of a query for exactly the enterprise's documents; further conditions apply to what it finds. */
    Bson filter(String creditCode);

    /** Forgets what {@link #add} noted, as a reset does before a replay. */
    void reset();
}
