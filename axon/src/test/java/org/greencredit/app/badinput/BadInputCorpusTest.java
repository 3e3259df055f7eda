package org.greencredit.app.badinput;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.mongodb.client.MongoDatabase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.upload.Upload;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.notify.NotificationStore;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.views.TrialViewTest;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.TestInspections;
import org.greencredit.app.support.TestUsers;
import org.greencredit.app.support.ViewContext;
import org.greencredit.app.webhook.WebhookStore;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.dataerror.DataErrorReports;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.domain.inspection.InspectionPlan;
import org.greencredit.domain.inspector.CertificateNumber;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspector.InspectorSummary;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.i18n.Translations;
import org.greencredit.ui.inspection.InspectionWork;
import org.greencredit.ui.inspector.InspectorDirectory;
import org.greencredit.ui.partner.PartnerClients;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The bad-input corpus, run case by case against the whole application: REST API cases through Spring MVC with the
 * real security filter chain, form cases through the real views (Karibu-Testing). Each case must be refused with its
 * expected message key (and status or place on the form), the message must exist in the bundles, and nothing may be
 * stored: the event streams the case could have written to keep their last sequence number, and no user account
 * appears. The cases are data in {@code src/test/resources/bad-input/}; see {@code docs/architecture.md} (Tests).
 */
class BadInputCorpusTest extends ViewContext {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");
    private static final int FIRST_CODE = 40_000;
    private static final String EXISTING_DECISION_NO = "京通环罚〔2024〕39998号";
    /** The corpus's own inspection plan, whose problem found at {@link #existing()} no violation is linked to. */
    private static final String INSPECTION_PERIOD = "2019-Q4";
    private static Object fixturesIn;
    private static String existingViolationId;
    private static Object partnerClientsIn;
    private static String existingInspectorId;
    private static final String EXISTING_CERTIFICATE = "CORPUS-EXISTING";
    private static final Map<String, PartnerClients.IssuedClient> partnerClients = new LinkedHashMap<>();
    private static String drawnPeriod;
    private static String undrawnPeriod;
    private static String drawnCreditCode;

    private final Translations translations = new Translations();
    private MockMvc mvc;

    static Stream<BadInputCase> apiCases() {
        return BadInputCase.of("api");
    }

    static Stream<BadInputCase> formCases() {
        return BadInputCase.of("form");
    }

