package org.greencredit.app.partner;

import java.util.List;
import org.greencredit.projections.published.PublishedResult;

/**
 * One answer per code asked, in the order asked: {@code FOUND} with the result, {@code NO_PUBLISHED_RESULT},
 * {@code NOT_FOUND} (no enterprise of the district has it) or {@code INVALID} (not a credit code: wrong length,
 * characters or check character).
 */
public record BatchAnswer(List<Entry> results) {

    public record Entry(String creditCode, String status, PublishedResult result) {
    }
}
