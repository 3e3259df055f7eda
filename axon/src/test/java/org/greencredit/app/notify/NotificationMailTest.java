package org.greencredit.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.greencredit.app.retry.Backoff;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.calendar.WorkingDays;
import org.greencredit.domain.calendar.YearArrangement;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.EvaluationDisclosed;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.ui.i18n.Translations;
import org.greencredit.ui.notify.EnterpriseNotification;
import org.greencredit.ui.notify.NotificationSettings;
import org.greencredit.ui.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail notifications end to end through an embedded SMTP server (GreenMail): a grade change and a deadline are
 * mailed exactly once however often the events are handled, a failed SMTP attempt is retried after the back-off,
 * and the attempts run out.
 */
class NotificationMailTest {

    private static final String CODE = "91110112MA00000016";
    private static final String USER = "ent-user";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private ReadStoreInMemory readStore;
    private NotificationStore store;
    private EnterpriseNotifier notifier;
    private DeadlineReminders reminders;
    private final Actor enterpriseUser = Actor.enterprise(USER, CODE);

    @BeforeEach
    void setUp() {
        readStore = new ReadStoreInMemory();
        UserAccount account = new UserAccount(USER, "企业用户", Role.ENTERPRISE, null, CODE, true, Instant.EPOCH, "admin");
        store = new NotificationStore(readStore.database(),
                                      name -> USER.equals(name) ? Optional.of(account) : Optional.empty(),
                                      readStore.clock, Duration.ofDays(3));
        notifier = new EnterpriseNotifier(store, readStore.database());
        WorkingDays workingDays = new WorkingDays(Map.of(2026, new YearArrangement(2026, "test", List.of(), List.of())));
        reminders = new DeadlineReminders(store, readStore.database(), () -> workingDays, readStore.clock, 3);
        store.saveSettings(new NotificationSettings("boss@example.com", "zh-CN"), enterpriseUser);
    }

    @AfterEach
    void tearDown() {
        readStore.close();
    }

    @Test
    void aGradeChangeIsMailedOnceEvenWhenTheEventsAreReplayed() throws Exception {
        GradeDecided finalGrade = decided("evt-final", DecisionKind.FINAL, "B");
        notifier.on(finalGrade, "evt-final", readStore.clock.instant());
        assertThat(mailer(smtp.getSmtp().getPort(), 6).dispatchDue()).isEqualTo(1);

        notifier.on(finalGrade, "evt-final", readStore.clock.instant());
        notifier.on(finalGrade, "evt-final", readStore.clock.instant());
        assertThat(mailer(smtp.getSmtp().getPort(), 6).dispatchDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("boss@example.com");
        assertThat(received[0].getSubject()).isEqualTo("【企业绿色信用评价】信用等级变更");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(mailText(received[0])).contains("信用等级决定（公开）：B 级，决定日期 2026-05-30");
        assertThat(store.recent(enterpriseUser, 10)).extracting(EnterpriseNotification::messageKey)
                                                   .containsExactly("notification.gradeDecided");
    }

    @Test
    void aDeadlineIsMailedWhenSetAndOnceMoreAsAReminderInTheUsersLanguage() throws Exception {
        store.saveSettings(new NotificationSettings("boss@example.com", "en"), enterpriseUser);
        LocalDate lastDay = LocalDate.of(2026, 6, 12);
        EvaluationOpened opened = new EvaluationOpened(CODE, "2026-A", LocalDate.of(2025, 1, 1),
                                                       LocalDate.of(2025, 12, 31), "TZ", "2026.1", "hash", lastDay,
                                                       LocalDate.of(2026, 7, 1));
        notifier.on(opened, "evt-opened", readStore.clock.instant());
        assertThat(reminders.remind()).isZero();

        readStore.clock.advance(Duration.ofDays(8));
        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(reminders.remind()).isEqualTo(1);
        notifier.on(opened, "evt-opened", readStore.clock.instant());
        mailer(smtp.getSmtp().getPort(), 6).dispatchDue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly(
                "[Green credit evaluation] Evaluation opened", "[Green credit evaluation] Deadline reminder");
        assertThat(mailText(received[1])).contains("Reminder: self-declaration closes on 2026-06-12");
    }

    @Test
    void aPreliminaryGradeIsToldWhenDisclosedNotWhenComputed() {
        notifier.on(decided("evt-pre", DecisionKind.PRELIMINARY, "C"), "evt-pre", readStore.clock.instant());
        assertThat(store.recent(enterpriseUser, 10)).isEmpty();

        notifier.on(new EvaluationDisclosed(CODE, "2026-A", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10)),
                    "evt-disclosed", readStore.clock.instant());

        assertThat(store.recent(enterpriseUser, 10)).singleElement().satisfies(notification -> {
            assertThat(notification.messageKey()).isEqualTo("notification.preliminaryDisclosed");
            assertThat(notification.arguments()).containsExactly("C", "2026-06-01", "2026-06-10");
        });
    }

