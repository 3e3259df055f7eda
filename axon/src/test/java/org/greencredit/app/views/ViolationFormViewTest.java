package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.TestInspections;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.Severity;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.LenientEnforcement;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.projections.inspection.FindLenientEnforcementAdvice;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.ui.creditfile.EnterpriseCreditFileView;
import org.greencredit.ui.fact.AttributeFields;
import org.junit.jupiter.api.Test;

/**
 * The officer's violation form: beside the severity, the 免罚/慎罚 suggestion with the rule it follows, updated as
 * the severity and date change and never stored; and the checkbox that links the violation to the enterprise's
 * inspection that found a problem, linked once the violation is recorded.
 */
class ViolationFormViewTest extends ViewContext {

    /** A fourth quarter no other test draws: every enterprise without a grade is in it for the yearly minimum. */
    private static final String PERIOD = "2018-Q4";
    private static final java.util.Map<String, String> TIERS = java.util.Map.of(
            "POSITIVE_LIST", "执法正面清单", "REDUCED", "降低检查频次");
    private static final String HINT = "免罚/慎罚提示（仅供参考，是否处罚由执法人员依法决定）： ";

    @Test
    void aLenientGradesFirstMinorViolationGetsNoPenaltySuggestedAndNothingOfItIsStored() {
        LocalDate today = today();
        List<EnterpriseListing> all = enterprises();
        EnterpriseListing positive = all.stream()
                .filter(row -> row.lenient() && row.inScope()
                               && advice(row.creditCode(), Severity.MINOR, today).suggestion()
                                  == LenientEnforcement.Suggestion.NO_PENALTY)
                .min(java.util.Comparator.comparing(EnterpriseListing::grade)).orElseThrow(() -> new AssertionError(
                        all.stream().map(row -> row.grade() + "/" + row.tier() + "/" + row.lenient()).toList()));
        int entriesBefore = entries(positive.creditCode()).size();
        openViolationForm(positive.creditCode());

        assertThat(hint()).isEqualTo("选择违法情节后，此处显示免罚/慎罚提示");
        severity("MINOR");
        assertThat(hint()).isEqualTo(HINT + positive.grade() + "级企业（" + TIERS.get(positive.tier())
                                     + "）首次轻微违法：建议免罚 — "
                                     + "依据指标体系 2026.1 分级监管：lenientForMinorFirstViolation；两年内无违法记录");
        Component hint = _get(Paragraph.class, spec -> spec.withId("fact-lenient-hint"));
        Component severityField = _get(Select.class, spec -> spec.withId("fact-attribute-severity"));
        AttributeFields form = _get(AttributeFields.class);
        assertThat(form.getElement().indexOfChild(hint.getElement()))
                .as("next to the severity").isEqualTo(form.getElement().indexOfChild(severityField.getElement()) + 1);

        severity("GENERAL");
        assertThat(hint()).contains("初次一般违法：建议慎罚");
        severity("SERIOUS");
        assertThat(hint()).contains("不适用免罚/慎罚 — 违法情节“较重”");

        _click(_get(Button.class, spec -> spec.withId("fact-cancel")));
        assertThat(entries(positive.creditCode())).hasSize(entriesBefore);
    }

    @Test
    void anEnterpriseWhoseGradeGivesNoLeniencyGetsNoSuggestion() {
        EnterpriseListing standard = enterprises().stream()
                .filter(row -> row.inScope() && row.grade() != null && !row.lenient() && "STANDARD".equals(row.tier()))
                .findFirst().orElseThrow();
        openViolationForm(standard.creditCode());

        severity("MINOR");
        assertThat(hint()).isEqualTo(HINT + standard.grade() + "级企业（常规监管）：不适用免罚/慎罚 — "
                                     + "依据指标体系 2026.1 分级监管，该等级不适用轻微违法免罚、初次违法慎罚");
    }

