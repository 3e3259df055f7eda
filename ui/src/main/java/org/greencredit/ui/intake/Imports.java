package org.greencredit.ui.intake;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.ImportLayout;

/**
 * 批量导入 as the web UI uses it: templates, a preview that stores nothing, the confirmed import running in the
 * background, and its report. A refused file (unreadable, wrong columns, too large) is refused with a
 * {@code RuleViolation} naming the problem.
 */
public interface Imports {

    /** The import layouts: the enterprise register, the facts of every type together, and one per fact type. */
    List<ImportLayout> layouts();

    void writeTemplate(String layoutName, TemplateFormat format, OutputStream out);

    /** Reads and checks every row of the file, stores nothing but the staged file, and says what would happen. */
    ImportPreview preview(ImportKind kind, String fileName, InputStream content, Actor actor);

    /** Starts importing a previewed file in the background; returns the import's id. */
    String confirm(String previewId, Actor actor);

    ImportProgress progress(String importId);

    /** The result report of an import as XLSX: counts, then every refused or conflicting row with its reason. */
    void writeReport(String importId, Locale locale, OutputStream out);
}
