package org.greencredit.app.intake;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Lets the application start in tests while {@link SourceBatches} has no implementation on this branch: the intake
 * API needs one. Registered as a test auto-configuration, so it backs off as soon as the real implementation is a
 * bean (delete it then). Tests of the intake API replace the bean with a recording double of their own.
 */
@AutoConfiguration
public class SourceBatchesStandIn {

    @Bean
    @ConditionalOnMissingBean(SourceBatches.class)
    SourceBatches sourceBatchesStandIn() {
        return (kind, batchName, rows, actor) -> {
            throw new UnsupportedOperationException("SourceBatches is not implemented on this branch");
        };
    }
}
