package org.greencredit.testing;

import org.greencredit.app.intake.SourceBatches;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Lets the application start in tests while {@link SourceBatches} has no implementation on this branch: the intake
 * API needs one. Registered as a test auto-configuration, so it backs off as soon as the real implementation is a
 * bean (delete it then), and kept outside {@code org.greencredit.app}, so that no component scan (the store-only
 * application's has no auto-configuration filter) registers it a second time. Tests of the intake API replace the
 * bean with a recording double of their own.
 */
@AutoConfiguration
public class SourceBatchesStandIn {

    @Bean
    @ConditionalOnMissingBean(SourceBatches.class)
    SourceBatches unimplementedSourceBatches() {
        return (kind, batchName, rows, actor) -> {
            throw new UnsupportedOperationException("SourceBatches is not implemented on this branch");
        };
    }
}
