package org.greencredit.app.notify;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.greencredit.app.webhook.WebhookDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every {@code interval}: makes the deadline reminders due, sends the e-mails due (when e-mail is on) and attempts
 * the webhook deliveries due. Each step claims its work in the store, so the sweep may run on every node.
 */
public class NotificationSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationSweep.class);

    private final DeadlineReminders reminders;
    private final MailDispatcher mail;
    private final WebhookDispatcher webhooks;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    /** @param mail null when e-mail is off */
    public NotificationSweep(DeadlineReminders reminders, MailDispatcher mail, WebhookDispatcher webhooks,
                             Duration interval) {
        this.reminders = reminders;
        this.mail = mail;
        this.webhooks = webhooks;
        this.interval = interval;
    }

    /** One round of all three steps; a failing step does not keep the others from running. */
    public void sweep() {
        run("deadline reminders", reminders::remind);
        if (mail != null) {
            run("e-mail", mail::dispatchDue);
        }
        run("webhooks", webhooks::dispatchDue);
    }

    private static void run(String step, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Notification sweep: {} failed, trying again next round: {}", step, e.toString());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notification-sweep");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(),
                                         TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
