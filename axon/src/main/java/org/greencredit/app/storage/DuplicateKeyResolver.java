package org.greencredit.app.storage;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises a unique-key violation (SQLState 23505) however the JDBC driver reports it: as the exception or one of
 * its causes, or hidden in the "next exception" chain of a batch update, which Axon's own resolver does not read.
 * Axon then raises {@code ConcurrencyException} for a duplicate aggregate sequence number.
 */
public class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sqlException && isUniqueViolation(sqlException)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
