package org.greencredit.app.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.api.ApiDocumentation;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycle;
import org.greencredit.projections.published.CyclePublishedPage;
import org.greencredit.projections.published.FindCyclePublishedResults;
import org.greencredit.projections.published.FindPublishedChanges;
import org.greencredit.projections.published.FindPublishedResults;
import org.greencredit.projections.published.PublishedChange;
import org.greencredit.projections.published.PublishedChangePage;
import org.greencredit.projections.published.PublishedLookup;
import org.greencredit.projections.published.PublishedLookups;
import org.greencredit.projections.published.PublishedResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 合作方接口: read-only access for partner organisations (banks, other bureaus, the district credit platform) to
 * published results — the effective result of an enterprise, a batch of them, the change feed and one cycle's
 * results. Never a preliminary grade, never a fact. Each operation needs its scope (see {@code PartnerScope}); the
 * chain in {@link PartnerConfiguration} authenticates the client, checks the scope and the rate, and records the
 * request.
 */
@RestController
@Tag(name = "results", description = "合作方接口：公开的评价结果 Published results for partners")
public class PartnerResultsApi {

    static final String PATH = "/api/v1/results";
    static final int MAX_PAGE = 1000;
    private static final String PROBLEM = "application/problem+json";

    private final QueryGateway queries;
    private final ApiProblems problems;

    public PartnerResultsApi(QueryGateway queries, ApiProblems problems) {
        this.queries = queries;
        this.problems = problems;
    }

