package org.greencredit.app.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.ui.intake.ImportPreview;
import org.greencredit.ui.intake.ImportProgress;
import org.greencredit.ui.intake.Imports;
import org.greencredit.ui.intake.TemplateFormat;

/**
 * The import port as the view tests need it: fixed layouts, a prepared preview (or refusal) and a prepared
 * sequence of progress reports, and a record of every call with what it was given.
 */
class FakeImports implements Imports {

    static final List<ImportLayout> LAYOUTS = List.of(
            new ImportLayout("enterprises", ImportKind.ENTERPRISES, "企业名录",
                             List.of(new ImportColumn("creditCode", "统一社会信用代码", true, "91110112MA01ABCD2X",
                                                      "18位统一社会信用代码"),
                                     new ImportColumn("name", "企业名称", true, "某某有限公司", "营业执照上的名称"))),
            new ImportLayout("facts", ImportKind.FACTS, "信用信息（各类型）",
                             List.of(new ImportColumn("creditCode", "统一社会信用代码", true, "91110112MA01ABCD2X",
                                                      "18位统一社会信用代码"),
                                     new ImportColumn("sourceRecordId", "源系统记录编号", true, "TS-2025-001",
                                                      "源系统中这条记录的编号"),
                                     new ImportColumn("occurredOn", "发生日期", true, "2025-03-01", "事情发生的日期"))),
            new ImportLayout("facts-COMPLAINT", ImportKind.FACTS, "信访投诉",
                             List.of(new ImportColumn("channel", "投诉渠道", true, "12345", "投诉来自哪个渠道"))));

    final List<String> calls = new ArrayList<>();
    final List<byte[]> uploaded = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    volatile ImportPreview nextPreview;
    volatile RuleViolation nextRefusal;
    final Deque<ImportProgress> progressReports = new ArrayDeque<>();

    synchronized void reset() {
        calls.clear();
        uploaded.clear();
        actors.clear();
        nextPreview = null;
        nextRefusal = null;
        progressReports.clear();
    }

    @Override
    public List<ImportLayout> layouts() {
        return LAYOUTS;
    }

    @Override
    public synchronized void writeTemplate(String layoutName, TemplateFormat format, OutputStream out) {
        calls.add("template " + layoutName + " " + format);
        write(out, "template " + layoutName + " " + format);
    }

    @Override
    public ImportPreview preview(ImportKind kind, String fileName, InputStream content, Actor actor) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (this) {
            calls.add("preview " + kind + " " + fileName);
            uploaded.add(bytes);
            actors.add(actor);
        }
        if (nextRefusal != null) {
            throw nextRefusal;
        }
        return nextPreview;
    }

    @Override
    public synchronized String confirm(String previewId, Actor actor) {
        calls.add("confirm " + previewId);
        actors.add(actor);
        return "import-of-" + previewId;
    }

    /** The next prepared report; the last one is repeated. */
    @Override
    public synchronized ImportProgress progress(String importId) {
        calls.add("progress " + importId);
        return progressReports.size() > 1 ? progressReports.poll() : progressReports.peek();
    }

    @Override
    public synchronized void writeReport(String importId, Locale locale, OutputStream out) {
        calls.add("report " + importId + " " + locale.getLanguage());
        write(out, "report of " + importId);
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
