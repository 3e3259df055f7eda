package org.greencredit.ui.intake;

import java.util.List;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.RowResult;

/**
 * 导入预览: what an uploaded file would do, checked row by row before anything is stored. {@code problemRows} holds
 * the refused and conflicting rows in file order, at most {@link #SHOWN_PROBLEMS} ({@code truncated} says more
 * exist; the downloadable report has them all). {@code format} is {@code XLSX} or {@code CSV}; {@code encoding}
 * names the character set a CSV file was read in (null for XLSX).
 */
public record ImportPreview(String previewId, ImportKind kind, String fileName, long sizeBytes, String sha256,
                            TemplateFormat format, String encoding, int rows, int newRows, int alreadyRecorded,
                            int conflicts, int refused, List<RowResult> problemRows, boolean truncated) {

    public static final int SHOWN_PROBLEMS = 500;

    public ImportPreview {
        problemRows = List.copyOf(problemRows);
    }
}
