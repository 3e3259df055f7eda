package org.greencredit.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Strict JSON input and RFC 9457 answers through the running application: every refusal is
 * {@code application/problem+json} with the message key, its arguments and the reason in the caller's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "greencredit.mongo.embedded-port=0")
class ApiProblemDetailsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EventStore eventStore;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @Test
    void aNumericDateIsRefusedAndNothingIsStored() throws Exception {
        String body = TestEnterprises.registrationJson(601, "数字日期企业")
                                     .replace("\"establishedOn\":\"2010-05-20\"", "\"establishedOn\":12345");

        ResponseEntity<String> refused = officer().exchange("/api/enterprises", HttpMethod.POST,
                                                            json(body, "en"), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(refused.getBody());
        assertThat(problem.path("key").asText()).isEqualTo("request.invalidValue");
        assertThat(problem.path("arguments").toString()).isEqualTo("[\"establishedOn\",\"12345\"]");
        assertThat(problem.path("title").asText()).isEqualTo("Bad request");
        assertThat(problem.path("detail").asText()).isEqualTo("Field establishedOn does not accept the value \"12345\"");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(stored(TestCreditCodes.code(601))).isEmpty();
    }

    @Test
    void theReasonIsInChineseUnlessEnglishIsAsked() throws Exception {
        officer().postForEntity("/api/enterprises", json(TestEnterprises.registrationJson(602, "重复企业"), null),
                                String.class);
        String code = TestCreditCodes.code(602);

        JsonNode chinese = JSON.readTree(officer().postForEntity(
                "/api/enterprises", json(TestEnterprises.registrationJson(602, "重复企业"), "fr-FR"), String.class)
                                                  .getBody());
        ResponseEntity<String> english = officer().postForEntity(
                "/api/enterprises", json(TestEnterprises.registrationJson(602, "重复企业"), "en-US,en;q=0.9,zh;q=0.5"),
                String.class);

        assertThat(chinese.path("key").asText()).isEqualTo("enterprise.alreadyRegistered");
        assertThat(chinese.path("title").asText()).isEqualTo("请求被拒绝");
        assertThat(chinese.path("detail").asText()).isEqualTo("统一社会信用代码 " + code + " 已登记，不能重复登记");
        assertThat(english.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertThat(JSON.readTree(english.getBody()).path("detail").asText()).contains(code).doesNotContain("已登记");
    }

    @Test
    void unknownFieldsDuplicateKeysAndTrailingTokensAreRefused() throws Exception {
        String valid = TestEnterprises.registrationJson(603, "严格企业").strip();

        assertProblem(post(valid.replaceFirst("\\{", "{\"rating\":\"AAA\","), "en"), 400, "request.unknownField",
                      "Field rating is not known");
        assertProblem(post(valid.replaceFirst("\\{", "{\"creditCode\":\"" + TestCreditCodes.code(604) + "\","), "en"),
                      400, "request.duplicateField", "Field creditCode appears more than once");
        assertProblem(post(valid + " {}", "en"), 400, "request.malformed", "The request body is not valid JSON");
        assertProblem(post(valid.replace("\"keyPolluter\":false", "\"keyPolluter\":\"false\""), "en"), 400,
                      "request.invalidField", "Field profile.keyPolluter has the wrong form");
        assertThat(stored(TestCreditCodes.code(603))).isEmpty();
        assertThat(stored(TestCreditCodes.code(604))).isEmpty();
    }

    @Test
    void httpLevelRefusalsAreProblemsToo() throws Exception {
        assertProblem(officer().exchange("/api/no-such-thing", HttpMethod.GET, json(null, "en"), String.class), 404,
                      "request.notFound", "There is nothing at /api/no-such-thing");
        assertProblem(officer().exchange("/api/enterprises", HttpMethod.DELETE, json(null, "en"), String.class), 405,
                      "request.methodNotAllowed", "Method DELETE is not allowed here");
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        text.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<String> unsupported = officer().exchange("/api/enterprises", HttpMethod.POST,
                                                                new HttpEntity<>("hello", text), String.class);
        assertProblem(unsupported, 415, "request.unsupportedMediaType",
                      "Content type text/plain;charset=UTF-8 is not accepted; send application/json");
        assertProblem(officer().exchange("/api/credit-files/" + TestCreditCodes.code(605) + "/events", HttpMethod.GET,
                                         json(null, "en"), String.class), 404, "creditFile.notFound",
                      "No credit file for credit code " + TestCreditCodes.code(605));
    }

    @Test
    void theSecurityFiltersAnswerWithProblems() throws Exception {
        ResponseEntity<String> unauthenticated = anonymous.exchange(
                "/api/enterprises", HttpMethod.POST, json(TestEnterprises.registrationJson(606, "匿名"), null),
                String.class);
        assertProblem(unauthenticated, 401, "request.unauthenticated", "请使用用户名和密码登录（HTTP Basic）");
        assertThat(unauthenticated.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertProblem(anonymous.withBasicAuth("nobody", "wrong-password").exchange(
                "/api/admin/projections", HttpMethod.GET, json(null, null), String.class), 401,
                      "request.unauthenticated", "请使用用户名和密码登录（HTTP Basic）");
        assertProblem(officer().exchange("/api/admin/projections", HttpMethod.GET, json(null, null), String.class), 403,
                      "request.forbidden", "您的角色无权使用此接口");
    }

    private ResponseEntity<String> post(String body, String language) {
        return officer().exchange("/api/enterprises", HttpMethod.POST, json(body, language), String.class);
    }

    private static void assertProblem(ResponseEntity<String> answer, int status, String key, String detail)
            throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(answer.getBody());
        assertThat(problem.path("key").asText()).isEqualTo(key);
        assertThat(problem.path("detail").asText()).isEqualTo(detail);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
    }

    private Optional<Long> stored(String creditCode) {
        return Optional.ofNullable(eventStore.lastSequenceNumberFor(creditCode).orElse(null));
    }

    private TestRestTemplate officer() {
        return anonymous.withBasicAuth(TestUsers.ensure(accounts, "problem-officer", Role.OFFICER, null),
                                       TestUsers.PASSWORD);
    }

    private static HttpEntity<String> json(String body, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return new HttpEntity<>(body, headers);
    }
}
