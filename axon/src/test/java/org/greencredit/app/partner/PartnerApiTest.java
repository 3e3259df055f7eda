package org.greencredit.app.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.TestUsers;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.domain.partner.api.PartnerClientRegistered;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.projections.cycle.CycleList;
import org.greencredit.projections.cycle.FindCycles;
import org.greencredit.projections.decision.DecisionHistorySummary;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.decision.FindDecisionHistory;
import org.greencredit.ui.partner.PartnerClients;
import org.greencredit.ui.partner.PartnerRequests;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The partner API through Spring MVC with the real filter chains, on the generated district (two cycles published):
 * every endpoint, every refusal, and that a preliminary grade is never handed out.
 */
class PartnerApiTest extends ViewContext {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);
    private static final String PRELIMINARY_ONLY = TestCreditCodes.code(61_001);
    private static final String UNREGISTERED = TestCreditCodes.code(61_002);
    private static Object fixturesIn;
    private static PartnerClients.IssuedClient full;
    private static PartnerClients.IssuedClient lookupOnly;
    private static PartnerClients.IssuedClient revoked;
    private static PartnerClients.IssuedClient expired;

    private MockMvc mvc;

    @BeforeEach
    void fixtures() {
        synchronized (PartnerApiTest.class) {
            if (fixturesIn != context) {
                PartnerClientDesk desk = context.getBean(PartnerClientDesk.class);
                LocalDate today = LocalDate.now(context.getBean(Clock.class));
                full = desk.register("通州农商银行", "绿色金融部", EnumSet.allOf(PartnerScope.class), today.plusYears(1),
                                     null, ADMIN);
                lookupOnly = desk.register("区信用平台", null, Set.of(PartnerScope.LOOKUP), today, 3, ADMIN);
                revoked = desk.register("某担保公司", null, Set.of(PartnerScope.LOOKUP), today.plusDays(30), null,
                                        ADMIN);
                desk.revoke(revoked.clientId(), ADMIN);
                expired = expiredClient(today);
                preliminaryOnly();
                context.getBean(CaughtUp.class).awaitAll(Duration.ofMinutes(1));
                fixturesIn = context;
            }
        }
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                             .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    /**
     * A client registered a year ago for one month: the aggregate refuses an expiry in the past today, so its
     * registration is stored as it was then.
     */
    private PartnerClients.IssuedClient expiredClient(LocalDate today) {
        PartnerSecrets secrets = context.getBean(PartnerSecrets.class);
        String id = secrets.newClientId();
        String secret = secrets.newSecret();
        context.getBean(EventStore.class).publish(new GenericDomainEventMessage<>(
                "PartnerClient", id, 0, new PartnerClientRegistered(
                        id, "过期银行", null, List.of(PartnerScope.LOOKUP), today.minusMonths(11),
                        secrets.hash(id, secret), null, today.minusYears(1), "test-admin")));
        return new PartnerClients.IssuedClient(id, secret);
    }

    /** A registered enterprise whose only decision is the preliminary grade under disclosure. */
    private void preliminaryOnly() {
        context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                TestEnterprises.registration(61_001, "通州示例初评有限公司"))
                .andMetaData(TestEnterprises.OFFICER.asMetaData()));
        ScoringEngine engine = ScoringEngine.of(DefaultIndicatorSystem.definition());
        var decision = engine.score(List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                                    LocalDate.of(2026, 4, 21));
        context.getBean(EventStore.class).publish(new GenericDomainEventMessage<>(
                "EnterpriseCreditFile", PRELIMINARY_ONLY, 1, new GradeDecided(
                        PRELIMINARY_ONLY, "prelim-" + PRELIMINARY_ONLY, DecisionKind.PRELIMINARY, "2026-TEST",
                        LocalDate.of(2026, 4, 22), decision, null, new DecisionTrigger(DecisionTrigger.GRADING,
                                                                                      "2026-TEST"))));
    }

    @Test
    void oneEnterprisesEffectiveResultIsItsLatestPublishedDecision() throws Exception {
        String code = firstChangedCode();
        JsonNode result = ok(get("/api/v1/results/" + code, full));

        assertThat(result.path("creditCode").asText()).isEqualTo(code);
        List<DecisionSummary> history = context.getBean(QueryGateway.class)
                .query(new FindDecisionHistory(code), DecisionHistorySummary.class).join().decisions();
        DecisionSummary inForce = history.stream().filter(DecisionSummary::inForce).reduce((a, b) -> b).orElseThrow();
        assertThat(result.path("decisionId").asText()).isEqualTo(inForce.decisionId());
        assertThat(result.path("grade").asText()).isEqualTo(inForce.grade());
        assertThat(result.path("decisionKind").asText()).isNotEqualTo("PRELIMINARY");
        assertThat(result.path("tier").asText()).isIn("POSITIVE_LIST", "REDUCED", "STANDARD", "KEY");
        assertThat(result.path("indicatorVersion").asText()).isEqualTo("2026.1");

        List<PartnerRequests.Entry> logged = context.getBean(PartnerRequestLog.class)
                .find(full.clientId(), code, 0, 10);
        assertThat(logged).isNotEmpty();
        assertThat(logged.get(0).organisation()).isEqualTo("通州农商银行");
        assertThat(logged.get(0).status()).isEqualTo(200);
    }

    @Test
    void aPreliminaryGradeIsNeverReturned() throws Exception {
        refused(get("/api/v1/results/" + PRELIMINARY_ONLY, full), 404, "partner.result.none");
        JsonNode batch = ok(post("/api/v1/results/batch", full, "{\"creditCodes\":[\"" + PRELIMINARY_ONLY + "\"]}"));
        assertThat(batch.path("results").get(0).path("status").asText()).isEqualTo("NO_PUBLISHED_RESULT");
        assertThat(allChanges()).noneMatch(change -> change.path("result").path("creditCode").asText()
                                                           .equals(PRELIMINARY_ONLY))
                                .noneMatch(change -> change.path("result").path("decisionKind").asText()
                                                           .equals("PRELIMINARY"));
    }

    @Test
    void malformedAndUnknownCodesAreRefused() throws Exception {
        refused(get("/api/v1/results/" + UNREGISTERED, full), 404, "partner.enterprise.notFound");
        String wrongCheck = TestCreditCodes.code(61_003).substring(0, 17) + "0";
        for (String bad : List.of("91110112MA0000001", wrongCheck, "91110112ma00000010", "{\"$ne\":null}",
                                  ".*", "91110112MA.*", "' OR '1'='1", "$where", "91110112MA00000010 ")) {
            MockHttpServletResponse response = mvc.perform(
                    withClient(MockMvcRequestBuilders.get("/api/v1/results/{code}", bad), full)).andReturn()
                                                  .getResponse();
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(problem(response).path("key").asText()).isEqualTo("partner.creditCode.invalid");
        }
    }

    @Test
    void aBatchAnswersEveryCodeAndRefusesMoreThanAThousand() throws Exception {
        String code = firstChangedCode();
        JsonNode answer = ok(post("/api/v1/results/batch", full, JSON.writeValueAsString(new BatchLookup(List.of(
                code, UNREGISTERED, "{\"$ne\":null}", PRELIMINARY_ONLY, "'; drop table published_results; --",
                ".*")))));
        assertThat(answer.path("results")).extracting(node -> node.path("status").asText())
                                          .containsExactly("FOUND", "NOT_FOUND", "INVALID", "NO_PUBLISHED_RESULT",
                                                           "INVALID", "INVALID");

        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(code);
        }
        refused(post("/api/v1/results/batch", full, JSON.writeValueAsString(new BatchLookup(tooMany))), 413,
                "partner.batch.tooLarge");
        refused(post("/api/v1/results/batch", full, "{\"creditCodes\":[]}"), 400, "partner.batch.empty");
        refused(post("/api/v1/results/batch", full, "{\"creditCodes\":{\"$ne\":null}}"), 400,
                "request.invalidField");
        refused(post("/api/v1/results/batch", full, "{\"creditCodes\":[\"" + code + "\"],\"$where\":\"1\"}"), 400,
                "request.unknownField");
    }

    @Test
    void theChangeFeedPagesWithItsCursor() throws Exception {
        JsonNode first = ok(get("/api/v1/results/changes?limit=5", full));
        assertThat(first.path("changes")).hasSize(5);
        long next = first.path("nextCursor").asLong();
        assertThat(next).isEqualTo(first.path("changes").get(4).path("cursor").asLong());
        JsonNode second = ok(get("/api/v1/results/changes?limit=5&after=" + next, full));
        assertThat(second.path("changes").get(0).path("cursor").asLong()).isGreaterThan(next);

        refused(get("/api/v1/results/changes?after=-2", full), 400, "partner.cursor.invalid");
        refused(get("/api/v1/results/changes?limit=0", full), 400, "partner.limit.invalid");
        refused(get("/api/v1/results/changes?limit=1001", full), 400, "partner.limit.invalid");
        refused(get("/api/v1/results/changes?after=abc", full), 400, "request.invalidValue");
        refused(mvc.perform(withClient(MockMvcRequestBuilders.get("/api/v1/results/changes")
                                                             .param("after", "{\"$gt\":1}"), full))
                   .andReturn().getResponse(), 400, "request.invalidValue");
    }

    @Test
    void oneCyclesResultsArePagedAndAnUnknownCycleIsNotFound() throws Exception {
        String cycleId = context.getBean(QueryGateway.class).query(new FindCycles(), CycleList.class).join()
                                .cycles().stream().filter(cycle -> cycle.publishedOn() != null).findFirst()
                                .orElseThrow().cycleId();
        JsonNode page = ok(get("/api/v1/results/cycles/" + cycleId + "?limit=3", full));
        assertThat(page.path("total").asInt()).isEqualTo(ENTERPRISES);
        assertThat(page.path("results")).hasSize(3);
        assertThat(page.path("results")).allMatch(result -> result.path("cycleId").asText().equals(cycleId));

        refused(get("/api/v1/results/cycles/2099-NONE", full), 404, "cycle.notFound");
        refused(get("/api/v1/results/cycles/" + cycleId + "?offset=-1", full), 400, "partner.offset.invalid");
    }

    @Test
    void onlyAValidClientWithinItsScopeIsAdmitted() throws Exception {
        String code = firstChangedCode();
        refused(mvc.perform(MockMvcRequestBuilders.get("/api/v1/results/" + code)).andReturn().getResponse(), 401,
                "request.unauthenticated");
        refused(get("/api/v1/results/" + code, new PartnerClients.IssuedClient(full.clientId(), "wrong")), 401,
                "request.unauthenticated");
        refused(get("/api/v1/results/" + code, revoked), 401, "partner.client.revoked");
        refused(get("/api/v1/results/" + code, expired), 401, "partner.client.expired");
        refused(post("/api/v1/results/batch", lookupOnly, "{\"creditCodes\":[\"" + code + "\"]}"), 403,
                "partner.scope.missing");
        refused(get("/api/v1/results/changes", lookupOnly), 403, "partner.scope.missing");

        String admin = TestUsers.ensure(context.getBean(UserAccounts.class), "partner-test-admin", Role.ADMIN, null);
        refused(get("/api/v1/results/" + code, new PartnerClients.IssuedClient(admin, TestUsers.PASSWORD)), 401,
                "request.unauthenticated");
        refused(get("/api/credit-files/" + code + "/events", full), 401, "request.unauthenticated");
    }

    @Test
    void aClientBeyondItsRateIsToldWhenToComeBack() throws Exception {
        String code = firstChangedCode();
        MockHttpServletResponse last = null;
        for (int i = 0; i < 4; i++) {
            last = get("/api/v1/results/" + code, lookupOnly);
        }
        refused(last, 429, "partner.rateLimited");
        assertThat(Long.parseLong(last.getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
        assertThat(context.getBean(PartnerRequestLog.class).find(lookupOnly.clientId(), null, 0, 1).get(0).status())
                .isEqualTo(429);
    }

    @Test
    void administratorsCreateAndRevokeClientsOverTheAdminApi() throws Exception {
        String admin = TestUsers.ensure(context.getBean(UserAccounts.class), "partner-test-admin", Role.ADMIN, null);
        String officer = TestUsers.ensure(context.getBean(UserAccounts.class), "partner-test-officer", Role.OFFICER,
                                          null);
        String body = "{\"organisation\":\"测试银行\",\"scopes\":[\"LOOKUP\"],\"expiresOn\":\""
                      + LocalDate.now(context.getBean(Clock.class)).plusDays(10) + "\"}";
        MockHttpServletResponse created = mvc.perform(withClient(MockMvcRequestBuilders.post(
                "/api/admin/partner-clients").contentType(MediaType.APPLICATION_JSON).content(body),
                new PartnerClients.IssuedClient(admin, TestUsers.PASSWORD))).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode issued = JSON.readTree(created.getContentAsString());
        assertThat(issued.path("secret").asText()).hasSizeGreaterThanOrEqualTo(43);

        MockHttpServletResponse byOfficer = mvc.perform(withClient(MockMvcRequestBuilders.post(
                "/api/admin/partner-clients").contentType(MediaType.APPLICATION_JSON).content(body),
                new PartnerClients.IssuedClient(officer, TestUsers.PASSWORD))).andReturn().getResponse();
        assertThat(byOfficer.getStatus()).isEqualTo(403);

        String revoke = "/api/admin/partner-clients/" + issued.path("clientId").asText() + "/revoke";
        var asAdmin = new PartnerClients.IssuedClient(admin, TestUsers.PASSWORD);
        assertThat(mvc.perform(withClient(MockMvcRequestBuilders.post(revoke), asAdmin)).andReturn().getResponse()
                      .getStatus()).isEqualTo(204);
        refused(mvc.perform(withClient(MockMvcRequestBuilders.post(revoke), asAdmin)).andReturn().getResponse(),
                422, "partnerClient.alreadyRevoked");
    }

    @Test
    void theOpenApiDocumentListsThePartnerPaths() throws Exception {
        JsonNode document = JSON.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn()
                                             .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(document.path("paths").fieldNames()).toIterable().contains(
                "/api/v1/results/{creditCode}", "/api/v1/results/batch", "/api/v1/results/changes",
                "/api/v1/results/cycles/{cycleId}", "/api/v1/intake/facts");
        assertThat(document.path("components").path("securitySchemes").has("partnerClient")).isTrue();
    }

    private String firstChangedCode() throws Exception {
        return ok(get("/api/v1/results/changes?limit=1", full)).path("changes").get(0).path("result")
                .path("creditCode").asText();
    }

    private List<JsonNode> allChanges() throws Exception {
        List<JsonNode> changes = new ArrayList<>();
        long cursor = -1;
        JsonNode page;
        do {
            page = ok(get("/api/v1/results/changes?limit=1000&after=" + cursor, full));
            page.path("changes").forEach(changes::add);
            cursor = page.path("nextCursor").asLong();
        } while (!page.path("changes").isEmpty());
        return changes;
    }

    private MockHttpServletResponse get(String path, PartnerClients.IssuedClient client) throws Exception {
        return mvc.perform(withClient(MockMvcRequestBuilders.get(path), client)).andReturn().getResponse();
    }

    private MockHttpServletResponse post(String path, PartnerClients.IssuedClient client, String body)
            throws Exception {
        return mvc.perform(withClient(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                                                            .content(body), client)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder withClient(MockHttpServletRequestBuilder request,
                                                            PartnerClients.IssuedClient client) {
        return request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode ok(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        return JSON.readTree(body);
    }

    private static void refused(MockHttpServletResponse response, int status, String key) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(problem(response).path("key").asText()).as(body).isEqualTo(key);
    }

    private static JsonNode problem(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
