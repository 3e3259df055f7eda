package org.greencredit.app.api.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowResult;

/** 报送结果: what became of a batch, row by row, with every problem in the caller's language. */
@Schema(name = "IntakeAnswer", description = "报送结果：批次被记录为的导入编号、各结果的条数、逐行结果。")
public record IntakeAnswer(
        @Schema(description = "本批次的导入编号；没有任何记录被处理时为 null。The import the batch was recorded as.",
                nullable = true)
        String importId,
        Counts counts,
        List<Row> rows) {

    static IntakeAnswer of(String importId, List<RowResult> results, BiFunction<Refusal, Locale, String> messages,
                           Locale language) {
        List<Row> rows = results.stream().map(result -> Row.of(result, messages, language)).toList();
        return new IntakeAnswer(importId, Counts.of(results), rows);
    }

    /** How many rows had each outcome. */
    @Schema(name = "IntakeCounts")
    public record Counts(
            @Schema(description = "新记录的条数 (RECORDED)") long recorded,
            @Schema(description = "此前已记录、内容相同的条数 (ALREADY_RECORDED)") long alreadyRecorded,
            @Schema(description = "此前已记录、内容不同的条数 (CONFLICT)，需以更正处理") long conflicts,
            @Schema(description = "被拒绝的条数 (REFUSED)") long refused) {

        static Counts of(List<RowResult> results) {
            return new Counts(count(results, RowOutcome.RECORDED), count(results, RowOutcome.ALREADY_RECORDED),
                              count(results, RowOutcome.CONFLICT), count(results, RowOutcome.REFUSED));
        }

        private static long count(List<RowResult> results, RowOutcome outcome) {
            return results.stream().filter(result -> result.outcome() == outcome).count();
        }
    }

    /** One record's outcome. */
    @Schema(name = "IntakeRow")
    public record Row(
            @Schema(description = "行号：记录在批次中的位置，从 1 起。1-based position in the batch.", example = "1")
            int row,
            @Schema(description = "来源系统的记录编号。", nullable = true)
            String sourceRecordId,
            @Schema(description = "RECORDED 已记录；ALREADY_RECORDED 此前已记录（未重复记录）；CONFLICT 此前已以不同内容"
                                  + "记录（未覆盖，需更正）；REFUSED 被拒绝（未记录）。",
                    allowableValues = {"RECORDED", "ALREADY_RECORDED", "CONFLICT", "REFUSED"})
            RowOutcome outcome,
            @Schema(description = "信息编号（由来源和记录编号决定）；被拒绝时为 null。", nullable = true)
            String factId,
            List<Problem> problems) {

        static Row of(RowResult result, BiFunction<Refusal, Locale, String> messages, Locale language) {
            return new Row(result.rowNumber(), result.sourceRecordId(), result.outcome(), result.recordId(),
                           result.problems().stream()
                                 .map(problem -> new Problem(problem.column(), problem.refusal().messageKey(),
                                                             problem.refusal().arguments(),
                                                             messages.apply(problem.refusal(), language)))
                                 .toList());
        }
    }

    /** What is wrong with a row: the column at fault, the message key and its arguments, and the sentence. */
    @Schema(name = "IntakeProblem")
    public record Problem(
            @Schema(description = "出错的列（字段或属性的键）；针对整行时为 null。", nullable = true, example = "source")
            String column,
            @Schema(description = "消息键，供程序判断。Message key.", example = "import.source.notOwn")
            String key,
            @Schema(description = "消息参数。Its arguments.")
            List<String> arguments,
            @Schema(description = "按 Accept-Language（默认简体中文）表述的原因。The reason in the caller's language.")
            String message) {
    }
}
