package org.greencredit.domain.dataerror;

import java.util.Optional;

/**
 * The facts of a credit file as they stand now, for handlers outside the credit file. The application answers
 * from the credit file's own events, so a report can never name a fact the file does not hold.
 */
public interface CreditFileFacts {

    /** The file's facts and corrections; empty if there is no credit file with this code. */
    Optional<FileFacts> of(String creditCode);
}