    @Test
    void anSmtpFailureIsRetriedAfterTheBackOffThenSent() {
        notifier.on(decided("evt-dyn", DecisionKind.DYNAMIC, "D"), "evt-dyn", readStore.clock.instant());
        MailDispatcher mailer = mailer(smtp.getSmtp().getPort(), 6);
        smtp.stop();
        assertThat(mailer.dispatchDue()).isZero();
        Document entry = store.outbox().find().first();
        assertThat(entry.getString("state")).isEqualTo("PENDING");
        assertThat(entry.getInteger("attempts")).isEqualTo(1);
        assertThat(entry.getList("log", Document.class)).singleElement()
                                                       .satisfies(line -> assertThat(line.getString("error")).isNotBlank());

        smtp.start();
        assertThat(mailer.dispatchDue()).as("not due before the back-off").isZero();
        readStore.clock.advance(Duration.ofMinutes(1));
        assertThat(mailer.dispatchDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(store.outbox().find().first().getString("state")).isEqualTo("SENT");
    }

    @Test
    void anSmtpServerThatNeverAnswersEndsInFailedAfterTheAttempts() {
        notifier.on(decided("evt-rep", DecisionKind.REPAIR, "B"), "evt-rep", readStore.clock.instant());
        MailDispatcher mailer = mailer(smtp.getSmtp().getPort(), 3);
        smtp.stop();
        for (int round = 0; round < 5; round++) {
            mailer.dispatchDue();
            readStore.clock.advance(Duration.ofHours(1));
        }
        Document entry = store.outbox().find().first();
        assertThat(entry.getString("state")).isEqualTo("FAILED");
        assertThat(entry.getInteger("attempts")).isEqualTo(3);
        smtp.start();
    }

    @Test
    void oldEventsAreShownButNotMailedAndUsersWithoutAnAddressGetNoMail() {
        notifier.on(decided("evt-old", DecisionKind.FINAL, "A"), "evt-old",
                    readStore.clock.instant().minus(Duration.ofDays(30)));
        assertThat(store.recent(enterpriseUser, 10)).hasSize(1);
        assertThat(store.outbox().countDocuments()).isZero();

        store.saveSettings(new NotificationSettings("", "zh-CN"), enterpriseUser);
        notifier.on(decided("evt-new", DecisionKind.FINAL, "A"), "evt-new", readStore.clock.instant());
        assertThat(store.outbox().countDocuments()).isZero();
    }

    @Test
    void readMarksAreTheUsersOwnAndAnotherEnterprisesNotificationIsNotTouched() {
        notifier.on(decided("evt-1", DecisionKind.FINAL, "A"), "evt-1", readStore.clock.instant());
        Actor other = Actor.enterprise("other-user", "91110112MA0000002X");
        assertThat(store.recent(other, 10)).isEmpty();
        store.markRead("evt-1", other);
        assertThat(store.unread(enterpriseUser)).isEqualTo(1);

        store.markRead("evt-1", enterpriseUser);
        assertThat(store.unread(enterpriseUser)).isZero();
        assertThat(store.recent(enterpriseUser, 10)).singleElement().extracting(EnterpriseNotification::read)
                                                   .isEqualTo(true);
    }

    @Test
    void aMalformedAddressAndAnotherRoleAreRefused() {
        assertThatThrownBy(() -> store.saveSettings(new NotificationSettings("not-an-address", "zh-CN"),
                                                    enterpriseUser))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("notification.email.invalid");
        assertThatThrownBy(() -> store.recent(Actor.officer("officer", "执法支队"), 10))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("actor.notPermitted");
    }

    private MailDispatcher mailer(int port, int attempts) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return new MailDispatcher(store, sender, new NotificationTexts(new Translations()), "green-credit@example.com",
                                  new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), attempts), readStore.clock);
    }

    private static String mailText(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    private static GradeDecided decided(String decisionId, DecisionKind kind, String grade) {
        GradeDecision decision = new GradeDecision("TZ", "2026.1", "hash", LocalDate.of(2025, 1, 1),
                                                   LocalDate.of(2025, 12, 31), LocalDate.of(2026, 5, 30), List.of(),
                                                   List.of(), new BigDecimal("80"), grade, List.of(), List.of(),
                                                   List.of(), grade);
        return new GradeDecided(CODE, decisionId, kind, "2026-A", LocalDate.of(2026, 5, 30), decision, null,
                                new DecisionTrigger(DecisionTrigger.PUBLICATION, "2026-A"));
    }
}
