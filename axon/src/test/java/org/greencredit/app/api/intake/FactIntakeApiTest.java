package org.greencredit.app.api.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.greencredit.app.intake.BatchResult;
import org.greencredit.app.intake.SourceBatches;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowResult;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The intake API over real HTTP with the real security chains and account store; {@link SourceBatches} — the import
 * behind it — is a double that records every row it is given as RECORDED, so what the endpoint passes on and what
 * it answers can be seen apart from the import's own checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "greencredit.mongo.embedded-port=0")
class FactIntakeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String CODE = TestCreditCodes.code(701);

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @MockitoBean
    SourceBatches batches;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String monitoring;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @BeforeEach
    void recordEverything() {
        monitoring = TestUsers.ensureSourceSystem(accounts, "monitoring-system", FactSource.MONITORING);
        when(batches.submit(any(), any(), anyList(), any())).thenAnswer(call -> {
            List<SourceRow> rows = call.getArgument(2);
            return new BatchResult("import-1", rows.stream().map(row -> new RowResult(
                    row.rowNumber(), row.value("sourceRecordId"), RowOutcome.RECORDED, "fact-" + row.rowNumber(),
                    List.of())).toList());
        });
    }

    @Test
    void aSourceSystemsRowOfAnotherSourceIsRefusedAndItsOwnRowsAreSubmitted() throws Exception {
        HttpResponse<String> answer = post(monitoring, null, batch(
                record("JC-1", "MONITORING"), record("CF-2", "ENFORCEMENT"), record("JC-3", "monitoring")));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("zh-CN");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("importId").asText()).isEqualTo("import-1");
        assertThat(body.path("counts")).isEqualTo(JSON.readTree(
                "{\"recorded\":2,\"alreadyRecorded\":0,\"conflicts\":0,\"refused\":1}"));
        JsonNode refused = body.path("rows").get(1);
        assertThat(refused.path("row").asInt()).isEqualTo(2);
        assertThat(refused.path("sourceRecordId").asText()).isEqualTo("CF-2");
        assertThat(refused.path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("factId").isNull()).isTrue();
        assertThat(refused.path("problems")).isEqualTo(JSON.readTree(
                "[{\"column\":\"source\",\"key\":\"import.source.notOwn\",\"arguments\":[\"fact.source.ENFORCEMENT\",\"fact.source.MONITORING\"],"
                + "\"message\":\"本系统只能报送来源为“监测”的信息，这一行的来源是“执法”\"}]"));
        assertThat(body.path("rows").get(0).path("outcome").asText()).isEqualTo("RECORDED");
        assertThat(body.path("rows").get(0).path("factId").asText()).isEqualTo("fact-1");
        assertThat(body.path("rows").get(2).path("row").asInt()).isEqualTo(3);

        ArgumentCaptor<List<SourceRow>> rows = rowsCaptor();
        ArgumentCaptor<Actor> actor = ArgumentCaptor.forClass(Actor.class);
        verify(batches).submit(eq(ImportKind.FACTS), eq("监测报警"), rows.capture(), actor.capture());
        assertThat(rows.getValue()).extracting(SourceRow::rowNumber).containsExactly(1, 3);
        assertThat(actor.getValue()).isEqualTo(new Actor(monitoring, Role.SOURCE_SYSTEM, "区生态环境局", null,
                                                         FactSource.MONITORING));
    }

    @Test
    void rowProblemsAreToldInEnglishWhenAskedFor() throws Exception {
        HttpResponse<String> answer = post(monitoring, "en-US,en;q=0.9,zh;q=0.5",
                                           batch(record("CF-9", "ENFORCEMENT")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("en");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("importId").isNull()).as("nothing was submitted").isTrue();
        assertThat(body.path("rows").get(0).path("problems").get(0).path("message").asText())
                .isEqualTo("This system may only submit facts whose source is \"Monitoring\"; this row's source is "
                           + "\"Enforcement\"");
        verify(batches, never()).submit(any(), any(), anyList(), any());
    }

    @Test
    void anOfficerMaySubmitAnySourceAndRecordsBecomeRowsOfText() throws Exception {
        String officer = TestUsers.ensure(accounts, "intake-officer", Role.OFFICER, null);
        String record = """
                {"sourceRecordId":"CF-7","creditCode":"%s","enterpriseName":"某某化工","type":"VIOLATION",
                 "source":"ENFORCEMENT","occurredOn":"2025-03-01","documentNo":"京通环罚〔2025〕7号",
                 "evidenceDescription":"现场检查笔录","attributes":{"category":"EXCEEDING_STANDARDS",
                 "fineYuan":50000,"maxMultiple":1.50,"penaltyExempted":false,"measures":["FINE","SUSPENSION"],
                 "medium":null,"decisionNo":"京通环罚〔2025〕7号"}}""".formatted(CODE);
        String nested = """
                {"sourceRecordId":"CF-8","creditCode":"%s","type":"VIOLATION","source":"TAX","occurredOn":"2025-03-02",
                 "attributes":{"category":{"code":"X"},"measures":[["FINE"]],"creditCode":"x"}}""".formatted(CODE);

        HttpResponse<String> answer = post(officer, null, "{\"records\":[" + record + "," + nested + "]}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        ArgumentCaptor<List<SourceRow>> rows = rowsCaptor();
        verify(batches).submit(eq(ImportKind.FACTS), eq(null), rows.capture(), any());
        SourceRow first = rows.getValue().get(0);
        assertThat(first.rowNumber()).isEqualTo(1);
        assertThat(first.values()).isEqualTo(Map.ofEntries(
                Map.entry("sourceRecordId", "CF-7"), Map.entry("creditCode", CODE),
                Map.entry("enterpriseName", "某某化工"), Map.entry("type", "VIOLATION"),
                Map.entry("source", "ENFORCEMENT"), Map.entry("occurredOn", "2025-03-01"),
                Map.entry("documentNo", "京通环罚〔2025〕7号"), Map.entry("evidenceDescription", "现场检查笔录"),
                Map.entry("category", "EXCEEDING_STANDARDS"), Map.entry("fineYuan", "50000"),
                Map.entry("maxMultiple", "1.5"), Map.entry("penaltyExempted", "FALSE"),
                Map.entry("measures", "FINE,SUSPENSION"), Map.entry("decisionNo", "京通环罚〔2025〕7号")));
        assertThat(first.problems()).isEmpty();
        SourceRow second = rows.getValue().get(1);
        assertThat(second.problems()).extracting(problem -> problem.column() + " " + problem.refusal().messageKey())
                                     .containsExactlyInAnyOrder("category intake.attribute.nested",
                                                                "measures intake.attribute.nested",
                                                                "creditCode intake.attribute.reserved");
        assertThat(second.value("creditCode")).isEqualTo(CODE);
    }

    @Test
    void wrongCredentialsAreA401Problem() throws Exception {
        HttpResponse<String> answer = post(monitoring, "not-the-password", null, batch(record("JC-1", "MONITORING")));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(answer.body()).path("key").asText()).isEqualTo("request.unauthenticated");
        verify(batches, never()).submit(any(), any(), anyList(), any());
    }

    @Test
    void anEnterpriseUserMayNotSubmit() throws Exception {
        String enterprise = TestUsers.ensure(accounts, "intake-enterprise", Role.ENTERPRISE, CODE);

        HttpResponse<String> answer = post(enterprise, null, batch(record("JC-1", "MONITORING")));

        assertThat(answer.statusCode()).isEqualTo(403);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("key").asText()).isEqualTo("request.forbidden");
        assertThat(problem.path("detail").asText()).isEqualTo("您的角色无权使用此接口");
        verify(batches, never()).submit(any(), any(), anyList(), any());
    }

    @Test
    void aBatchOfMoreThanAThousandRecordsIsRefusedWhole() throws Exception {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            records.add(record("JC-" + i, "MONITORING"));
        }

        HttpResponse<String> answer = post(monitoring, "en", batch(records.toArray(String[]::new)));

        assertThat(answer.statusCode()).isEqualTo(413);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("key").asText()).isEqualTo("intake.batch.tooLarge");
        assertThat(problem.path("arguments")).isEqualTo(JSON.readTree("[\"1000\",\"1001\"]"));
        assertThat(problem.path("title").asText()).isEqualTo("Content too large");
        assertThat(problem.path("detail").asText())
                .isEqualTo("A batch holds at most 1000 records; this one has 1001: send it in several batches");
        verify(batches, never()).submit(any(), any(), anyList(), any());
    }

    @Test
    void aBodyDeclaredLargerThanSixteenMebibytesIsRefusedBeforeItIsRead() throws Exception {
        String padded = batch(record("JC-1", "MONITORING")) + " ".repeat(16 * 1024 * 1024);

        HttpResponse<String> answer = post(monitoring, null, padded);

        assertThat(answer.statusCode()).isEqualTo(413);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("key").asText()).isEqualTo("intake.body.tooLarge");
        assertThat(problem.path("detail").asText()).isEqualTo("请求体超过 16 MiB；请分批报送");
        verify(batches, never()).submit(any(), any(), anyList(), any());
    }

    @Test
    void aMalformedBodyIsA400Problem() throws Exception {
        HttpResponse<String> answer = post(monitoring, null, "{\"records\":[{\"sourceRecordId\":\"JC-1\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("key").asText()).isEqualTo("request.malformed");
        assertThat(problem.path("detail").asText()).isEqualTo("请求内容不是有效的JSON");
        verify(batches, never()).submit(any(), any(), anyList(), any());
    }

    @Test
    void aSourceSystemMayUseNoOtherEndpointNorTheWebUi() throws Exception {
        HttpResponse<String> events = send(HttpRequest.newBuilder(uri("/api/credit-files/" + CODE + "/events"))
                                                      .header("Authorization", basic(monitoring, TestUsers.PASSWORD))
                                                      .GET().build());
        HttpResponse<String> users = send(HttpRequest.newBuilder(uri("/api/admin/users"))
                                                     .header("Authorization", basic(monitoring, TestUsers.PASSWORD))
                                                     .header("Content-Type", "application/json")
                                                     .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(events.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(events.body()).path("key").asText()).isEqualTo("request.forbidden");
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(location(signInOnTheForm(monitoring))).endsWith("/login?error");
        String officer = TestUsers.ensure(accounts, "intake-form-officer", Role.OFFICER, null);
        assertThat(location(signInOnTheForm(officer))).doesNotContain("/login");
    }

    @Test
    void theOpenApiDocumentDescribesTheIntakeEndpointAndSwaggerUiIsServed() throws Exception {
        HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build());
        HttpResponse<String> ui = send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).GET().build());

        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        JsonNode openApi = JSON.readTree(docs.body());
        JsonNode intake = openApi.path("paths").path("/api/v1/intake/facts").path("post");
        assertThat(intake.isMissingNode()).as(docs.body()).isFalse();
        assertThat(intake.path("requestBody").path("content").path("application/json").path("schema")
                         .path("$ref").asText()).isEqualTo("#/components/schemas/IntakeBatch");
        assertThat(intake.path("responses").path("200").path("content").path("application/json").path("schema")
                         .path("$ref").asText()).isEqualTo("#/components/schemas/IntakeAnswer");
        for (String status : List.of("400", "401", "403", "413")) {
            assertThat(intake.path("responses").path(status).path("content").path("application/problem+json")
                             .path("schema").path("$ref").asText()).as(status).isEqualTo("#/components/schemas/Problem");
        }
        assertThat(openApi.path("components").path("schemas").path("Problem").path("properties").has("key")).isTrue();
        assertThat(openApi.path("components").path("schemas").has("JsonNode")).isFalse();
        assertThat(intake.path("security").get(0).has("basic")).isTrue();
        assertThat(openApi.path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
        assertThat(openApi.path("paths").has("/api/enterprises")).as("only the versioned interface").isFalse();
        HttpResponse<String> yaml = send(HttpRequest.newBuilder(uri("/v3/api-docs.yaml")).GET().build());
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("/api/v1/intake/facts:");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui-bundle.js").doesNotContain("vaadin");
        assertThat(ui.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                          + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                          + "form-action 'self'; frame-ancestors 'none'");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArgumentCaptor<List<SourceRow>> rowsCaptor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(List.class);
    }

    private static String record(String sourceRecordId, String source) {
        return """
                {"sourceRecordId":"%s","creditCode":"%s","type":"MONITORING_EXCEEDANCE","source":"%s",\
                "occurredOn":"2025-03-01","attributes":{"pollutant":"COD","days":2}}"""
                .formatted(sourceRecordId, CODE, source);
    }

    private static String batch(String... records) {
        return "{\"batchName\":\"监测报警\",\"records\":[" + String.join(",", records) + "]}";
    }

    private HttpResponse<String> post(String username, String language, String body) throws Exception {
        return post(username, TestUsers.PASSWORD, language, body);
    }

    private HttpResponse<String> post(String username, String password, String language, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(FactIntakeApi.PATH))
                                                 .header("Authorization", basic(username, password))
                                                 .header("Content-Type", "application/json")
                                                 .POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> signInOnTheForm(String username) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                                       .cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                                   HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        Map<String, String> fields = Map.of("username", username, "password", TestUsers.PASSWORD,
                                            "_csrf", token.group(1));
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                                       .header("Content-Type", "application/x-www-form-urlencoded")
                                       .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                                               .map(field -> field.getKey() + "=" + URLEncoder.encode(
                                                       field.getValue(), StandardCharsets.UTF_8))
                                               .collect(Collectors.joining("&")))).build(),
                            HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                                                                     .getBytes(StandardCharsets.UTF_8));
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
