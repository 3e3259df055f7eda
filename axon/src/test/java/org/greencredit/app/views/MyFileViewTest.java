package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.FindEvaluationsOf;
import org.greencredit.ui.portal.MyFileView;
import org.greencredit.ui.portal.RepairChecklist;
import org.junit.jupiter.api.Test;

/** The enterprise portal on the server side (Karibu-Testing), against the shared application. */
class MyFileViewTest extends ViewContext {

    @Test
    @SuppressWarnings("unchecked")
    void anEnterpriseDeclaresAnItemDuringTheDeclarationPhase() {
        String code = TestCreditCodes.code(11010);
        send(TestEnterprises.registration(11010, "门户申报测试企业"));
        send(new OpenCycle("VIEWS-PORTAL-1", BusinessDay.today(context.getBean(Clock.class)).getYear(),
                           "门户测试批次", List.of(code), DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION));
        QueryGateway queries = context.getBean(QueryGateway.class);
        RunningApplication.await(() -> !queries.query(new FindEvaluationsOf(code), EvaluationList.class).join()
                                               .evaluations().isEmpty(),
                                 Duration.ofSeconds(30), "the evaluation to open");
        SignedInUi.openAsEnterprise(context, code);
        UI.getCurrent().navigate(MyFileView.class);

        assertThat(_get(Span.class, spec -> spec.withId("portal-evaluation-state")).getText()).isEqualTo("自行申报中");
        assertThat(_get(Anchor.class, spec -> spec.withId("portal-credit-file-link")).getHref())
                .isEqualTo("enterprises/" + code);
        _click(_get(Button.class, spec -> spec.withId("portal-declare")));
        _setValue(_get(Select.class, spec -> spec.withId("portal-declare-type")), FactType.CREDIT_COMMITMENT);
        _setValue(_get(DatePicker.class, spec -> spec.withId("portal-declare-occurred-on")), LocalDate.of(2025, 6, 1));
        _setValue(_get(TextField.class, spec -> spec.withId("portal-declare-evidence-no")), "CN-2025-06");
        _setValue(_get(TextField.class, spec -> spec.withId("portal-declare-attr-text")), "依法排污，诚信经营");
        _click(_get(Button.class, spec -> spec.withId("portal-declare-submit")));

        NotificationsKt.expectNotifications("已提交申报：信用承诺，待评价机构核查");
        assertThat(events(code, ItemDeclared.class)).extracting(ItemDeclared::type)
                                                   .containsExactly(FactType.CREDIT_COMMITMENT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnterpriseSeesTheRepairChecklistOfTheDomainsConditions() {
        String code = repairableEnterprise();
        SignedInUi.openAsEnterprise(context, code);
        UI.getCurrent().navigate(MyFileView.class);

        CheckboxGroup<ResolvedFact> facts = _get(CheckboxGroup.class, spec -> spec.withId("portal-repair-facts"));
        ResolvedFact first = facts.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(facts, Set.of(first));

        var expected = context.getBean(RepairChecklist.class).check(code, List.of(first.factId()), "");
        assertThat(expected.conditions()).isNotEmpty();
        expected.conditions().forEach(condition -> assertThat(
                _get(ListItem.class, spec -> spec.withId("portal-repair-condition-" + condition.condition())).getText())
                .startsWith(condition.holds() ? "✓" : "✗"));
        assertThat(_get(ListItem.class, spec -> spec.withId("portal-repair-condition-WAITING_PERIOD")).getText())
                .contains("最短公示期限已满");
    }

    @Test
    void anOfficerIsRefusedThePortal() {
        SignedInUi.open(context, Role.OFFICER);

        UI.getCurrent().navigate(MyFileView.class);

        _assertNone(MyFileView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));
    }

    /** A generated enterprise graded C or D whose grade in force has facts it may ask to repair. */
    private String repairableEnterprise() {
        RepairChecklist checklist = context.getBean(RepairChecklist.class);
        return Stream.of("C", "D")
                     .flatMap(grade -> context.getBean(QueryGateway.class).query(
                             new FindEnterprises(new DirectoryFilter(null, null, null, null, null, grade, null, false),
                                                 DirectorySort.BY_CREDIT_CODE, 0, 100),
                             EnterpriseDirectoryPage.class).join().items().stream())
                     .map(EnterpriseListing::creditCode)
                     .filter(code -> !checklist.check(code, List.of(), null).repairableFacts().isEmpty())
                     .findFirst().orElseThrow(() -> new AssertionError("no repairable enterprise in the district"));
    }

    private <T> List<T> events(String aggregateId, Class<T> type) {
        return context.getBean(EventStore.class).readEvents(aggregateId).asStream()
                      .map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }

    private void send(Object command) {
        context.getBean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(TestEnterprises.OFFICER.asMetaData()));
    }
}
