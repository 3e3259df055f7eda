package org.greencredit.app.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.greencredit.projections.cycle.CycleSummary;

/**
 * 公告: the annual announcement of a published cycle's results as a printable A4 PDF in Chinese — title, the
 * bureau, the cycle, the count per grade, the A and D enterprises (name, credit code) and the date. The font is
 * Noto Sans SC (TrueType outlines, SIL OFL), put into the application's classes at build time
 * (docs/dependencies.md), and embedded as a subset of the characters used: the PDF needs no font on the reader's
 * machine, and the server needs none of its own.
 */
class AnnouncementPdf {

    static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float BODY = 11;
    private static final float LEADING = 18;

    void write(CycleSummary cycle, List<ResultRow> rows, String authority, LocalDate date, OutputStream out) {
        try (PDDocument document = new PDDocument(); InputStream font = AnnouncementPdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException(FONT + " is not on the class path (built by the axon module)");
            }
            PDDocumentInformation info = document.getDocumentInformation();
            String title = cycle.year() + "年度企业绿色信用评价结果公告";
            info.setTitle(title);
            info.setAuthor(authority);
            Writer writer = new Writer(document, PDType0Font.load(document, font, true));
            writer.centred(title, 18);
            writer.gap();
            writer.paragraph("根据《北京城市副中心企业绿色信用体系构建实施方案》，" + authority + "组织开展了"
                             + cycle.name() + "（评价期 " + cycle.periodFrom() + " 至 " + cycle.periodTo()
                             + "，指标体系 " + cycle.indicatorSystem() + " " + cycle.indicatorVersion()
                             + "）。经企业自行申报、现场核查、等级评定、公示和异议复核，现将评价结果公告如下。");
            writer.gap();
            Map<String, List<ResultRow>> byGrade = new TreeMap<>();
            rows.forEach(row -> byGrade.computeIfAbsent(row.grade(), grade -> new ArrayList<>()).add(row));
            writer.heading("一、评价结果统计");
            writer.line("参评企业共 " + rows.size() + " 家，其中：");
            for (Map.Entry<String, List<ResultRow>> graded : byGrade.entrySet()) {
                writer.line("    " + graded.getKey() + "级（" + graded.getValue().get(0).gradeMeaning() + "）"
                            + graded.getValue().size() + " 家");
            }
            writer.gap();
            writer.heading("二、A级（绿色信用优秀）企业名单");
            writer.list(byGrade.getOrDefault("A", List.of()));
            writer.gap();
            writer.heading("三、D级（失信）企业名单");
            writer.list(byGrade.getOrDefault("D", List.of()));
            writer.gap();
            writer.paragraph("对评价结果有异议的，可向" + authority + "提出。评价结果将上传至信用通州、通州区公共信用信息"
                             + "服务平台，并在行政许可、行政检查、表彰奖励、绿色金融等领域应用。");
            writer.gap();
            writer.right(authority);
            writer.right(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
            writer.close();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out lines from the top of the page down, starting a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private float width() {
            return PDRectangle.A4.getWidth() - 2 * MARGIN;
        }

        private float textWidth(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private void show(String text, float x, float size) throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
            y -= size > BODY ? size * 1.8f : LEADING;
        }

        void centred(String text, float size) throws IOException {
            show(text, MARGIN + (width() - textWidth(text, size)) / 2, size);
        }

        void right(String text) throws IOException {
            show(text, MARGIN + width() - textWidth(text, BODY), BODY);
        }

        void heading(String text) throws IOException {
            show(text, MARGIN, 13);
        }

        void line(String text) throws IOException {
            show(text, MARGIN, BODY);
        }

        void gap() {
            y -= LEADING / 2;
        }

        /** Text broken into lines of the page's width, character by character (Chinese has no spaces). */
        void paragraph(String text) throws IOException {
            StringBuilder current = new StringBuilder("    ");
            for (int i = 0; i < text.length(); ) {
                int point = text.codePointAt(i);
                String next = current + new String(Character.toChars(point));
                if (textWidth(next, BODY) > width()) {
                    line(current.toString());
                    current = new StringBuilder();
                }
                current.appendCodePoint(point);
                i += Character.charCount(point);
            }
            if (!current.isEmpty()) {
                line(current.toString());
            }
        }

        void list(List<ResultRow> rows) throws IOException {
            if (rows.isEmpty()) {
                line("    无");
                return;
            }
            show("序号", MARGIN, BODY);
            y += LEADING;
            show("企业名称", MARGIN + 40, BODY);
            y += LEADING;
            show("统一社会信用代码", MARGIN + width() - 150, BODY);
            int number = 1;
            for (ResultRow row : rows) {
                if (y < MARGIN + LEADING) {
                    newPage();
                }
                show(String.valueOf(number++), MARGIN, BODY);
                y += LEADING;
                show(row.subjectName(), MARGIN + 40, BODY);
                y += LEADING;
                show(row.creditCode(), MARGIN + width() - 150, BODY);
            }
        }

        void close() throws IOException {
            content.close();
        }
    }
}
