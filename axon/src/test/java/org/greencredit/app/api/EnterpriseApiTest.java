package org.greencredit.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.security.UserAccount;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
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
    TestRestTemplate anonymous;

    @Autowired
    UserAccounts accounts;

    private TestRestTemplate http;

    @BeforeEach
    void signIn() {
        http = anonymous.withBasicAuth(TestUsers.ensure(accounts, "api-officer", Role.OFFICER, null),
                                       TestUsers.PASSWORD);
    }

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
        assertThat(refused.getBody()).containsEntry("key", "enterprise.alreadyRegistered")
                                     .containsEntry("arguments", List.of(TestCreditCodes.code(502)));
    }

    @Test
    void anUnknownCodeInTheBodyIsA400NamingTheField() {
        String body = TestEnterprises.registrationJson(503, "未知街道企业").replaceAll("\"subdistrict\":\"\\w+\"",
                                                                                  "\"subdistrict\":\"ATLANTIS\"");

        ResponseEntity<Map> refused = http.postForEntity("/api/enterprises", json(body), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("key", "request.invalidValue")
                                     .containsEntry("arguments", List.of("profile.subdistrict", "ATLANTIS"));
        assertThat(http.getForEntity("/api/credit-files/" + TestCreditCodes.code(503) + "/events", String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRequestWithoutCredentialsIsA401AndStoresNothing() {
        ResponseEntity<String> refused = anonymous.postForEntity("/api/enterprises",
                json(TestEnterprises.registrationJson(504, "匿名企业")), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/credit-files/" + TestCreditCodes.code(504) + "/events", String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEnterpriseUserReadsOnlyItsOwnFile() {
        post(TestEnterprises.registrationJson(505, "自己的企业"));
        TestRestTemplate enterprise = anonymous.withBasicAuth(
                TestUsers.ensure(accounts, "api-enterprise", Role.ENTERPRISE, TestCreditCodes.code(505)),
                TestUsers.PASSWORD);

        assertThat(enterprise.getForEntity("/api/credit-files/" + TestCreditCodes.code(505) + "/events", String.class)
                             .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(enterprise.getForEntity("/api/credit-files/" + TestCreditCodes.code(506) + "/events", String.class)
                             .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(enterprise.postForEntity("/api/enterprises", json(TestEnterprises.registrationJson(507, "越权")),
                                            String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyAnAdministratorProvisionsUsers() {
        String account = "{\"username\":\"partner-bank\",\"displayName\":\"合作银行\",\"role\":\"PARTNER\","
                         + "\"department\":\"某银行\",\"password\":\"a-long-password\"}";
        assertThat(http.postForEntity("/api/admin/users", json(account), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        TestRestTemplate admin = anonymous.withBasicAuth(
                TestUsers.ensure(accounts, "api-admin", Role.ADMIN, null), TestUsers.PASSWORD);
        assertThat(admin.postForEntity("/api/admin/users", json(account), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> shortPassword = admin.postForEntity(
                "/api/admin/users", json(account.replace("partner-bank", "partner-2").replace("a-long-password", "short")),
                Map.class);
        assertThat(shortPassword.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(shortPassword.getBody()).containsEntry("key", "user.password.tooShort");
        assertThat(accounts.find("partner-2")).isEmpty();
        assertThat(accounts.find("partner-bank")).get().extracting(UserAccount::role).isEqualTo(Role.PARTNER);
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
