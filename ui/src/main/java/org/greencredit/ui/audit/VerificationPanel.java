package org.greencredit.ui.audit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import java.util.concurrent.atomic.AtomicLong;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;

/**
 * 核验全部评价决定: starts the verification of every stored decision on a background thread, shows its progress
 * as the server pushes it, then the counts and every mismatch with its exact differences.
 */
class VerificationPanel extends VerticalLayout {

    private final VerificationRunner runner;
    private final Button start = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Span decisions = count("audit-verify-decisions");
    private final Span matched = count("audit-verify-matched");
    private final Span mismatched = count("audit-verify-mismatched");
    private final HorizontalLayout counts = new HorizontalLayout();
    private final Grid<VerifiedMismatch> mismatches = new Grid<>();

    VerificationPanel(VerificationRunner runner) {
        this.runner = runner;
        setPadding(false);
        start.setText(getTranslation("audit.verify.start"));
        start.setId("audit-verify-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> start());
        progress.setId("audit-verify-progress");
        progress.setVisible(false);
        status.setId("audit-verify-status");

        counts.setId("audit-verify-counts");
        counts.add(labelled("audit.verify.decisions", decisions), labelled("audit.verify.matched", matched),
                   labelled("audit.verify.mismatched", mismatched));
        counts.setVisible(false);

        mismatches.setId("audit-verify-mismatches");
        mismatches.addColumn(VerifiedMismatch::creditCode).setHeader(getTranslation("audit.creditCode"))
                  .setAutoWidth(true).setFlexGrow(0);
        mismatches.addColumn(VerifiedMismatch::decisionId).setHeader(getTranslation("audit.decisionId"))
                  .setAutoWidth(true).setFlexGrow(0);
        mismatches.addColumn(mismatch -> getTranslation("decisionKind." + mismatch.kind()))
                  .setHeader(getTranslation("audit.decisionKind")).setAutoWidth(true).setFlexGrow(0);
        mismatches.addColumn(VerifiedMismatch::decidedOn).setHeader(getTranslation("audit.decidedOn"))
                  .setAutoWidth(true).setFlexGrow(0);
        mismatches.addComponentColumn(VerificationPanel::differences)
                  .setHeader(getTranslation("audit.verify.differences")).setFlexGrow(1);
        GridCount.show(mismatches, "grid.empty");
        mismatches.setAllRowsVisible(true);
        mismatches.setVisible(false);

        add(new Paragraph(getTranslation("audit.verify.intro")), start, progress, status, counts, mismatches);
    }

    private void start() {
        UI ui = UI.getCurrent();
        AtomicLong shownPercent = new AtomicLong(-1);
        DecisionVerification.Progress pushed = (done, total) -> {
            long percent = total == 0 ? 100 : done * 100 / total;
            if (shownPercent.getAndSet(percent) != percent) {
                push(ui, () -> showProgress(done, total));
            }
        };
        runner.start(pushed).ifPresentOrElse(run -> {
            start.setEnabled(false);
            progress.setValue(0);
            progress.setVisible(true);
            status.setText(getTranslation("audit.verify.running"));
            counts.setVisible(false);
            mismatches.setVisible(false);
            run.whenComplete((outcome, failure) -> push(ui, () -> finished(outcome, failure)));
        }, () -> Notices.info(getTranslation("audit.verify.alreadyRunning")));
    }

    private void showProgress(long done, long total) {
        progress.setValue(total == 0 ? 1 : (double) done / total);
        status.setText(getTranslation("audit.verify.progress", done, total));
    }

    private void finished(VerificationOutcome outcome, Throwable failure) {
        start.setEnabled(true);
        if (failure != null) {
            progress.setVisible(false);
            status.setText(getTranslation("audit.verify.failed"));
            Notices.error(getTranslation("audit.verify.failed"));
            return;
        }
        progress.setValue(1);
        decisions.setText(String.valueOf(outcome.decisions()));
        matched.setText(String.valueOf(outcome.matched()));
        mismatched.setText(String.valueOf(outcome.mismatches().size()));
        counts.setVisible(true);
        status.setText(getTranslation(outcome.mismatches().isEmpty() ? "audit.verify.allMatched"
                                              : "audit.verify.someMismatched", outcome.creditFiles()));
        mismatches.setItems(outcome.mismatches());
        mismatches.setVisible(!outcome.mismatches().isEmpty());
    }

    /** Runs {@code command} in the UI's session when it is still open; a closed tab has nobody to tell. */
    private static void push(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // the user left: the run finishes on its own and its result is not needed
        }
    }

    private static Div differences(VerifiedMismatch mismatch) {
        Div list = new Div();
        list.addClassName("audit-differences");
        mismatch.differences().forEach(difference -> list.add(new Div(difference)));
        return list;
    }

    private Span count(String id) {
        Span value = new Span();
        value.setId(id);
        value.addClassName("audit-count-value");
        return value;
    }

    private Div labelled(String labelKey, Span value) {
        Div box = new Div(new Span(getTranslation(labelKey)), value);
        box.addClassName("audit-count");
        return box;
    }
}
