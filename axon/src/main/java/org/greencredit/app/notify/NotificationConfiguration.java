package org.greencredit.app.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.retry.Backoff;
import org.greencredit.app.secrets.LocalSecret;
import org.greencredit.app.startup.StartRefusal;
import org.greencredit.app.webhook.SecretBox;
import org.greencredit.app.webhook.WebhookDispatcher;
import org.greencredit.app.webhook.WebhookNotifier;
import org.greencredit.app.webhook.WebhookStore;
import org.greencredit.app.webhook.WebhookUrls;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.ui.i18n.Translations;
import org.greencredit.ui.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Notifications of enterprises (in the application and by e-mail) and partners' webhooks: the stores (the UI's
 * ports), the two tracking processors that fill them from the events, and the sweep that reminds, mails and
 * delivers. E-mail is on when Spring Boot's mail support has an SMTP host ({@code spring.mail.host}); without one
 * the notifications are still made and shown, and the start says e-mail is off.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

    static final String WEBHOOK_KEY_FILE = "webhook-key";
    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    public NotificationStore notificationStore(MongoDatabase readModelDatabase,
                                               ObjectProvider<UserAccounts> accounts, Clock clock,
                                               GreenCreditProperties properties) {
        return new NotificationStore(readModelDatabase,
                                     username -> Optional.ofNullable(accounts.getIfAvailable())
                                                         .flatMap(found -> found.find(username)),
                                     clock, properties.notifications().mail().maxAge());
    }

    @Bean
    public WebhookStore webhookStore(MongoDatabase readModelDatabase, WebhookUrls webhookUrls, Environment environment,
                                     QueryGateway queries, Clock clock, GreenCreditProperties properties) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("production");
        return new WebhookStore(readModelDatabase, webhookUrls,
                                secretBox(properties, production),
                                code -> CreditCode.isValid(code)
                                        && queries.query(new FindEnterpriseByCreditCode(code), EnterpriseListing.class)
                                                  .join() != null,
                                clock);
    }

    @Bean
    public WebhookUrls webhookUrls(GreenCreditProperties properties) {
        boolean allowLocalHttp = properties.webhooks().allowLocalHttp();
        if (allowLocalHttp) {
            log.warn("Webhooks may call plain http on localhost (greencredit.webhooks.allow-local-http): for tests only");
        }
        return new WebhookUrls(allowLocalHttp);
    }

    /**
     * The key that encrypts the partners' signing secrets: {@code greencredit.webhooks.secret-key}, required in
     * production; otherwise a key generated once into the data directory, like the account key.
     */
    public static SecretBox secretBox(GreenCreditProperties properties, boolean production) {
        return secretBox(properties.webhooks().secretKey(), production,
                         properties.dataDir().toAbsolutePath().normalize());
    }

    private static SecretBox secretBox(String configured, boolean production, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 32) {
                throw new StartRefusal("greencredit.webhooks.secret-key (GREENCREDIT_WEBHOOK_KEY) must have at least"
                                       + " 32 characters", "startup.webhookKey.short", 32);
            }
            return new SecretBox(configured);
        }
        if (production) {
            throw new StartRefusal("The production profile needs the key that encrypts webhook secrets: set "
                                   + "GREENCREDIT_WEBHOOK_KEY (at least 32 characters)", "startup.webhookKey.missing",
                                   32);
        }
        return new SecretBox(LocalSecret.readOrCreate(dataDir.resolve(WEBHOOK_KEY_FILE), 48).value());
    }

    @Bean
    public NotificationTexts notificationTexts(Translations translations) {
        return new NotificationTexts(translations);
    }

    /** The processors and the sweep: not in an application that runs no processors. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "greencredit.processors.enabled", havingValue = "true", matchIfMissing = true)
    static class Processing {

        @Bean
        public EnterpriseNotifier enterpriseNotifier(NotificationStore store, MongoDatabase readModelDatabase) {
            return new EnterpriseNotifier(store, readModelDatabase);
        }

        @Bean
        public WebhookNotifier webhookNotifier(WebhookStore store) {
            return new WebhookNotifier(store, new ObjectMapper());
        }

        @Bean
        public DeadlineReminders deadlineReminders(NotificationStore store, MongoDatabase readModelDatabase,
                                                   CalendarSource calendar, Clock clock,
                                                   GreenCreditProperties properties) {
            return new DeadlineReminders(store, readModelDatabase, calendar, clock,
                                         properties.notifications().remindWorkingDays());
        }

        @Bean
        public WebhookDispatcher webhookDispatcher(WebhookStore store, WebhookUrls urls, Clock clock,
                                                   GreenCreditProperties properties) {
            GreenCreditProperties.Webhooks webhooks = properties.webhooks();
            return new WebhookDispatcher(store, urls, webhooks.timeout(),
                                         new Backoff(webhooks.firstRetry(), webhooks.longestRetry(),
                                                     webhooks.attempts()), clock);
        }

        @Bean
        public NotificationSweep notificationSweep(
                NotificationStore store, NotificationTexts texts, ObjectProvider<JavaMailSender> mail,
                DeadlineReminders reminders, WebhookDispatcher webhooks, Clock clock,
                GreenCreditProperties properties) {
            GreenCreditProperties.Mail settings = properties.notifications().mail();
            JavaMailSender sender = mail.getIfAvailable();
            MailDispatcher mailer = null;
            if (sender == null) {
                log.info("E-mail notifications are off: no SMTP server configured (set spring.mail.host); "
                         + "notifications are still shown in the application");
            } else {
                mailer = new MailDispatcher(store, sender, texts, settings.from(),
                                            new Backoff(settings.firstRetry(), settings.longestRetry(),
                                                        settings.attempts()), clock);
            }
            return new NotificationSweep(reminders, mailer, webhooks, properties.notifications().interval());
        }
    }
}
