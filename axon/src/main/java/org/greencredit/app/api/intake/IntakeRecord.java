package org.greencredit.app.api.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * One fact as the source system holds it. Every field is text, checked row by row like a cell of an import file, so
 * a wrong value refuses its row and not the batch; {@code attributes} are the fact type's attributes by their
 * English key (numbers, flags and lists may be given as JSON numbers, booleans and arrays).
 */
@Schema(name = "IntakeRecord", description = "一条信用信息，字段含义与导入模板的同名列相同。One fact; each field "
                                             + "means what the import template's column of the same key means.")
public record IntakeRecord(
        @Schema(description = "来源系统自身的记录编号（处罚决定书文号、报警编号、工单号…）；与 source 一起决定信息编号，"
                              + "重复报送不会重复记录。The source system's own record id.",
                example = "JC-2025-000123", requiredMode = Schema.RequiredMode.REQUIRED)
        String sourceRecordId,
        @Schema(description = "统一社会信用代码。Unified social credit code.", example = "91110112MA01234567",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String creditCode,
        @Schema(description = "企业名称，仅供核对。Enterprise name, informative only.", example = "北京某某化工有限公司")
        String enterpriseName,
        @Schema(description = "信息类型（FactType），如 VIOLATION、MONITORING_EXCEEDANCE。Fact type.",
                example = "VIOLATION", requiredMode = Schema.RequiredMode.REQUIRED)
        String type,
        @Schema(description = "信息来源（FactSource）；数据来源系统只能报送本系统的来源。Fact source; a source system may "
                              + "only submit its own.", example = "ENFORCEMENT",
                allowableValues = {"ENFORCEMENT", "MONITORING", "COMPLAINT_PLATFORM", "TAX", "THIRD_PARTY",
                                   "OTHER_DEPARTMENT"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        String source,
        @Schema(description = "发生日期，yyyy-MM-dd。Date it happened.", example = "2025-03-01",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String occurredOn,
        @Schema(description = "依据文书编号。Number of the document it rests on.", example = "京通环罚〔2025〕12号")
        String documentNo,
        @Schema(description = "证据说明。What the evidence is.", example = "现场检查笔录、监测报告")
        String evidenceDescription,
        @Schema(description = "该信息类型的属性，键为英文属性名。数字可写作 JSON 数字或文本，是否写作 true/false，"
                              + "多选写作数组（按英文逗号连接），不接受嵌套对象。The fact type's attributes by key: "
                              + "numbers as JSON numbers or text, flags as booleans, several choices as an array "
                              + "(joined with a comma); a nested object refuses the row.",
                example = "{\"category\":\"EXCEEDING_STANDARDS\",\"severity\":\"GENERAL\",\"medium\":\"AIR\","
                          + "\"fineYuan\":50000,\"measures\":[\"FINE\"],\"decisionNo\":\"京通环罚〔2025〕12号\"}")
        Map<String, JsonNode> attributes) {
}
