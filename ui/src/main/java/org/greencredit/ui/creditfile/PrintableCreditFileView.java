package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.projections.creditfile.CreditFileSummary;
import org.greencredit.projections.decision.DecisionRecord;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.components.SimpleTable;
import org.greencredit.ui.security.SignedInActor;

/**
 * 信用档案（打印版）: one enterprise's credit file laid out to print as a clean PDF — profile, the grade in force
 * with its explanation and points, every fact, evaluation and decision as plain tables — under the same access
 * rules as the file itself: staff, or the enterprise for its own code only.
 */
@Route(value = "enterprises/:" + EnterpriseCreditFileView.CREDIT_CODE + "/print", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "OFFICER", "ASSESSOR", "REVIEWER", "AUDITOR", "ENTERPRISE"})
public class PrintableCreditFileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CreditFileClient client;
    private final SignedInActor signedIn;
    private final Clock clock;
    private String title = "";

    public PrintableCreditFileView(CreditFileClient client, SignedInActor signedIn, Clock clock) {
        this.client = client;
        this.signedIn = signedIn;
        this.clock = clock;
        setId("creditfile-print");
        addClassName("creditfile-print");
    }

    /** The route parameters of {@code creditCode}'s printable file. */
    public static RouteParameters parameters(String creditCode) {
        return new RouteParameters(EnterpriseCreditFileView.CREDIT_CODE, creditCode);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String creditCode = event.getRouteParameters().get(EnterpriseCreditFileView.CREDIT_CODE).orElse("").strip()
                                 .toUpperCase(Locale.ROOT);
        if (!signedIn.user().maySee(creditCode)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        CreditFileSummary file = client.file(creditCode);
        if (file.enterprise() == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        render(creditCode, file);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(String creditCode, CreditFileSummary file) {
        Locale locale = DomainText.supported(getLocale());
        title = getTranslation("creditfile.print.title", file.enterprise().name());
        H2 heading = new H2(title);
        heading.setId("creditfile-print-title");
        Button print = new Button(getTranslation("creditfile.print.button"), VaadinIcon.PRINT.create(),
                                  click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("creditfile-print-button");
        print.addClassName("creditfile-print-button");
        Paragraph printedOn = new Paragraph(getTranslation("creditfile.print.printedOn", creditCode,
                                                           BusinessDay.today(clock).toString()));
        printedOn.setId("creditfile-print-printed-on");
        add(heading, print, printedOn, new ProfileSection(file.enterprise()));

        DecisionSummary shown = EnterpriseCreditFileView.shownDecision(file.decisions());
        GradeDecision decision = shown == null ? null : client.decision(shown.decisionId())
                                                                .map(DecisionRecord::decision).orElse(null);
        VersionNames names = shown == null ? null : client.version(shown.system(), shown.versionHash()).orElse(null);
        List<String> explanation = shown == null ? List.of()
                : client.explain(shown.decisionId(), locale.toLanguageTag()).sentences();
        add(new GradeSection(shown, decision, names, explanation, locale));

        FactSummaries summaries = new FactSummaries(file.entries(), this);
        add(new H3(getTranslation("creditfile.timeline.title")), new SimpleTable(
                "creditfile-print-facts",
                List.of(getTranslation("field.occurredOn"), getTranslation("fact.type"),
                        getTranslation("creditfile.entry.attributes"), getTranslation("fact.evidence"),
                        getTranslation("creditfile.entry.status")),
                file.entries().stream().map(entry -> List.of(
                        String.valueOf(entry.occurredOn()), getTranslation("factType." + entry.type()),
                        summaries.of(entry),
                        Optional.ofNullable(entry.evidenceDocumentNo()).orElse(
                                Optional.ofNullable(entry.evidenceDescription()).orElse("")),
                        getTranslation("creditfile.status." + entry.status()))).toList()));

        add(new H3(getTranslation("creditfile.evaluations.title")), new SimpleTable(
                "creditfile-print-evaluations",
                List.of(getTranslation("creditfile.decision.cycle"), getTranslation("creditfile.evaluation.period.header"),
                        getTranslation("creditfile.evaluation.state"), getTranslation("creditfile.evaluation.preliminary"),
                        getTranslation("creditfile.evaluation.final")),
                file.evaluations().stream().map(evaluation -> List.of(
                        evaluation.cycleId(),
                        getTranslation("creditfile.evaluation.period", evaluation.periodFrom(), evaluation.periodTo()),
                        getTranslation("evaluationState." + evaluation.state()), orDash(evaluation.preliminaryGrade()),
                        orDash(evaluation.finalGrade()))).toList()));

        add(new H3(getTranslation("creditfile.decisions.title")), new SimpleTable(
                "creditfile-print-decisions",
                List.of(getTranslation("field.decidedOn"), getTranslation("creditfile.decision.kind"),
                        getTranslation("creditfile.decision.cycle"), getTranslation("creditfile.decision.grade"),
                        getTranslation("creditfile.decision.total"), getTranslation("creditfile.decision.validity")),
                file.decisions().stream().map(summary -> List.of(
                        String.valueOf(summary.decidedOn()), getTranslation("decisionKind." + summary.kind()),
                        orDash(summary.cycleId()), summary.grade(), summary.total().toPlainString(),
                        DecisionValidity.of(summary, this))).toList()));
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
