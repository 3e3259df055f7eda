package org.greencredit.app.intake.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.ImportLayout;

/** A small layout of the fact kind and the means to build import files of every sort in a temporary folder. */
final class ImportFileFixtures {

    static final String CODE = "91320500MA1W2X3Y4Z";

    static final ImportLayout LAYOUT = new ImportLayout("facts-VIOLATION", ImportKind.FACTS, "环境违法", List.of(
            new ImportColumn("creditCode", "统一社会信用代码", true, CODE, "企业的18位统一社会信用代码"),
            new ImportColumn("occurredOn", "发生日期", true, "2025-03-01", "处罚决定日期"),
            new ImportColumn("fineYuan", "罚款金额（元）", false, "50000", "罚款金额，单位元"),
            new ImportColumn("penaltyExempted", "是否免罚", false, "否", "是/否"),
            new ImportColumn("description", "情况说明", false, "未批先建", "违法行为简述")));

    private ImportFileFixtures() {
    }

    static Path file(Path folder, String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    static Path csv(Path folder, String name, String text, Charset charset) throws IOException {
        return file(folder, name, text.getBytes(charset));
    }

    static Path xlsx(Path folder, String name, Consumer<XSSFWorkbook> content) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        }
        return file;
    }
}
