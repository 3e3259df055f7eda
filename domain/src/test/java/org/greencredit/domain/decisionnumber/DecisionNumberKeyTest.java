package org.greencredit.domain.decisionnumber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionNumberKeyTest {

    @Test
    void differentWaysOfWritingTheSameNumberHaveOneKey() {
        String key = DecisionNumberKey.of("京通环罚〔2025〕12号");

        assertThat(DecisionNumberKey.of("京通环罚[2025]12号")).isEqualTo(key);
        assertThat(DecisionNumberKey.of("京通环罚【2025】12号")).isEqualTo(key);
        assertThat(DecisionNumberKey.of("京通环罚（２０２５）１２ 号")).isEqualTo(key);
        assertThat(DecisionNumberKey.of("京通环罚〔2025〕13号")).isNotEqualTo(key);
    }

    @Test
    void theClaimIdCannotBeACreditCode() {
        assertThat(DecisionNumberKey.claimId("京通环罚〔2025〕12号")).startsWith("decision-no:").hasSizeGreaterThan(18);
    }
}
