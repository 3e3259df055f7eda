package org.greencredit.app.upload;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the upload, in file order: the JSON key, the header of the CSV and Excel files, and the JSON type.
 * One list for all three formats, so they cannot drift apart (docs/credit-platform-upload.md tables the same).
 */
final class UploadColumns {

    enum Type { TEXT, INTEGER, DATE }

    record Column(String key, String header, Type type, Function<UploadRow, Object> value) {

        /** The cell as text: dates ISO, no value empty. */
        String text(UploadRow row) {
            Object cell = value.apply(row);
            return cell == null ? "" : cell.toString();
        }
    }

    static final List<Column> ALL = List.of(
            text("recordId", "记录编号", r -> r.result().recordId()),
            text("changeType", "变更类型", r -> r.changeType().label()),
            text("subjectName", "主体名称", r -> r.result().subjectName()),
            text("creditCode", "统一社会信用代码", r -> r.result().creditCode()),
            text("grade", "信用等级", r -> r.result().grade()),
            text("gradeMeaning", "等级含义", r -> r.result().gradeMeaning()),
            new Column("evaluationYear", "评价年度", Type.INTEGER, r -> r.result().evaluationYear()),
            date("periodFrom", "评价期起", r -> r.result().periodFrom()),
            date("periodTo", "评价期止", r -> r.result().periodTo()),
            text("decisionKind", "决定类型", r -> r.result().decisionKind()),
            date("decidedOn", "决定日期", r -> r.result().decidedOn()),
            date("validFrom", "有效期自", r -> r.result().validFrom()),
            date("validTo", "有效期至", r -> r.result().validTo()),
            text("decisionId", "决定文书号", r -> r.result().decisionId()),
            text("indicatorVersion", "指标体系版本", r -> r.result().indicatorVersion()),
            text("authority", "评价机关", r -> r.result().authority()),
            text("dataSource", "数据来源", r -> r.result().dataSource()),
            text("cycleId", "评价周期编号", r -> r.result().cycleId()));

    private UploadColumns() {
    }

    private static Column text(String key, String header, Function<UploadRow, Object> value) {
        return new Column(key, header, Type.TEXT, value);
    }

    private static Column date(String key, String header, Function<UploadRow, LocalDate> value) {
        return new Column(key, header, Type.DATE, value::apply);
    }

    static List<String> headers() {
        return ALL.stream().map(Column::header).toList();
    }
}
