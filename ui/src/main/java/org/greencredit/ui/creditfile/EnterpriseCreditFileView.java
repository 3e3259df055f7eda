package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.creditfile.Permissions;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.creditfile.CreditFileSummary;
import org.greencredit.projections.decision.DecisionRecord;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.fact.CorrectViolationDialog;
import org.greencredit.ui.fact.RecordFactDialog;
import org.greencredit.ui.fact.ViolationAids;
import org.greencredit.ui.portal.RepairChecklist;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.security.SignedInUser;

/**
 * 企业信用档案: one enterprise's profile, grade in force with its explanation and points, the timeline of its facts
 * and declared items, its evaluations and decisions (and why the grade changed between two of them). Staff see
 * every file, an enterprise user only its own — and for it, what cost points and what to do. Officers and
 * assessors record facts from here, officers correct violations.
 */
@Route(value = "enterprises/:creditCode", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "OFFICER", "ASSESSOR", "REVIEWER", "AUDITOR", "ENTERPRISE"})
public class EnterpriseCreditFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CREDIT_CODE = "creditCode";

    private final CreditFileClient client;
    private final CommandClient commands;
    private final SignedInActor signedIn;
    private final Clock clock;
    private final RepairChecklist repairChecklist;
    private final ViolationAids violationAids;
    private String creditCode;
    private String title = "";

    public EnterpriseCreditFileView(CreditFileClient client, CommandClient commands, SignedInActor signedIn, Clock clock,
                                    RepairChecklist repairChecklist, ViolationAids violationAids) {
        this.client = client;
        this.violationAids = violationAids;
        this.repairChecklist = repairChecklist;
        this.commands = commands;
        this.signedIn = signedIn;
        this.clock = clock;
        addClassName("creditfile-view");
    }

    /** Opens the credit file of {@code creditCode}. */
    public static void open(String creditCode) {
        UI.getCurrent().navigate(EnterpriseCreditFileView.class, new RouteParameters(CREDIT_CODE, creditCode));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        creditCode = event.getRouteParameters().get(CREDIT_CODE).orElse("").strip().toUpperCase(Locale.ROOT);
        if (!signedIn.user().maySee(creditCode)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        load();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void load() {
        removeAll();
        CreditFileSummary file = client.file(creditCode);
        if (file.enterprise() == null && file.entries().isEmpty()) {
            title = getTranslation("creditfile.title");
            Paragraph notFound = new Paragraph(getTranslation("creditFile.notFound", creditCode));
            notFound.setId("creditfile-not-found");
            add(new H2(title), notFound);
            return;
        }
        String name = file.enterprise() == null ? creditCode : file.enterprise().name();
        title = getTranslation("creditfile.title.of", name);
        H2 heading = new H2(title);
        heading.setId("creditfile-title");
        Button refresh = new Button(getTranslation("creditfile.refresh"), click -> load());
        refresh.setId("creditfile-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        RouterLink printable = new RouterLink(getTranslation("creditfile.print.open"), PrintableCreditFileView.class,
                                              PrintableCreditFileView.parameters(creditCode));
        printable.setId("creditfile-print-link");
        add(heading, new HorizontalLayout(refresh, printable));
        if (file.enterprise() != null) {
            add(new ProfileSection(file.enterprise()));
        }

        Locale locale = DomainText.supported(getLocale());
        DecisionSummary inForce = shownDecision(file.decisions());
        Optional<GradeDecision> decision = Optional.ofNullable(inForce)
                                                   .flatMap(summary -> client.decision(summary.decisionId()))
                                                   .map(DecisionRecord::decision);
        VersionNames names = inForce == null ? null
                : client.version(inForce.system(), inForce.versionHash()).orElse(null);
        List<String> explanation = inForce == null ? List.of()
                : client.explain(inForce.decisionId(), locale.toLanguageTag()).sentences();
        add(new GradeSection(inForce, decision.orElse(null), names, explanation, locale));
        if (signedIn.user().role() == Role.ENTERPRISE && decision.isPresent() && names != null) {
            add(new ImprovementSection(decision.get(), names, repairChecklist.check(creditCode, List.of(), null),
                                       locale));
        }

        add(timeline(file.entries()));
        add(new DecisionHistorySection(file.decisions(),
                                       (before, after) -> client.compare(before, after, locale.toLanguageTag())
                                                                .sentences()));
        add(new EvaluationsSection(file.evaluations()));
    }

    /**
     * The grade in force; or, while a newer preliminary or reviewed grade is disclosed and not yet in force, that
     * one — it is what the enterprise may object to and what the bureau is about to publish.
     */
    static DecisionSummary shownDecision(List<DecisionSummary> decisions) {
        DecisionSummary inForce = decisions.stream().filter(DecisionSummary::inForce)
                                           .reduce((first, second) -> second).orElse(null);
        DecisionSummary latest = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        return latest != null && !latest.inForce() ? latest : inForce;
    }

    private TimelineSection timeline(List<CreditFileEntry> entries) {
        SignedInUser user = signedIn.user();
        LocalDate today = BusinessDay.today(clock);
        TimelineSection timeline = new TimelineSection(entries);
        if (!Permissions.recordableBy(user.role()).isEmpty()) {
            Button record = new Button(getTranslation("fact.record.title"),
                                       click -> recordFact(user.role(), entries, today));
            record.setId("creditfile-record-fact-open");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            timeline.addAction(record);
        }
        if (user.role() == Role.OFFICER) {
            Button correct = new Button(getTranslation("correction.open"));
            correct.setId("creditfile-correct-open");
            correct.setEnabled(false);
            timeline.grid().addSelectionListener(selection -> correct.setEnabled(
                    selection.getFirstSelectedItem().filter(EnterpriseCreditFileView::correctable).isPresent()));
            correct.addClickListener(click -> timeline.grid().getSelectedItems().stream().findFirst().ifPresent(
                    violation -> new CorrectViolationDialog(commands, violation, entries, today, this::load).open()));
            timeline.addAction(correct);
        }
        return timeline;
    }

    /** An officer is offered the 免罚/慎罚 hint and the link to an inspection's problem with a violation. */
    private void recordFact(Role role, List<CreditFileEntry> entries, LocalDate today) {
        RecordFactDialog dialog = new RecordFactDialog(commands, role, creditCode, entries, today, this::load);
        if (role == Role.OFFICER) {
            dialog.withViolationAids(violationAids);
        }
        dialog.open();
    }

    private static boolean correctable(CreditFileEntry entry) {
        return "FACT".equals(entry.entry()) && "VIOLATION".equals(entry.type())
               && ("COUNTED".equals(entry.status()) || "CHANGED".equals(entry.status()));
    }
}
