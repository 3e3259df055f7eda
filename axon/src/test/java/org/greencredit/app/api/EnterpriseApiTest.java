package org.greencredit.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST API's answers: stored, refused by a rule, or not understood — always with a message key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "greencredit.mongo.embedded-port=0")
class EnterpriseApiTest {

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @Test
    void aValidRegistrationIsStoredAndItsEventsCanBeRead() {
        ResponseEntity<String> created = post(TestEnterprises.registrationJson(501, "接口测试企业"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http.getForObject("/api/credit-files/" + TestCreditCodes.code(501) + "/events", String.class))
                .contains("\"type\":\"EnterpriseRegistered\"");
    }

    @Test
    void aRuleViolationIsA422NamingTheKey() {
        post(TestEnterprises.registrationJson(502, "重复企业"));

        ResponseEntity<Map> refused = http.postForEntity("/api/enterprises",
                json(TestEnterprises.registrationJson(502, "重复企业")), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).containsEntry("title", "enterprise.alreadyRegistered")
                                     .containsEntry("arguments", List.of(TestCreditCodes.code(502)));
    }

    @Test
    void anUnknownCodeInTheBodyIsA400NamingTheField() {
        String body = TestEnterprises.registrationJson(503, "未知街道企业").replaceAll("\"subdistrict\":\"\\w+\"",
                                                                                  "\"subdistrict\":\"ATLANTIS\"");

        ResponseEntity<Map> refused = http.postForEntity("/api/enterprises", json(body), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("title", "request.invalidValue")
                                     .containsEntry("arguments", List.of("profile.subdistrict", "ATLANTIS"));
        assertThat(http.getForObject("/api/credit-files/" + TestCreditCodes.code(503) + "/events", String.class))
                .isEqualTo("[]");
    }

    private ResponseEntity<String> post(String body) {
        return http.postForEntity("/api/enterprises", json(body), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
