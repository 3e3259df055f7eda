package org.greencredit.app.notify;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds an enterprise of each of its deadlines that is not met and falls within the next {@code workingDays}
 * working days (the working-day calendar's count, as the dashboard's deadline list). A reminder's id names the
 * deadline and its last day, so sweeping again, on any node, reminds once; a deadline moved to another day is
 * reminded again.
 */
public class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final NotificationStore store;
    private final MongoCollection<Document> deadlines;
    private final CalendarSource calendar;
    private final Clock clock;
    private final int workingDays;

    public DeadlineReminders(NotificationStore store, MongoDatabase database, CalendarSource calendar, Clock clock,
                             int workingDays) {
        this.store = store;
        this.deadlines = database.getCollection(EnterpriseNotifier.DEADLINES);
        this.calendar = calendar;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    /** Makes the reminders due today; returns how many deadlines are within the horizon. */
    public int remind() {
        LocalDate today = BusinessDay.today(clock);
        LocalDate horizon = horizon(today);
        int due = 0;
        for (Document deadline : deadlines.find(and(eq("met", false), gte("lastDay", today.toString()),
                                                    lte("lastDay", horizon.toString())))) {
            String lastDay = deadline.getString("lastDay");
            store.notify("reminder:" + deadline.getString("_id") + ":" + lastDay, deadline.getString("creditCode"),
                         "notification.deadlineReminder",
                         List.of("notification.deadline." + deadline.getString("kind"), lastDay), clock.instant());
            due++;
        }
        return due;
    }

    /**
     * The last day a reminder looks ahead to. For a year the calendar does not know, working days cannot be counted;
     * calendar days are used instead, which reminds a little late rather than not at all.
     */
    private LocalDate horizon(LocalDate today) {
        try {
            return calendar.workingDays().after(today, workingDays);
        } catch (RuleViolation yearUnknown) {
            log.warn("Deadline reminders count {} calendar days ahead: {}", workingDays, yearUnknown.getMessage());
            return today.plusDays(workingDays);
        }
    }
}
