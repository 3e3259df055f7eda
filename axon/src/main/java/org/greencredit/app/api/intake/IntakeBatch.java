package org.greencredit.app.api.intake;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** 报送批次: what a source system sends in one request. */
@Schema(name = "IntakeBatch", description = "一批信用信息（报送批次）。A batch of facts from one source system.")
public record IntakeBatch(
        @Schema(description = "批次名称，可选，显示在导入记录中。Optional name shown in the import record.",
                example = "监测超标报警 2025-03", maxLength = IntakeBatch.MAX_NAME_LENGTH)
        String batchName,
        @ArraySchema(arraySchema = @Schema(description = "至少 1 条、至多 1000 条记录；行号为记录在批次中的位置（从 1 起）。"
                                                         + " 1 to 1,000 records; a record's row number is its "
                                                         + "1-based position."),
                     minItems = 1, maxItems = IntakeBatch.MAX_RECORDS)
        List<IntakeRecord> records) {

    public static final int MAX_RECORDS = 1_000;
    public static final int MAX_NAME_LENGTH = 200;
}
