package org.greencredit.ui.intake;

import org.greencredit.domain.common.Refusal;

/**
 * 导入进度 of a confirmed import: rows handled so far out of all rows, by outcome; {@code finished} once every row
 * is handled; {@code failure} when the import stopped early (rows handled before it stay stored).
 */
public record ImportProgress(String importId, int total, int done, int recorded, int alreadyRecorded, int conflicts,
                             int refused, boolean finished, Refusal failure) {
}