    @BeforeEach
    void fixtures() {
        synchronized (BadInputCorpusTest.class) {
            if (fixturesIn != context) {
                register(existing());
                register(other());
                existingViolationId = UUID.randomUUID().toString();
                RecordFact violation = new RecordFact(existing(), existingViolationId, FactType.VIOLATION,
                                                      LocalDate.of(2024, 6, 1), FactSource.ENFORCEMENT,
                                                      Evidence.of(EXISTING_DECISION_NO), FactAttributes.of(
                        "category", "EXCEEDING_STANDARDS", "severity", "GENERAL", "medium", "AIR",
                        "decisionNo", EXISTING_DECISION_NO));
                context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(violation)
                        .andMetaData(TestEnterprises.OFFICER.asMetaData()));
                existingInspector();
                unlinkedInspectionProblem();
                drawnPlan();
                fixturesIn = context;
            }
        }
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                             .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiCases")
    void theApiRefusesAndStoresNothing(BadInputCase badInput) throws Exception {
        JsonNode input = badInput.input();
        String body = body(badInput);
        List<String> streams = streams(badInput, body);
        Map<String, Optional<Long>> before = lastSequences(streams);
        String username = input.path("body").path("base").asText().equals("user")
                ? JSON.readTree(body).path("username").asText() : null;

        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .request(org.springframework.http.HttpMethod.valueOf(input.path("method").asText("POST")),
                         resolve(badInput, input.path("path").asText("/api/enterprises")));
        credentials(request, input.path("user").asText("officer"));
        if (body != null) {
            request.contentType(input.path("contentType").asText(MediaType.APPLICATION_JSON_VALUE))
                   .content(body.getBytes(StandardCharsets.UTF_8));
        }
        if (input.has("language")) {
            request.header("Accept-Language", input.path("language").asText());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        String answer = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(answer).isEqualTo(badInput.expect().path("status").asInt());
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = JSON.readTree(answer);
        assertThat(problem.path("key").asText()).as(answer).isEqualTo(badInput.key());
        List<String> arguments = new ArrayList<>();
        problem.path("arguments").forEach(argument -> arguments.add(argument.asText()));
        if (badInput.expect().has("arguments")) {
            assertThat(arguments).isEqualTo(expectedArguments(badInput));
        }
        assertThat(problem.path("detail").asText())
                .isEqualTo(message(new Refusal(badInput.key(), arguments),
                                   input.path("language").asText("zh-CN").startsWith("en")
                                           ? Translations.ENGLISH : Translations.CHINESE));
        assertThat(lastSequences(streams)).as("nothing stored").isEqualTo(before);
        if (username != null) {
            assertThat(context.getBean(UserAccounts.class).find(username)).as("no account").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formCases")
    void theFormsRefuseAndStoreNothing(BadInputCase badInput) {
        JsonNode input = badInput.input();
        String form = input.path("form").asText();
        Map<String, JsonNode> fields = fields(badInput, form);
        List<String> streams = formStreams(badInput, form, fields);
        Map<String, Optional<Long>> before = lastSequences(streams);
        Map<String, Long> documentsBefore = notificationDocuments();
        String username = form.equals("create-user") ? fields.get("admin-user-username").asText() : null;

        if (form.equals("report-data-error")) {
            SignedInUi.openAsEnterprise(context, existing());
        } else {
            SignedInUi.open(context, Role.valueOf(input.path("role").asText(defaultRole(form))));
        }
        fill(badInput, form, fields);
        MockVaadin.clientRoundtrip();

        String expected = badInput.expect().has("arguments")
                ? message(new Refusal(badInput.key(), expectedArguments(badInput)), Translations.CHINESE)
                : textBeforeArguments(badInput.key());
        String where = badInput.expect().path("field").asText();
        if (where.equals("notification")) {
            assertThat(NotificationsKt.getNotifications())
                    .extracting(shown -> shown.getElement().getProperty("text", "")
                                         + shown.getElement().getTextRecursively())
                    .anySatisfy(text -> assertThat(text).contains(expected));
        } else {
            Component shown = _get(Component.class, spec -> spec.withId(where));
            if (shown instanceof HasValidation validated) {
                assertThat(validated.isInvalid()).as(where + " marked invalid").isTrue();
                assertThat(validated.getErrorMessage()).contains(expected);
            } else {
                assertThat(shown.getElement().getTextRecursively()).contains(expected);
            }
        }
        assertThat(lastSequences(streams)).as("nothing stored").isEqualTo(before);
        assertThat(notificationDocuments()).as("no subscription or settings stored").isEqualTo(documentsBefore);
        if (username != null) {
            assertThat(context.getBean(UserAccounts.class).find(username)).as("no account").isEmpty();
        }
    }

    private static String defaultRole(String form) {
        return switch (form) {
            case "record-fact", "register-enterprise", "draw-inspections", "redraw-inspections",
                 "record-inspection-result", "run-trial" -> "OFFICER";
            case "subscribe" -> "PARTNER";
            case "notification-settings" -> "ENTERPRISE";
            default -> "ADMIN";
        };
    }

    /** A fourth quarter's draw holds every enterprise without a grade, so {@link #existing()} is in it. */
    private void unlinkedInspectionProblem() {
        TestInspections.ensureInspectors(context, "corpusinsp", "语料抽查执法人员");
        TestInspections.drawn(context, INSPECTION_PERIOD, "corpus");
        TestInspections.result(context, INSPECTION_PERIOD, existing(), InspectionOutcome.PROBLEM_FOUND, "废水超标");
    }

    /** The corpus's own inspector, recused from {@link #other()}, and an officer's account no inspector may link. */
    private void existingInspector() {
        InspectorDirectory inspectors = context.getBean(InspectorDirectory.class);
        Actor admin = new Actor("corpus-admin", Role.ADMIN, "信息中心", null);
        existingInspectorId = inspectors.register(
                new InspectorDirectory.InspectorDetails("语料执法人员", "执法大队", EXISTING_CERTIFICATE, null), admin);
        inspectors.declareRecusal(existingInspectorId, other(), "利害关系", admin);
        TestUsers.ensure(accounts(), "corpus-officer", Role.OFFICER, null);
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
    }

    /**
     * The corpus's 双随机抽查: the last quarter of last year drawn (with two more inspectors on duty, so every drawn
     * enterprise has two), the third left undrawn; the view tests draw other quarters.
     */
    private void drawnPlan() {
        InspectorDirectory inspectors = context.getBean(InspectorDirectory.class);
        Actor admin = new Actor("corpus-admin", Role.ADMIN, "信息中心", null);
        inspectors.register(new InspectorDirectory.InspectorDetails("语料执法人员乙", "执法大队", "CORPUS-SECOND", null),
                            admin);
        inspectors.register(new InspectorDirectory.InspectorDetails("语料执法人员丙", "执法大队", "CORPUS-THIRD", null),
                            admin);
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
        int lastYear = BusinessDay.today(context.getBean(Clock.class)).getYear() - 1;
        drawnPeriod = new InspectionPeriod(lastYear, 4).toString();
        undrawnPeriod = new InspectionPeriod(lastYear, 3).toString();
        InspectionWork work = context.getBean(InspectionWork.class);
        work.draw(drawnPeriod, "corpus", TestEnterprises.OFFICER);
        drawnCreditCode = work.plan(drawnPeriod).orElseThrow().entries().stream()
                              .filter(entry -> entry.basis() != DrawBasis.OFF_SITE).findFirst().orElseThrow()
                              .creditCode();
    }

    /** Opens the inspection plan of {@code period}. */
    private static void inspectionPlan(Map<String, JsonNode> fields, String period) {
        UI.getCurrent().navigate("inspections");
        setValue("inspections-period", fields.getOrDefault("inspections-period", TextNode.valueOf(period)));
        fields.remove("inspections-period");
    }

    /** Opens the inspectors tab and clicks {@code button} in the row of the corpus's inspector, if given. */
    private static void inspectorsTab(String button) {
        UI.getCurrent().navigate("admin");
        _get(TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(4);
        if (button != null) {
            Grid<?> grid = _get(Grid.class, spec -> spec.withId("admin-inspectors-grid"));
            int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                    .filter(i -> ((InspectorSummary) GridKt._get(grid, i)).inspectorId().equals(existingInspectorId))
                    .findFirst().orElseThrow();
            _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                        spec -> spec.withId(button + existingInspectorId)));
        }
    }

    /** The documents the subscription and notification-settings forms would store. */
    private Map<String, Long> notificationDocuments() {
        MongoDatabase database = context.getBean(MongoDatabase.class);
        return Map.of(WebhookStore.SUBSCRIPTIONS, database.getCollection(WebhookStore.SUBSCRIPTIONS).countDocuments(),
                      NotificationStore.SETTINGS, database.getCollection(NotificationStore.SETTINGS).countDocuments());
    }

    private void fill(BadInputCase badInput, String form, Map<String, JsonNode> fields) {
        switch (form) {
            case "register-enterprise" -> {
                UI.getCurrent().navigate("enterprises");
                _click(_get(Button.class, spec -> spec.withId("directory-register")));
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("register-submit")));
            }
            case "record-fact" -> {
                UI.getCurrent().navigate("enterprises/" + existing());
                _click(_get(Button.class, spec -> spec.withId("creditfile-record-fact-open")));
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("fact-submit")));
            }
            case "create-user" -> {
                UI.getCurrent().navigate("admin");
                _click(_get(Button.class, spec -> spec.withId("admin-users-create")));
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("admin-user-submit")));
            }
            case "indicator-upload" -> {
                UI.getCurrent().navigate("indicators");
                UploadKt._upload(_get(Upload.class, spec -> spec.withId("indicator-upload")), "corpus.yaml",
                                 indicatorFile(badInput).getBytes(StandardCharsets.UTF_8));
            }
            case "calendar-upload" -> {
                UI.getCurrent().navigate("admin");
                _get(TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(1);
                UploadKt._upload(_get(Upload.class, spec -> spec.withId("admin-calendar-upload")), "corpus.yaml",
                                 badInput.input().path("content").asText().getBytes(StandardCharsets.UTF_8));
            }
            case "report-data-error" -> {
                UI.getCurrent().navigate("my-file");
                Grid<?> facts = _get(Grid.class, spec -> spec.withId("data-error-facts"));
                _click((Button) GridKt._getCellComponent(facts, 0, "report"));
                fields.forEach(BadInputCorpusTest::setValue);
                JsonNode evidence = badInput.input().path("evidence");
                if (!evidence.isMissingNode()) {
                    UploadKt._upload(_get(Upload.class, spec -> spec.withId("data-error-evidence-upload")),
                                     evidence.path("name").asText(),
                                     evidence.path("content").asText().getBytes(StandardCharsets.UTF_8));
                }
                _click(_get(Button.class, spec -> spec.withId("data-error-report-submit")));
            }
            case "subscribe" -> {
                UI.getCurrent().navigate("subscriptions");
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("subscriptions-subscribe")));
            }
            case "notification-settings" -> {
                UI.getCurrent().navigate("notifications");
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("notifications-save")));
            }
            case "register-inspector" -> {
                inspectorsTab(null);
                _click(_get(Button.class, spec -> spec.withId("admin-inspectors-create")));
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("admin-inspector-submit")));
            }
            case "declare-recusal" -> {
                inspectorsTab("admin-inspector-recusals-");
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("admin-recusal-declare")));
            }
            case "deactivate-inspector" -> {
                inspectorsTab("admin-inspector-deactivate-");
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("admin-inspector-state-submit")));
            }
            case "draw-inspections" -> {
                inspectionPlan(fields, undrawnPeriod);
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("inspections-draw")));
            }
            case "redraw-inspections" -> {
                inspectionPlan(fields, drawnPeriod);
                _click(_get(Button.class, spec -> spec.withId("inspections-redraw")));
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("inspections-redraw-submit")));
            }
            case "record-inspection-result" -> {
                inspectionPlan(fields, drawnPeriod);
                Grid<?> grid = _get(Grid.class, spec -> spec.withId("inspections-grid"));
                int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                        .filter(i -> ((InspectionEntry) GridKt._get(grid, i)).creditCode().equals(drawnCreditCode))
                        .findFirst().orElseThrow();
                _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                            spec -> spec.withId("inspections-record-" + drawnCreditCode)));
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("inspection-result-submit")));
            }
            case "run-trial" -> {
                UI.getCurrent().navigate("indicators/trial");
                if (_find(Button.class, spec -> spec.withId("trial-run")).isEmpty()) {
                    return;
                }
                if (fields.containsKey("trial-population")) {
                    setValue("trial-population", fields.remove("trial-population"));
                }
                fields.forEach(BadInputCorpusTest::setValue);
                _click(_get(Button.class, spec -> spec.withId("trial-run")));
                TrialViewTest.waitForRun();
            }
            default -> throw new IllegalArgumentException(badInput.id() + ": unknown form " + form);
        }
    }

    /** The form's fields, valid by default, with the case's values put in their place (or added at the end). */
    private Map<String, JsonNode> fields(BadInputCase badInput, String form) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        String code = code(badInput);
        switch (form) {
            case "register-enterprise" -> {
                RegisterEnterprise valid = TestEnterprises.registration(FIRST_CODE + badInput.number(),
                                                                        "语料测试企业" + badInput.number());
                EnterpriseProfile profile = valid.profile();
                fields.put("register-credit-code", TextNode.valueOf(code));
                fields.put("register-name", TextNode.valueOf(profile.name()));
                fields.put("register-established-on", TextNode.valueOf(valid.establishedOn().toString()));
                fields.put("register-subdistrict", TextNode.valueOf(profile.subdistrict().name()));
                fields.put("register-industry-code", TextNode.valueOf(profile.industry().code()));
                fields.put("register-industry-name", TextNode.valueOf(profile.industry().name()));
                fields.put("register-address", TextNode.valueOf(profile.address()));
                fields.put("register-management-class", TextNode.valueOf(profile.managementClass().name()));
                fields.put("register-permit-number", TextNode.valueOf(profile.permitNumber()));
                fields.put("register-contact-name", TextNode.valueOf(profile.contact().name()));
                fields.put("register-contact-phone", TextNode.valueOf(profile.contact().phone()));
            }
            case "report-data-error" -> fields.put("data-error-reason", TextNode.valueOf("处罚已被行政复议撤销"));
            case "create-user" -> {
                fields.put("admin-user-username", TextNode.valueOf("corpus-user-" + badInput.number()));
                fields.put("admin-user-display-name", TextNode.valueOf("语料用户"));
                fields.put("admin-user-role", TextNode.valueOf("PARTNER"));
                fields.put("admin-user-department", TextNode.valueOf("某银行"));
                fields.put("admin-user-password", TextNode.valueOf("a-long-password-1"));
            }
            case "register-inspector" -> {
                fields.put("admin-inspector-name", TextNode.valueOf("语料新执法人员"));
                fields.put("admin-inspector-department", TextNode.valueOf("执法大队"));
                fields.put("admin-inspector-certificate-number", TextNode.valueOf("CORPUS-" + badInput.number()));
                fields.put("admin-inspector-username", TextNode.valueOf(""));
            }
            case "declare-recusal" -> {
                fields.put("admin-recusal-credit-code", TextNode.valueOf(existing()));
                fields.put("admin-recusal-reason", TextNode.valueOf("利害关系"));
            }
            case "deactivate-inspector" -> fields.put("admin-inspector-reason", TextNode.valueOf("调岗"));
            case "draw-inspections" -> fields.put("inspections-seed", TextNode.valueOf(""));
            case "run-trial" -> {
                fields.put("trial-version", TextNode.valueOf(DefaultIndicatorSystem.VERSION));
                fields.put("trial-baseline-version", TextNode.valueOf(DefaultIndicatorSystem.VERSION));
                fields.put("trial-period-from", TextNode.valueOf("2025-01-01"));
                fields.put("trial-period-to", TextNode.valueOf("2025-12-31"));
                fields.put("trial-as-of", TextNode.valueOf("2026-03-01"));
            }
            case "redraw-inspections" -> {
                fields.put("inspections-redraw-reason", TextNode.valueOf("语料：名录更新后重新抽取"));
                fields.put("inspections-redraw-seed", TextNode.valueOf(""));
            }
            case "record-inspection-result" -> {
                // the day first: choosing NOT_INSPECTED hides it
                fields.put("inspection-result-date",
                           TextNode.valueOf(BusinessDay.today(context.getBean(Clock.class)).toString()));
                fields.put("inspection-result-outcome", TextNode.valueOf("NO_PROBLEM"));
                fields.put("inspection-result-note", TextNode.valueOf("现场检查"));
            }
            case "subscribe" -> {
                fields.put("subscriptions-url", TextNode.valueOf("https://203.0.113.10/hook"));
                fields.put("subscriptions-codes", TextNode.valueOf(existing()));
            }
            default -> {
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> given = badInput.input().path("fields").fields(); given.hasNext(); ) {
            Map.Entry<String, JsonNode> field = given.next();
            fields.put(field.getKey(), resolve(badInput, field.getValue()));
        }
        if (form.equals("create-user") && fields.get("admin-user-role").asText().equals("ENTERPRISE")) {
            fields.remove("admin-user-department");
        }
        return fields;
    }

    private List<String> formStreams(BadInputCase badInput, String form, Map<String, JsonNode> fields) {
        List<String> streams = new ArrayList<>();
        switch (form) {
            case "register-enterprise" -> {
                streams.add(code(badInput));
                streams.add(fields.get("register-credit-code").asText().strip().toUpperCase(java.util.Locale.ROOT));
            }
            case "record-fact" -> {
                streams.add(existing());
                if (fields.containsKey("fact-inspection-link")) {
                    streams.add(InspectionPlan.planId(INSPECTION_PERIOD));
                }
            }
            case "indicator-upload" -> streams.add(DefaultIndicatorSystem.SYSTEM);
            case "calendar-upload" -> streams.add("WORKING-DAY-CALENDAR");
            case "report-data-error" -> streams.add(DataErrorReports.streamId(existing(), existingViolationId));
            case "register-inspector" -> {
                streams.add(existingInspectorId);
                streams.add(CertificateNumber.claimId(EXISTING_CERTIFICATE));
                streams.add(CertificateNumber.claimId("CORPUS-" + badInput.number()));
            }
            case "declare-recusal", "deactivate-inspector" -> streams.add(existingInspectorId);
            case "draw-inspections", "redraw-inspections", "record-inspection-result" -> {
                streams.add(InspectionPlan.planId(drawnPeriod));
                streams.add(InspectionPlan.planId(undrawnPeriod));
            }
            default -> {
            }
        }
        return streams;
    }

    private String indicatorFile(BadInputCase badInput) {
        JsonNode input = badInput.input();
        if (input.has("content")) {
            return input.path("content").asText();
        }
        String yaml = DefaultIndicatorSystem.yaml().replace("version: \"" + DefaultIndicatorSystem.VERSION + "\"",
                                                             "version: \"2099." + badInput.number() + "\"");
        for (JsonNode replacement : input.path("replace")) {
            String from = replacement.get(0).asText();
            assertThat(yaml).as(badInput.id() + ": the shipped file holds " + from).contains(from);
            yaml = yaml.replace(from, replacement.get(1).asText());
        }
        return yaml;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setValue(String id, JsonNode value) {
        Component component = _get(Component.class, spec -> spec.withId(id));
        String text = value.isNull() ? null : value.asText();
        if (component instanceof DatePicker picker) {
            _setValue(picker, text == null ? null : LocalDate.parse(text));
        } else if (component instanceof Select select) {
            _setValue(select, item(select, text));
        } else if (component instanceof Checkbox checkbox) {
            _setValue(checkbox, value.asBoolean());
        } else if (component instanceof IntegerField number) {
            _setValue(number, text == null ? null : Integer.valueOf(text));
        } else if (component instanceof NumberField number) {
            _setValue(number, text == null ? null : Double.valueOf(text));
        } else if (component instanceof HasValue field) {
            _setValue(field, text == null ? "" : text);
        } else {
            throw new IllegalArgumentException(id + " is not a field");
        }
    }

    /** The select's item written as {@code text}; an enum constant it does not offer is taken all the same. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object item(Select<?> select, String text) {
        if (text == null) {
            return null;
        }
        List<?> items = select.getListDataView().getItems().toList();
        for (Object item : items) {
            if (String.valueOf(item).equals(text)) {
                return item;
            }
        }
        if (!items.isEmpty() && items.get(0) instanceof Enum<?> first) {
            return Enum.valueOf((Class) first.getDeclaringClass(), text);
        }
        throw new IllegalArgumentException(select.getId().orElse("select") + " offers no " + text);
    }

    private String body(BadInputCase badInput) throws Exception {
        JsonNode input = badInput.input();
        if (input.has("raw")) {
            return resolve(badInput, input.path("raw").asText());
        }
        if (!input.has("body")) {
            return null;
        }
        JsonNode spec = input.path("body");
        ObjectNode body = switch (spec.path("base").asText("registration")) {
            case "registration" -> (ObjectNode) JSON.readTree(TestEnterprises.registrationJson(
                    FIRST_CODE + badInput.number(), "语料测试企业" + badInput.number()));
            case "user" -> (ObjectNode) JSON.readTree("{\"username\":\"corpus-user-" + badInput.number() + "\","
                    + "\"displayName\":\"语料用户\",\"role\":\"PARTNER\",\"department\":\"某银行\","
                    + "\"password\":\"a-long-password-1\"}");
            default -> throw new IllegalArgumentException(badInput.id() + ": unknown base");
        };
        for (Iterator<Map.Entry<String, JsonNode>> set = spec.path("set").fields(); set.hasNext(); ) {
            Map.Entry<String, JsonNode> field = set.next();
            parentOf(body, field.getKey()).set(leaf(field.getKey()), resolve(badInput, field.getValue()));
        }
        for (JsonNode path : spec.path("remove")) {
            parentOf(body, path.asText()).remove(leaf(path.asText()));
        }
        return JSON.writeValueAsString(body);
    }

    private List<String> streams(BadInputCase badInput, String body) {
        Set<String> streams = new LinkedHashSet<>(List.of(code(badInput)));
        try {
            JsonNode sent = body == null ? null : JSON.readTree(body);
            if (sent != null && sent.path("creditCode").isTextual()) {
                streams.add(sent.path("creditCode").asText());
            }
        } catch (Exception notJson) {
            // a malformed body names no stream of its own
        }
        badInput.input().path("unchanged").forEach(stream -> streams.add(resolve(badInput, stream.asText())));
        return new ArrayList<>(streams);
    }

    private Map<String, Optional<Long>> lastSequences(List<String> streams) {
        EventStore events = context.getBean(EventStore.class);
        Map<String, Optional<Long>> last = new LinkedHashMap<>();
        streams.forEach(stream -> last.put(stream, events.lastSequenceNumberFor(stream)));
        return last;
    }

    private void credentials(MockHttpServletRequestBuilder request, String user) {
        if (user.startsWith("partner-client")) {
            PartnerClients.IssuedClient client = partnerClient(user);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8)));
            return;
        }
        String username = switch (user) {
            case "anonymous" -> null;
            case "wrong-password" -> "corpus-nobody";
            case "enterprise" -> TestUsers.ensure(accounts(), "corpus-enterprise", Role.ENTERPRISE, existing());
            default -> TestUsers.ensure(accounts(), "corpus-" + user, Role.valueOf(user.toUpperCase()), null);
        };
        if (username != null) {
            String password = user.equals("wrong-password") ? "not-the-password" : TestUsers.PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * A partner API client of the case's kind: {@code partner-client} may read everything, {@code
     * partner-client-lookup} only single lookups; created once per application.
     */
    private PartnerClients.IssuedClient partnerClient(String user) {
        synchronized (BadInputCorpusTest.class) {
            if (partnerClientsIn != context) {
                PartnerClients clients = context.getBean(PartnerClients.class);
                Actor admin = new Actor("corpus-admin", Role.ADMIN, "信息中心", null);
                LocalDate until = LocalDate.now(context.getBean(Clock.class)).plusYears(1);
                partnerClients.put("partner-client", clients.register(
                        "语料测试银行", null, EnumSet.allOf(PartnerScope.class), until, 100_000, admin));
                partnerClients.put("partner-client-lookup", clients.register(
                        "语料测试平台", null, Set.of(PartnerScope.LOOKUP), until, 100_000, admin));
                context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
                partnerClientsIn = context;
            }
            return partnerClients.get(user);
        }
    }

    private UserAccounts accounts() {
        return context.getBean(UserAccounts.class);
    }

    private List<String> expectedArguments(BadInputCase badInput) {
        List<String> arguments = new ArrayList<>();
        badInput.expect().path("arguments").forEach(argument -> arguments.add(resolve(badInput, argument.asText())));
        return arguments;
    }

    private String message(Refusal refusal, java.util.Locale language) {
        String text = RefusalMessages.of(refusal, translations, language);
        assertThat(text).as("the bundles know " + refusal.messageKey()).doesNotStartWith("!");
        return text;
    }

    /** For a message whose arguments cannot be known in advance (a YAML parser's own words). */
    private String textBeforeArguments(String key) {
        String pattern = translations.getTranslation(key, Translations.CHINESE);
        assertThat(pattern).as("the bundles know " + key).doesNotStartWith("!");
        return pattern.contains("{") ? pattern.substring(0, pattern.indexOf('{')) : pattern;
    }

    private JsonNode resolve(BadInputCase badInput, JsonNode value) {
        if (value.isTextual()) {
            return TextNode.valueOf(resolve(badInput, value.asText()));
        }
        if (value.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            value.forEach(element -> copy.add(resolve(badInput, element)));
            return copy;
        }
        if (value.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            value.fields().forEachRemaining(field -> copy.set(field.getKey(), resolve(badInput, field.getValue())));
            return copy;
        }
        return value;
    }

    private String resolve(BadInputCase badInput, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "code" -> code(badInput);
                case "existing" -> existing();
                case "other" -> other();
                case "today" -> BusinessDay.today(context.getBean(Clock.class)).toString();
                case "tomorrow" -> BusinessDay.today(context.getBean(Clock.class)).plusDays(1).toString();
                case "existingDecisionNo" -> EXISTING_DECISION_NO;
                default -> throw new IllegalArgumentException(badInput.id() + ": unknown placeholder " + matcher.group());
            };
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private static ObjectNode parentOf(ObjectNode body, String path) {
        ObjectNode node = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        return node;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String code(BadInputCase badInput) {
        return TestCreditCodes.code(FIRST_CODE + badInput.number());
    }

    private static String existing() {
        return TestCreditCodes.code(39_998);
    }

    private static String other() {
        return TestCreditCodes.code(39_999);
    }

    private void register(String code) {
        EventStore events = context.getBean(EventStore.class);
        if (events.lastSequenceNumberFor(code).isEmpty()) {
            RegisterEnterprise valid = TestEnterprises.registration(39_998, "语料既有企业");
            EnterpriseProfile p = valid.profile();
            RegisterEnterprise command = new RegisterEnterprise(code, valid.establishedOn(), new EnterpriseProfile(
                    p.name() + code.substring(14), p.industry(), p.subdistrict(), p.address(), code + "001P",
                    p.managementClass(), p.keyPolluter(), p.contact()));
            context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(TestEnterprises.OFFICER.asMetaData()));
        }
    }
}