    @Test
    void aRepeatedViolationGetsNoSuggestionAndNamesTheEarlierOne() {
        LocalDate today = today();
        record Candidate(EnterpriseListing enterprise, CreditFileEntry violation) {
        }
        Candidate repeat = enterprises().stream().filter(row -> row.inScope() && row.lenient())
                .flatMap(row -> entries(row.creditCode()).stream()
                        .filter(entry -> "VIOLATION".equals(entry.type()) && !"REVOKED".equals(entry.status())
                                         && entry.occurredOn().plusDays(1).isBefore(today))
                        .map(entry -> new Candidate(row, entry)))
                .findFirst().orElseThrow();
        openViolationForm(repeat.enterprise().creditCode());

        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class,
                       spec -> spec.withId("fact-occurred-on")), repeat.violation().occurredOn().plusDays(1));
        severity("MINOR");
        assertThat(hint()).contains("不适用免罚/慎罚 — 不是初次违法，两年内已有违法记录（"
                                    + repeat.violation().occurredOn());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aViolationRecordedAfterAnInspectionFoundAProblemIsLinkedToItWhenTheOfficerSaysSo() {
        String code = registered(17101, "违法表单关联检查企业");
        String clean = registered(17102, "违法表单无问题检查企业");
        TestInspections.ensureInspectors(context, "forminsp", "表单执法人员");
        TestInspections.drawn(context, PERIOD, "violation-form");
        TestInspections.result(context, PERIOD, code, InspectionOutcome.PROBLEM_FOUND, "废气排放超标");

        openViolationForm(clean);
        _assertNone(Checkbox.class, spec -> spec.withId("fact-inspection-link"));
        _click(_get(Button.class, spec -> spec.withId("fact-cancel")));

        openViolationForm(code);
        Checkbox link = _get(Checkbox.class, spec -> spec.withId("fact-inspection-link"));
        assertThat(link.getLabel()).isEqualTo("由本次双随机检查发现（" + PERIOD + "）");
        assertThat(link.getValue()).isFalse();
        _setValue(_get(Select.class, spec -> spec.withId("fact-attribute-category")), "EXCEEDING_STANDARDS");
        severity("GENERAL");
        _setValue(_get(Select.class, spec -> spec.withId("fact-attribute-medium")), "AIR");
        _setValue(_get(TextField.class, spec -> spec.withId("fact-attribute-decisionNo")), "京通环罚〔2026〕17101号");
        _setValue(_get(TextField.class, spec -> spec.withId("fact-evidence-document-no")), "京通环罚〔2026〕17101号");
        _setValue(link, true);
        _click(_get(Button.class, spec -> spec.withId("fact-submit")));

        NotificationsKt.expectNotifications("已记录：环境违法（行政处罚）",
                                            "已将违法记录关联到 " + PERIOD + " 双随机检查发现的问题");
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
        String violationId = entries(code).stream().filter(entry -> "VIOLATION".equals(entry.type()))
                                          .findFirst().orElseThrow().id();
        Optional<InspectionEntry> inspection = TestInspections.plan(context, PERIOD).entries().stream()
                                                              .filter(entry -> entry.creditCode().equals(code))
                                                              .findFirst();
        assertThat(inspection).get().extracting(InspectionEntry::violationFactId, InspectionEntry::note)
                              .containsExactly(violationId, "废气排放超标");

        openViolationForm(code);
        _assertNone(Checkbox.class, spec -> spec.withId("fact-inspection-link"));
    }

    private void openViolationForm(String creditCode) {
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(EnterpriseCreditFileView.class,
                                 new RouteParameters(EnterpriseCreditFileView.CREDIT_CODE, creditCode));
        _click(_get(Button.class, spec -> spec.withId("creditfile-record-fact-open")));
        _setValue(_get(Select.class, spec -> spec.withId("fact-type")), FactType.VIOLATION);
    }

    @SuppressWarnings("unchecked")
    private static void severity(String code) {
        _setValue(_get(Select.class, spec -> spec.withId("fact-attribute-severity")), code);
    }

    private static String hint() {
        return _get(Paragraph.class, spec -> spec.withId("fact-lenient-hint")).getText();
    }

    private LocalDate today() {
        return BusinessDay.today(context.getBean(Clock.class));
    }

    private LenientEnforcement.Advice advice(String creditCode, Severity severity, LocalDate on) {
        return context.getBean(QueryGateway.class).query(new FindLenientEnforcementAdvice(creditCode, severity, on),
                                                         LenientEnforcement.Advice.class).join();
    }

    private List<EnterpriseListing> enterprises() {
        return context.getBean(QueryGateway.class)
                      .query(new FindEnterprises(DirectoryFilter.all(), DirectorySort.BY_CREDIT_CODE, 0, 1000),
                             EnterpriseDirectoryPage.class).join().items();
    }

    private List<CreditFileEntry> entries(String code) {
        return context.getBean(QueryGateway.class).query(new FindCreditFileEntries(code), CreditFileEntries.class)
                      .join().entries();
    }

    private String registered(int number, String name) {
        String code = TestCreditCodes.code(number);
        if (enterprises().stream().noneMatch(row -> row.creditCode().equals(code))) {
            context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                    TestEnterprises.registration(number, name)).andMetaData(TestEnterprises.OFFICER.asMetaData()));
        }
        RunningApplication.await(() -> enterprises().stream().anyMatch(row -> row.creditCode().equals(code)),
                                 Duration.ofSeconds(20), "the directory row");
        return code;
    }
}
