package org.greencredit.domain.trial;

/**
 * 敏感性: what one difference between the baseline version and the trial version does alone — the baseline version
 * with only {@code change} taken as the trial version has it, scored on the same facts: how many enterprises then
 * get another grade than under the baseline, how many a better and how many a worse one.
 */
public record Sensitivity(VersionChange change, int moved, int up, int down) {
}