    @GetMapping(path = PATH + "/{creditCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "单户查询 The effective published result of one enterprise",
               description = "范围 LOOKUP。The enterprise's grade in force from its latest FINAL, REVIEWED, DYNAMIC "
                             + "or REPAIR decision, with its supervision tier. Scope LOOKUP.",
               security = @SecurityRequirement(name = ApiDocumentation.PARTNER))
    @ApiResponse(responseCode = "200", description = "公开的评价结果")
    @ApiResponse(responseCode = "400", description = "不是有效的统一社会信用代码 (partner.creditCode.invalid)",
                 content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    @ApiResponse(responseCode = "404", description = "没有该企业 (partner.enterprise.notFound) 或尚无公开结果 "
                                                     + "(partner.result.none)",
                 content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    @ApiResponse(responseCode = "401", description = "凭据错误、客户端已吊销或已过期",
                 content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    @ApiResponse(responseCode = "403", description = "超出客户端的权限范围 (partner.scope.missing)",
                 content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    @ApiResponse(responseCode = "429", description = "超过调用频率，见 Retry-After (partner.rateLimited)",
                 content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    public PublishedResult one(@PathVariable String creditCode, HttpServletRequest request) {
        if (!CreditCode.isValid(creditCode)) {
            throw new Refused(HttpStatus.BAD_REQUEST, "partner.creditCode.invalid", shown(creditCode));
        }
        request.setAttribute(PartnerRequestLog.CODES, List.of(creditCode));
        PublishedLookup lookup = lookups(List.of(creditCode)).get(0);
        return switch (lookup.status()) {
            case FOUND -> lookup.result();
            case NO_PUBLISHED_RESULT -> throw new Refused(HttpStatus.NOT_FOUND, "partner.result.none", creditCode);
            case NOT_FOUND -> throw new Refused(HttpStatus.NOT_FOUND, "partner.enterprise.notFound", creditCode);
        };
    }

    @PostMapping(path = PATH + "/batch", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "批量查询 Published results of up to 1,000 enterprises",
               description = "范围 BATCH。每个代码一条答复，顺序同请求：FOUND、NO_PUBLISHED_RESULT、NOT_FOUND、INVALID。"
                             + " One answer per code, in the order asked. Scope BATCH.",
               security = @SecurityRequirement(name = ApiDocumentation.PARTNER))
    @ApiResponse(responseCode = "200", description = "逐个代码的答复")
    @ApiResponse(responseCode = "400", description = "没有代码 (partner.batch.empty) 或请求体有误",
                 content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    @ApiResponse(responseCode = "413", description = "超过 1000 个代码 (partner.batch.tooLarge)",
                 content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    public BatchAnswer batch(@RequestBody BatchLookup batch, HttpServletRequest request) {
        List<String> codes = batch.creditCodes();
        if (codes == null || codes.isEmpty()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "partner.batch.empty");
        }
        if (codes.size() > BatchLookup.MAX_CODES) {
            throw new Refused(HttpStatus.PAYLOAD_TOO_LARGE, "partner.batch.tooLarge",
                              String.valueOf(BatchLookup.MAX_CODES), String.valueOf(codes.size()));
        }
        List<String> valid = codes.stream().filter(code -> code != null && CreditCode.isValid(code)).toList();
        request.setAttribute(PartnerRequestLog.CODES, valid);
        List<PublishedLookup> found = valid.isEmpty() ? List.of() : lookups(valid);
        List<BatchAnswer.Entry> answers = new ArrayList<>(codes.size());
        int next = 0;
        for (String code : codes) {
            if (code == null || !CreditCode.isValid(code)) {
                answers.add(new BatchAnswer.Entry(code, "INVALID", null));
            } else {
                PublishedLookup lookup = found.get(next++);
                answers.add(new BatchAnswer.Entry(code, lookup.status().name(), lookup.result()));
            }
        }
        return new BatchAnswer(answers);
    }

    @GetMapping(path = PATH + "/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "变更订阅 Changes of published results since a cursor",
               description = "范围 CHANGES。按游标顺序列出每次变更（新的公开决定、企业更名、退出评价范围）及变更后的结果；"
                             + "从 nextCursor 继续。游标是事件在事件库中的全局位置，重建读模型后不变。"
                             + " Oldest first; continue from nextCursor. Cursors are the events' global positions "
                             + "in the store and survive a rebuild of the read model. Scope CHANGES.",
               security = @SecurityRequirement(name = ApiDocumentation.PARTNER))
    @ApiResponse(responseCode = "200", description = "一页变更")
    @ApiResponse(responseCode = "400", description = "游标或条数无效 (partner.cursor.invalid, partner.limit.invalid)",
                 content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    public ChangesAnswer changes(
            @Parameter(description = "上次的 nextCursor；不填从头开始 Exclusive; absent for the beginning")
            @RequestParam(required = false) Long after,
            @Parameter(description = "1–1000，默认 100") @RequestParam(defaultValue = "100") int limit,
            HttpServletRequest request) {
        long from = after == null ? -1 : after;
        if (from < -1) {
            throw new Refused(HttpStatus.BAD_REQUEST, "partner.cursor.invalid", String.valueOf(from));
        }
        requireLimit(limit);
        PublishedChangePage page = queries.query(new FindPublishedChanges(from, limit), PublishedChangePage.class)
                                          .join();
        request.setAttribute(PartnerRequestLog.CODES,
                             page.changes().stream().map(change -> change.result().creditCode()).distinct().toList());
        return new ChangesAnswer(page.changes(), page.nextCursor());
    }

    @GetMapping(path = PATH + "/cycles/{cycleId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "周期结果 The published results of one evaluation cycle",
               description = "范围 CYCLE_RESULTS。每户企业在该周期最新的公开决定，按统一社会信用代码排序分页。"
                             + " Per enterprise its latest published decision of the cycle, by credit code. "
                             + "Scope CYCLE_RESULTS.",
               security = @SecurityRequirement(name = ApiDocumentation.PARTNER))
    @ApiResponse(responseCode = "200", description = "一页结果")
    @ApiResponse(responseCode = "404", description = "没有该评价周期 (cycle.notFound)",
                 content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    public CyclePublishedPage cycle(@PathVariable String cycleId,
                                    @RequestParam(defaultValue = "0") int offset,
                                    @RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
        if (offset < 0) {
            throw new Refused(HttpStatus.BAD_REQUEST, "partner.offset.invalid", String.valueOf(offset));
        }
        requireLimit(limit);
        if (cycleId.length() > 64 || queries.query(new FindCycle(cycleId), CycleSummary.class).join() == null) {
            throw new Refused(HttpStatus.NOT_FOUND, "cycle.notFound", shown(cycleId));
        }
        CyclePublishedPage page = queries.query(new FindCyclePublishedResults(cycleId, offset, limit),
                                                CyclePublishedPage.class).join();
        request.setAttribute(PartnerRequestLog.CODES, page.results().stream().map(PublishedResult::creditCode)
                                                          .toList());
        return page;
    }

    @ExceptionHandler(Refused.class)
    public ResponseEntity<ProblemDetail> refused(Refused refused, HttpServletRequest request) {
        return problems.answer(refused.status, refused.refusal, request);
    }

    private List<PublishedLookup> lookups(List<String> codes) {
        return queries.query(new FindPublishedResults(codes), PublishedLookups.class).join().lookups();
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new Refused(HttpStatus.BAD_REQUEST, "partner.limit.invalid", String.valueOf(MAX_PAGE));
        }
    }

    /** What the caller sent, cut short enough to repeat in an answer. */
    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** A page of the change feed. */
    public record ChangesAnswer(List<PublishedChange> changes, long nextCursor) {
    }

    /** A request refused before anything was read. */
    static final class Refused extends RuntimeException {

        private final HttpStatus status;
        private final Refusal refusal;

        Refused(HttpStatus status, String key, String... arguments) {
            super(key, null, false, false);
            this.status = status;
            this.refusal = new Refusal(key, List.of(arguments));
        }
    }
}
