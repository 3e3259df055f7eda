package org.greencredit.ui.cycle;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.projections.cycle.FanOutProgress;

/**
 * 后台处理: how far each phase change of the cycle has been carried through its batch — done of all, the rate and
 * the estimated end while it runs, when and in how long it finished. Asks again every {@link #POLL_MILLIS} ms while
 * one runs; {@code whenAllDone} runs once the last has finished (the cycle's counts have moved by then).
 */
final class FanOutPanel extends Div {

    static final int POLL_MILLIS = 2_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
                                                                   .withZone(BusinessDay.DISTRICT_ZONE);

    private final Supplier<List<FanOutProgress>> fanOuts;
    private final Runnable whenAllDone;
    private Registration polling;

    FanOutPanel(Supplier<List<FanOutProgress>> fanOuts, Runnable whenAllDone) {
        this.fanOuts = fanOuts;
        this.whenAllDone = whenAllDone;
        setId("cycle-fan-out");
        addClassName("cycle-progress");
    }

    void show() {
        List<FanOutProgress> shown = fanOuts.get();
        removeAll();
        setVisible(!shown.isEmpty());
        shown.forEach(fanOut -> add(line(fanOut)));
        boolean running = shown.stream().anyMatch(fanOut -> !fanOut.finished());
        getUI().ifPresent(ui -> {
            if (running && polling == null) {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(poll -> show());
            } else if (!running && polling != null) {
                stopPolling(ui);
                whenAllDone.run();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private Div line(FanOutProgress fanOut) {
        Div line = new Div();
        line.setId("cycle-fan-out-" + fanOut.step().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Span text = new Span(text(fanOut, getTranslation("cycle.fanOut.step." + fanOut.step().name())));
        line.add(text);
        if (!fanOut.finished()) {
            line.add(new ProgressBar(0, Math.max(1, fanOut.total()), fanOut.done()));
        }
        return line;
    }

    private String text(FanOutProgress fanOut, String step) {
        if (fanOut.finished()) {
            long seconds = fanOut.startedAt() == null ? 0
                    : Duration.between(fanOut.startedAt(), fanOut.finishedAt()).toSeconds();
            return getTranslation("cycle.fanOut.finished", step, fanOut.total(), TIME.format(fanOut.finishedAt()),
                                  seconds);
        }
        if (fanOut.startedAt() == null) {
            return getTranslation("cycle.fanOut.waiting", step, fanOut.total());
        }
        return fanOut.estimatedEnd()
                     .map(end -> getTranslation("cycle.fanOut.running", step, fanOut.done(), fanOut.total(),
                                                Math.round(fanOut.ratePerSecond().orElseThrow()), TIME.format(end)))
                     .orElseGet(() -> getTranslation("cycle.fanOut.started", step, fanOut.done(), fanOut.total()));
    }
}
