package org.greencredit.domain.inspection;

import org.greencredit.domain.common.RuleViolation;

/**
 * 抽签种子: any text of 1 to 128 characters without control characters — an officer may announce one (a lottery
 * number, the date and a witness's name); otherwise the application takes 32 bytes of {@code SecureRandom} in hex.
 * It is recorded with the draw either way.
 */
public final class DrawSeed {

    public static final int MAX_LENGTH = 128;

    private DrawSeed() {
    }

    public static void check(String seed) {
        if (seed == null || seed.isBlank() || seed.length() > MAX_LENGTH
            || seed.codePoints().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("inspection.seed.invalid", MAX_LENGTH);
        }
    }
}
