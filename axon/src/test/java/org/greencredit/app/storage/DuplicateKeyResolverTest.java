package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    void recognisesAUniqueViolationReportedDirectly() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("dup", "23505"))).isTrue();
    }

    @Test
    void recognisesAUniqueViolationAsACause() {
        assertThat(resolver.isDuplicateKeyViolation(
                new IllegalStateException("wrapped", new SQLException("dup", "23505")))).isTrue();
    }

    @Test
    void recognisesAUniqueViolationHiddenInTheNextExceptionOfABatch() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", "HY000", new int[0]);
        batch.setNextException(new SQLException("dup", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();
    }

    @Test
    void ignoresOtherIntegrityViolationsAndOtherFailures() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("not null", "23502"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("disk full", "53100"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no sql at all"))).isFalse();
    }
}
