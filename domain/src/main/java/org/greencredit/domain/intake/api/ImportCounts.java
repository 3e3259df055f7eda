package org.greencredit.domain.intake.api;

/**
 * 导入结果统计: how the rows of an import ended — stored, already recorded before, conflicting with what was
 * recorded, refused, and not handled because the import stopped early.
 */
public record ImportCounts(int recorded, int alreadyRecorded, int conflicts, int refused, int unhandled) {

    public int total() {
        return recorded + alreadyRecorded + conflicts + refused + unhandled;
    }

    public boolean anyNegative() {
        return recorded < 0 || alreadyRecorded < 0 || conflicts < 0 || refused < 0 || unhandled < 0;
    }
}
