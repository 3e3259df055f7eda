package org.greencredit.app.api.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.greencredit.app.api.ApiDocumentation;
import org.greencredit.app.intake.BatchResult;
import org.greencredit.app.intake.SourceBatches;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.app.security.ApiUser;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.RowResult;
import org.greencredit.domain.intake.SourceRow;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.greencredit.ui.i18n.Translations;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 接口报送: the machine interface through which source systems (执法、监测、信访投诉平台、税务、其他部门) submit
 * batches of facts. The records become rows ({@link IntakeRows}), a source system's rows of another source are
 * refused here ({@link OwnSourceOnly}), and the rest go to {@link SourceBatches}, which checks and records them
 * exactly as a file import would: same validation, same idempotency by (source, source record id). The answer is
 * 200 with each row's outcome once the batch is handled; a batch that cannot be taken at all (not JSON, unknown
 * fields, no records, too many) is a problem like every other refusal of the API.
 */
@RestController
@Tag(name = "intake", description = "数据报送（来源系统）")
public class FactIntakeApi {

    static final String PATH = "/api/v1/intake/facts";

    private final SourceBatches batches;
    private final ApiProblems problems;
    private final Translations translations;

    public FactIntakeApi(SourceBatches batches, ApiProblems problems, Translations translations) {
        this.batches = batches;
        this.problems = problems;
        this.translations = translations;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报送一批信用信息 Submit a batch of facts",
               description = IntakeDocs.OPERATION, security = @SecurityRequirement(name = ApiDocumentation.BASIC))
    @ApiResponse(responseCode = "200", description = "批次已处理，逐行结果见 rows。The batch was handled.")
    @ApiResponse(responseCode = "400", description = "请求体不是 JSON、有未知字段、没有记录、批次名称过长等。",
                 content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = ApiDocumentation.PROBLEM_REF),
                                    examples = @ExampleObject(value = IntakeDocs.EMPTY_EXAMPLE)))
    @ApiResponse(responseCode = "401", description = "未提供或提供了错误的用户名和密码（HTTP Basic）。",
                 content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    @ApiResponse(responseCode = "403", description = "账号的角色不能报送（只有数据来源系统和执法人员可以）。",
                 content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    @ApiResponse(responseCode = "413", description = "批次超过 1000 条记录。",
                 content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = ApiDocumentation.PROBLEM_REF),
                                    examples = @ExampleObject(value = IntakeDocs.TOO_LARGE_EXAMPLE)))
    @ApiResponse(responseCode = "415", description = "请求体不是 application/json。",
                 content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    @ApiResponse(responseCode = "429", description = "登录失败次数过多，暂停登录（见 Retry-After）。",
                 content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = ApiDocumentation.PROBLEM_REF)))
    public ResponseEntity<IntakeAnswer> submit(@RequestBody IntakeBatch batch, Authentication authentication,
                                               HttpServletRequest request) {
        Actor actor = ApiUser.actor(authentication);
        actor.requireRole(Role.OFFICER, Role.SOURCE_SYSTEM);
        List<SourceRow> rows = IntakeRows.of(acceptable(batch));
        List<RowResult> results = new ArrayList<>();
        List<SourceRow> submitted = new ArrayList<>();
        for (SourceRow row : rows) {
            OwnSourceOnly.refusal(row, actor, translations).ifPresentOrElse(results::add, () -> submitted.add(row));
        }
        String importId = null;
        if (!submitted.isEmpty()) {
            BatchResult recorded = batches.submit(ImportKind.FACTS, name(batch), submitted, actor);
            importId = recorded.importId();
            results.addAll(recorded.rows());
        }
        results.sort(Comparator.comparingInt(RowResult::rowNumber));
        Locale language = ApiProblems.languageOf(request);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                             .body(IntakeAnswer.of(importId, results, problems::message, language));
    }

    @ExceptionHandler(BatchRefused.class)
    public ResponseEntity<ProblemDetail> refused(BatchRefused refused, HttpServletRequest request) {
        return problems.answer(refused.status, refused.refusal, request);
    }

    private static List<IntakeRecord> acceptable(IntakeBatch batch) {
        if (batch.records() == null || batch.records().isEmpty()) {
            throw new BatchRefused(HttpStatus.BAD_REQUEST, "intake.batch.empty");
        }
        if (batch.records().size() > IntakeBatch.MAX_RECORDS) {
            throw new BatchRefused(HttpStatus.PAYLOAD_TOO_LARGE, "intake.batch.tooLarge",
                                   String.valueOf(IntakeBatch.MAX_RECORDS), String.valueOf(batch.records().size()));
        }
        if (batch.records().contains(null)) {
            throw new BatchRefused(HttpStatus.BAD_REQUEST, "intake.record.missing",
                                   String.valueOf(batch.records().indexOf(null) + 1));
        }
        if (name(batch) != null && name(batch).length() > IntakeBatch.MAX_NAME_LENGTH) {
            throw new BatchRefused(HttpStatus.BAD_REQUEST, "intake.batchName.tooLong",
                                   String.valueOf(IntakeBatch.MAX_NAME_LENGTH));
        }
        return batch.records();
    }

    private static String name(IntakeBatch batch) {
        return batch.batchName() == null || batch.batchName().isBlank() ? null : batch.batchName().trim();
    }

    /** A batch refused as a whole, before any of its rows is looked at. */
    static final class BatchRefused extends RuntimeException {

        private final HttpStatus status;
        private final Refusal refusal;

        BatchRefused(HttpStatus status, String key, String... arguments) {
            super(key, null, false, false);
            this.status = status;
            this.refusal = new Refusal(key, List.of(arguments));
        }
    }
}
