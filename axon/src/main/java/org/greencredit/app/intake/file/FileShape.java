package org.greencredit.app.intake.file;

import java.util.List;
import org.greencredit.ui.intake.TemplateFormat;

/**
 * What an import file turned out to be once read: its format, the text encoding of a CSV ({@code null} for XLSX),
 * how many data rows it gave, whether the template's worked example row was passed over, and the keys of the
 * columns it has, in the file's order.
 */
public record FileShape(TemplateFormat format, String encoding, int dataRows, boolean exampleRowSkipped,
                        List<String> columns) {

    public FileShape {
        columns = List.copyOf(columns);
    }
}
