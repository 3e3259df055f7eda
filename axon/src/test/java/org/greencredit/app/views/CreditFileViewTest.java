package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.decision.DecisionHistorySummary;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.decision.FindDecisionHistory;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.creditfile.EnterpriseCreditFileView;
import org.greencredit.ui.directory.EnterpriseDirectoryView;
import org.junit.jupiter.api.Test;

/** The credit file view and its fact dialogs on the server side (Karibu-Testing), against the generated district. */
class CreditFileViewTest extends ViewContext {

    @Test
    void aGradedEnterprisesFileShowsItsGradeAndExplanation() {
        EnterpriseListing graded = gradedEnterprises().get(0);
        SignedInUi.open(context, Role.OFFICER);

        open(graded.creditCode());

        assertThat(_get(H2.class, spec -> spec.withId("creditfile-title")).getText()).contains(graded.name());
        assertThat(_get(Span.class, spec -> spec.withId("creditfile-grade")).getText())
                .startsWith(graded.grade() + "级（");
        Div explanation = _get(Div.class, spec -> spec.withId("creditfile-explanation"));
        assertThat(_find(explanation, Paragraph.class)).isNotEmpty()
                .anySatisfy(p -> assertThat(p.getText()).contains("总分"));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("creditfile-breakdown")))).isGreaterThan(4);
        assertThat(_find(Div.class, spec -> spec.withId("creditfile-advice"))).isEmpty();
    }

    @Test
    void theGradeInForceNamesItsDatesAndItsExplanationNamesFactsByLabelNotById() {
        EnterpriseListing graded = gradedEnterprises().stream().filter(e -> !"A".equals(e.grade())).findFirst()
                                                      .orElse(gradedEnterprises().get(0));
        DecisionSummary inForce = context.getBean(QueryGateway.class)
                                         .query(new FindDecisionHistory(graded.creditCode()), DecisionHistorySummary.class)
                                         .join().decisions().stream().filter(DecisionSummary::inForce)
                                         .reduce((first, second) -> second).orElseThrow();
        SignedInUi.open(context, Role.OFFICER);

        open(graded.creditCode());

        assertThat(_get(Span.class, spec -> spec.withId("creditfile-grade-basis")).getText())
                .contains("决定日期 " + inForce.decidedOn(), "生效日期 " + inForce.validFrom(),
                          "计分基准日 " + inForce.asOf());
        String explanation = _get(Div.class, spec -> spec.withId("creditfile-explanation")).getElement()
                                                                                          .getTextRecursively();
        assertThat(explanation).contains("计分基准日 " + inForce.asOf()).doesNotContain("决定日期")
                               .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void anEnterpriseSeesItsOwnFileWithWhatToDoAndIsRefusedAnother() {
        List<EnterpriseListing> graded = gradedEnterprises();
        EnterpriseListing own = graded.stream().filter(e -> !"A".equals(e.grade())).findFirst().orElse(graded.get(0));
        EnterpriseListing other = graded.stream().filter(e -> e != own).findFirst().orElseThrow();
        SignedInUi.openAsEnterprise(context, own.creditCode());

        open(own.creditCode());

        assertThat(_get(H2.class, spec -> spec.withId("creditfile-title")).getText()).contains(own.name());

        assertThat(_get(Span.class, spec -> spec.withId("creditfile-grade")).getText()).startsWith(own.grade() + "级");
        var advice = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                          spec -> spec.withId("creditfile-advice"));
        assertThat(_get(advice, com.vaadin.flow.component.html.H3.class, spec -> { }).getText())
                .isEqualTo("失分原因与改进建议");
        assertThat(_get(Paragraph.class, spec -> spec.withId("creditfile-advice-repair")).getText()).isNotBlank();
        assertThat(_find(Button.class, spec -> spec.withId("creditfile-record-fact-open"))).isEmpty();

        open(other.creditCode());

        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("您的角色无权访问此页面。");
    }

    @Test
    void theFullFileAndThePortalGiveOneRepairAnswerForEveryGrade() {
        for (String grade : List.of("B", "C", "D")) {
            gradedEnterprises().stream().filter(enterprise -> grade.equals(enterprise.grade())).findFirst()
                               .ifPresent(enterprise -> {
                SignedInUi.openAsEnterprise(context, enterprise.creditCode());
                open(enterprise.creditCode());
                String fullFile = _get(Paragraph.class, spec -> spec.withId("creditfile-advice-repair")).getText();
                UI.getCurrent().navigate(org.greencredit.ui.portal.MyFileView.class);
                String portal = _get(Paragraph.class, spec -> spec.withId("portal-repair-verdict")).getText();

                assertThat(fullFile).as("grade %s", grade).isNotBlank().isEqualTo(portal);
                if ("B".equals(grade)) {
                    assertThat(fullFile).isEqualTo("现行信用等级为 B，不属于可申请修复的等级");
                }
                SignedInUi.close();
            });
        }
    }

    @Test
    void theCreditFilePrintsWithItsGradeExplanationFactsAndDecisionsForStaffAndItsOwnEnterpriseOnly() {
        List<EnterpriseListing> graded = gradedEnterprises();
        EnterpriseListing own = graded.get(0);
        EnterpriseListing other = graded.get(1);
        SignedInUi.open(context, Role.AUDITOR);
        open(own.creditCode());
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("creditfile-print-link")).getHref())
                .isEqualTo("enterprises/" + own.creditCode() + "/print");

        UI.getCurrent().navigate("enterprises/" + own.creditCode() + "/print");

        assertThat(_get(H2.class, spec -> spec.withId("creditfile-print-title")).getText())
                .isEqualTo(own.name() + " 企业信用档案");
        assertThat(_get(Span.class, spec -> spec.withId("creditfile-grade")).getText()).startsWith(own.grade() + "级");
        String page = _get(Div.class, spec -> spec.withId("creditfile-print")).getElement().getTextRecursively();
        assertThat(page).contains("总分", "信用信息记录", "历次评价", "等级决定记录", "决定日期")
                        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(_get(Div.class, spec -> spec.withId("creditfile-print-facts")).getElement().getChild(0).getChild(1)
                                                                                 .getChildCount())
                .isEqualTo(entries(own.creditCode()).size());
        SignedInUi.close();

        SignedInUi.openAsEnterprise(context, own.creditCode());
        UI.getCurrent().navigate("enterprises/" + own.creditCode() + "/print");
        _get(Div.class, spec -> spec.withId("creditfile-print"));
        UI.getCurrent().navigate("enterprises/" + other.creditCode() + "/print");
        assertThat(_find(Div.class, spec -> spec.withId("creditfile-print"))).isEmpty();
        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("您的角色无权访问此页面。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerRecordsAViolationAndItAppearsInTheTimeline() {
        String code = registered(10001, "档案视图测试违法企业");
        SignedInUi.open(context, Role.OFFICER);
        open(code);

        openRecordFact(FactType.VIOLATION);
        _setValue(_get(Select.class, spec -> spec.withId("fact-attribute-category")), "EXCEEDING_STANDARDS");
        _setValue(_get(Select.class, spec -> spec.withId("fact-attribute-severity")), "GENERAL");
        _setValue(_get(Select.class, spec -> spec.withId("fact-attribute-medium")), "AIR");
        _setValue(_get(TextField.class, spec -> spec.withId("fact-attribute-decisionNo")), "京通环罚〔2026〕10001号");
        _setValue(_get(TextField.class, spec -> spec.withId("fact-evidence-document-no")), "京通环罚〔2026〕10001号");
        _click(_get(Button.class, spec -> spec.withId("fact-submit")));

        NotificationsKt.expectNotifications("已记录：环境违法（行政处罚）");
        RunningApplication.await(() -> !entries(code).isEmpty(), Duration.ofSeconds(20), "the violation to be read");
        _click(_get(Button.class, spec -> spec.withId("creditfile-refresh")));
        Grid<CreditFileEntry> timeline = _get(Grid.class, spec -> spec.withId("creditfile-timeline"));
        assertThat(IntStream.range(0, GridKt._size(timeline)).mapToObj(i -> GridKt._get(timeline, i)))
                .extracting(CreditFileEntry::type, CreditFileEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VIOLATION", "COUNTED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFactWithoutARequiredAttributeIsRefusedInChineseAndNothingIsStored() {
        String code = registered(10002, "档案视图测试缺项企业");
        SignedInUi.open(context, Role.OFFICER);
        open(code);

        openRecordFact(FactType.VIOLATION);
        _setValue(_get(Select.class, spec -> spec.withId("fact-attribute-severity")), "GENERAL");
        _setValue(_get(TextField.class, spec -> spec.withId("fact-evidence-document-no")), "京通环罚〔2026〕10002号");
        _click(_get(Button.class, spec -> spec.withId("fact-submit")));

        NotificationsKt.expectNotifications("环境违法（行政处罚）缺少必填项：违法类别");
        Select<String> category = _get(Select.class, spec -> spec.withId("fact-attribute-category"));
        assertThat(category.isInvalid()).isTrue();
        assertThat(category.getErrorMessage()).isEqualTo("环境违法（行政处罚）缺少必填项：违法类别");
        assertThat(entries(code)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAssessorIsNotOfferedAViolationAndTheFileRefusesOneSentAnyway() {
        String code = registered(10003, "档案视图测试核查企业");
        SignedInUi.open(context, Role.ASSESSOR);
        open(code);

        _click(_get(Button.class, spec -> spec.withId("creditfile-record-fact-open")));
        Select<FactType> type = _get(Select.class, spec -> spec.withId("fact-type"));
        assertThat(type.getListDataView().getItems().toList())
                .containsExactly(FactType.DIAGNOSIS_FINDING, FactType.RECTIFICATION_COMPLETED);

        RecordFact violation = new RecordFact(code, UUID.randomUUID().toString(), FactType.VIOLATION,
                                              LocalDate.of(2025, 6, 1), FactSource.ENFORCEMENT,
                                              Evidence.of("京通环罚〔2025〕10003号"),
                                              FactAttributes.of("category", "EXCEEDING_STANDARDS", "severity",
                                                                "GENERAL", "medium", "AIR",
                                                                "decisionNo", "京通环罚〔2025〕10003号"));
        assertThatThrownBy(() -> context.getBean(CommandClient.class).send(violation))
                .isInstanceOfSatisfying(CommandRefused.class,
                                        refused -> assertThat(refused.refusal().messageKey())
                                                .isEqualTo("actor.notPermitted"));
        assertThat(entries(code)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparingTwoDecisionsShowsTheChangedGrade() {
        QueryGateway queries = context.getBean(QueryGateway.class);
        record Pair(DecisionSummary before, DecisionSummary after) {
        }
        Pair pair = allEnterprises().stream()
                .map(e -> queries.query(new FindDecisionHistory(e.creditCode()), DecisionHistorySummary.class).join()
                                 .decisions())
                .flatMap(decisions -> IntStream.range(1, decisions.size())
                        .mapToObj(i -> new Pair(decisions.get(i - 1), decisions.get(i))))
                .filter(p -> !p.before().grade().equals(p.after().grade()))
                .findFirst().orElseThrow();
        SignedInUi.open(context, Role.REVIEWER);
        open(pair.before().creditCode());

        Grid<DecisionSummary> decisions = _get(Grid.class, spec -> spec.withId("creditfile-decisions"));
        decisions.select(pair.before());
        decisions.select(pair.after());
        _click(_get(Button.class, spec -> spec.withId("creditfile-compare")));

        Div comparison = _get(Div.class, spec -> spec.withId("creditfile-comparison"));
        assertThat(_find(comparison, Paragraph.class)).extracting(Paragraph::getText)
                .contains("等级由" + pair.before().grade() + "级变为" + pair.after().grade() + "级。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDirectoryOpensTheFileOfTheRowClicked() {
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(EnterpriseDirectoryView.class);
        Grid<EnterpriseListing> directory = _get(Grid.class, spec -> spec.withId("directory-grid"));
        EnterpriseListing first = GridKt._get(directory, 0);

        GridKt._clickItem(directory, 0);

        assertThat(_get(H2.class, spec -> spec.withId("creditfile-title")).getText()).contains(first.name());
    }

    private static void open(String creditCode) {
        UI.getCurrent().navigate(EnterpriseCreditFileView.class,
                                 new RouteParameters(EnterpriseCreditFileView.CREDIT_CODE, creditCode));
    }

    @SuppressWarnings("unchecked")
    private static void openRecordFact(FactType type) {
        _click(_get(Button.class, spec -> spec.withId("creditfile-record-fact-open")));
        _setValue(_get(Select.class, spec -> spec.withId("fact-type")), type);
    }

    private List<EnterpriseListing> allEnterprises() {
        return context.getBean(QueryGateway.class)
                      .query(new FindEnterprises(DirectoryFilter.all(), DirectorySort.BY_CREDIT_CODE, 0, 200),
                             EnterpriseDirectoryPage.class).join().items();
    }

    private List<EnterpriseListing> gradedEnterprises() {
        List<EnterpriseListing> graded = allEnterprises().stream().filter(e -> e.grade() != null).toList();
        assertThat(graded).hasSizeGreaterThan(1);
        return graded;
    }

    private List<CreditFileEntry> entries(String code) {
        return context.getBean(QueryGateway.class).query(new FindCreditFileEntries(code), CreditFileEntries.class)
                      .join().entries();
    }

    /** Registers a test enterprise (once per context) and waits until the directory holds it. */
    private String registered(int number, String name) {
        String code = TestCreditCodes.code(number);
        QueryGateway queries = context.getBean(QueryGateway.class);
        if (queries.query(new FindEnterpriseByCreditCode(code), EnterpriseListing.class).join() == null) {
            context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                    TestEnterprises.registration(number, name)).andMetaData(TestEnterprises.OFFICER.asMetaData()));
        }
        RunningApplication.await(() -> queries.query(new FindEnterpriseByCreditCode(code), EnterpriseListing.class)
                                              .join() != null, Duration.ofSeconds(20), "the directory row");
        return code;
    }
}
