package org.greencredit.app.api.intake;

/** The intake endpoint's words in the OpenAPI document (Chinese first, as the bureau reads it; English after). */
final class IntakeDocs {

    static final String OPERATION = """
            数据来源系统（执法、监测、信访投诉平台、税务、其他部门）以本系统的账号（HTTP Basic）报送一批信用信息，\
            至多 1000 条。每条记录按导入模板的列校验，与文件导入相同：同一来源、同一记录编号只记录一次，\
            再次报送相同内容答复 ALREADY_RECORDED，内容不同答复 CONFLICT（不覆盖，需更正）。\
            数据来源系统只能报送本系统来源（source）的信息，其他来源的记录被拒绝（import.source.notOwn），\
            其余记录照常处理。执法人员（OFFICER）也可调用，来源不限。
            逐行结果中的 message 按 Accept-Language（zh-CN 默认，en）表述；key 与 arguments 供程序判断。

            A source system signs in with its own account (HTTP Basic) and submits up to 1,000 facts, checked like \
            the rows of an import file and idempotent by (source, sourceRecordId). It may submit only facts of its \
            own source; a record of another source is refused as `import.source.notOwn` and the others are handled. \
            Per-row messages follow Accept-Language (Simplified Chinese by default, or English). A batch that cannot \
            be taken at all is answered with an RFC 9457 problem (`application/problem+json`) carrying `key`, \
            `arguments` and a translated `detail`.""";

    static final String EMPTY_EXAMPLE = """
            {"type":"about:blank","title":"请求有误","status":400,"detail":"批次中没有记录",\
            "instance":"/api/v1/intake/facts","key":"intake.batch.empty","arguments":[]}""";

    static final String TOO_LARGE_EXAMPLE = """
            {"type":"about:blank","title":"请求内容过大","status":413,\
            "detail":"一个批次至多 1000 条记录，本批次有 1200 条；请分批报送","instance":"/api/v1/intake/facts",\
            "key":"intake.batch.tooLarge","arguments":["1000","1200"]}""";

    private IntakeDocs() {
    }
}
