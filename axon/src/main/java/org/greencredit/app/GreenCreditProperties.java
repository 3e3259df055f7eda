package org.greencredit.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.greencredit.app.resultuse.WorkingGroupProperties;
import org.greencredit.app.security.signin.SignInProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;

/**
 * Every setting under {@code greencredit.*}, with its default; docs/operations.md says when to change which. Beans
 * take this record (or the part of it they need). A few settings are also read by name: the conditions that decide
 * whether a bean exists at all ({@code processors.enabled}, {@code clock.mode}, {@code mongo.embedded}), and code
 * that runs before or outside the application context (start-up probes, command-line tools, the keys' start-up
 * checks), which reads them from the same names with the same defaults.
 *
 * @param dataDir       where the embedded default keeps its event store, read-model store, keys and files
 * @param mongo         where read models, tracking tokens and sagas live
 * @param demo          the demo district of a new embedded store
 * @param clock         the clock the application runs on
 * @param processors    the event processors that build read models and run procedures
 * @param snapshots     snapshots of the aggregates' event streams
 * @param fanOut        the procedure that carries a cycle's phase change to every credit file
 * @param deadlines     the sweep that acts on passed deadlines
 * @param notifications in-application and e-mail notifications
 * @param webhooks      the partners' webhooks
 * @param partner       the partner API
 * @param imports       file imports of facts
 * @param inspections   the inspection draw (双随机抽查)
 * @param results       the published results and the credit-platform upload
 * @param dataErrors    the handling of reported data errors
 * @param referenceData the reference data shipped with the application
 * @param security      user accounts and sign-in
 * @param workingGroup  the departments of the working group and the grades each result use treats specially
 */
@ConfigurationProperties("greencredit")
public record GreenCreditProperties(@DefaultValue(DEFAULT_DATA_DIR) Path dataDir,
                                    @DefaultValue Mongo mongo,
                                    @DefaultValue Demo demo,
                                    @DefaultValue Clock clock,
                                    @DefaultValue Processors processors,
                                    @DefaultValue Snapshots snapshots,
                                    @DefaultValue FanOut fanOut,
                                    @DefaultValue Deadlines deadlines,
                                    @DefaultValue Notifications notifications,
                                    @DefaultValue Webhooks webhooks,
                                    @DefaultValue Partner partner,
                                    @DefaultValue Imports imports,
                                    @DefaultValue Inspections inspections,
                                    @DefaultValue Results results,
                                    @DefaultValue DataErrors dataErrors,
                                    @DefaultValue ReferenceData referenceData,
                                    @DefaultValue Security security,
                                    @DefaultValue WorkingGroupProperties workingGroup) {

    public static final String DEFAULT_DATA_DIR = "./data";

    /** These settings as {@code environment} states them, bound as in the application, for code outside its context. */
    public static GreenCreditProperties of(Environment environment) {
        return Binder.get(environment).bindOrCreate("greencredit", GreenCreditProperties.class);
    }

    /**
     * The data directory {@code configuration} names, for code that runs before or outside the application context
     * (start-up probes, command-line tools, failure analysis), where these properties are not bound yet.
     */
    public static Path dataDir(PropertyResolver configuration) {
        return Path.of(configuration.getProperty("greencredit.data-dir", DEFAULT_DATA_DIR)).toAbsolutePath()
                   .normalize();
    }

    /**
     * @param embedded         serve the MongoDB wire protocol in-process (the embedded default) instead of
     *                         connecting out
     * @param embeddedPort     port on 127.0.0.1 for the embedded server; 0 picks a free one
     * @param embeddedPassword password the embedded server requires (user {@code green-credit}); blank = generated
     *                         once per data directory and kept in {@code readmodels/store-password}
     * @param uri              connection string of an external MongoDB (used when not embedded)
     * @param database         database holding read models, tokens and sagas
     * @param insecure         let the production profile reach MongoDB without credentials or TLS (never in real use)
     */
    public record Mongo(@DefaultValue("true") boolean embedded,
                        @DefaultValue("27117") int embeddedPort,
                        String embeddedPassword,
                        String uri,
                        @DefaultValue("green-credit") String database,
                        @DefaultValue("false") boolean insecure) {
    }

    /**
     * @param enabled on the first start of an empty embedded store, create the demo district and demo users (never
     *                in the production profile; read before the application context exists)
     */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /**
     * @param mode           {@code system} (the wall clock) or {@code simulated} (a clock the generator moves)
     * @param simulatedStart the day a simulated clock starts on; needed with {@code mode=simulated}
     */
    public record Clock(@DefaultValue("system") String mode, LocalDate simulatedStart) {
    }

    /**
     * @param enabled   run the projection and procedure processors; {@code false} for tools that must not write
     *                  read models
     * @param batchSize events a processor handles per batch (one token update per batch)
     * @param segments  segments (and worker threads) a processor's stream is split into when its token store is new
     */
    public record Processors(@DefaultValue("true") boolean enabled,
                             @DefaultValue("100") int batchSize,
                             @DefaultValue("2") int segments) {
    }

    /** @param creditFileEvery a credit file's stream is snapshotted every this many events */
    public record Snapshots(@DefaultValue("100") int creditFileEvery) {
    }

    /**
     * @param batchSize  credit files a cycle's phase change is carried to per unit of work
     * @param retryDelay how long a batch that failed for another reason than a refusal waits to be tried again
     */
    public record FanOut(@DefaultValue("100") int batchSize, @DefaultValue("PT10S") Duration retryDelay) {
    }

    /** @param sweepInterval how often passed deadlines are looked for */
    public record Deadlines(@DefaultValue("PT5M") Duration sweepInterval) {
    }

    /**
     * @param interval           how often reminders are made, due e-mails sent and due webhooks attempted
     * @param remindWorkingDays  a reminder is made when a deadline not yet met falls within this many working days
     * @param mail               e-mail notifications (sent only when {@code spring.mail.host} is set)
     */
    public record Notifications(@DefaultValue("PT30S") Duration interval,
                                @DefaultValue("3") int remindWorkingDays,
                                @DefaultValue Mail mail) {
    }

    /**
     * @param from         the sender address of notification e-mails
     * @param attempts     attempts per e-mail before it is marked failed
     * @param firstRetry   the wait before the second attempt; it doubles with each further one
     * @param longestRetry the longest wait between two attempts
     * @param maxAge       events older than this are shown in the application but not e-mailed
     */
    public record Mail(@DefaultValue("green-credit@localhost") String from,
                       @DefaultValue("6") int attempts,
                       @DefaultValue("PT1M") Duration firstRetry,
                       @DefaultValue("PT6H") Duration longestRetry,
                       @DefaultValue("P3D") Duration maxAge) {
    }

    /**
     * @param secretKey      key that encrypts the partners' webhook signing secrets (at least 32 characters);
     *                       blank = generated once into the data directory, required in the production profile
     * @param allowLocalHttp let webhooks call plain http on localhost: for tests only
     * @param timeout        connect and answer timeout of one attempt
     * @param attempts       attempts per delivery before it is marked failed
     * @param firstRetry     the wait before the second attempt; it doubles with each further one
     * @param longestRetry   the longest wait between two attempts
     */
    public record Webhooks(String secretKey,
                           @DefaultValue("false") boolean allowLocalHttp,
                           @DefaultValue("PT10S") Duration timeout,
                           @DefaultValue("6") int attempts,
                           @DefaultValue("PT1M") Duration firstRetry,
                           @DefaultValue("PT6H") Duration longestRetry) {
    }

    /**
     * @param secretKey         key of the hashes of the partner API clients' secrets (at least 32 characters);
     *                          blank = generated once into the data directory, required in the production profile
     * @param requestsPerMinute the rate of a client that has no rate of its own (per instance)
     */
    public record Partner(String secretKey, @DefaultValue("600") int requestsPerMinute) {
    }

    /** @param senders threads that send the commands of one import's rows */
    public record Imports(@DefaultValue("4") int senders) {
    }

    /**
     * @param recentWindowDays enterprises inspected within this many days are left out of the random draw; 0 leaves
     *                         nobody out
     */
    public record Inspections(@DefaultValue("0") int recentWindowDays) {
    }

    /**
     * @param authority  the evaluating authority (评价机关) named in every upload row and on the announcement
     * @param dataSource the data source (数据来源) named in every upload row
     */
    public record Results(@DefaultValue("北京市通州区生态环境局") String authority,
                          @DefaultValue("企业绿色信用评价系统") String dataSource) {
    }

    /** @param decisionWorkingDays working days the bureau has to answer a data error report (数据纠错) */
    public record DataErrors(@DefaultValue("10") int decisionWorkingDays) {
    }

    /**
     * @param publishShipped publish the shipped indicator system on an empty store and enter the shipped
     *                       public-holiday arrangements for years the calendar does not know
     * @param retryDelayMs   how long a failed publication waits before it is tried again, in milliseconds
     */
    public record ReferenceData(@DefaultValue("true") boolean publishShipped,
                                @DefaultValue("10000") long retryDelayMs) {
    }

    /**
     * @param initialAdmin         the first administrator, created when no enabled administrator exists
     * @param accountKey           key of the seals that detect changed user accounts (at least 32 characters);
     *                             blank = generated once into the data directory, required in the production profile
     * @param sealUnsealedAccounts seal, at this start, the accounts that have no seal (once, after an upgrade)
     * @param signIn               lockouts, throttling and the auditing of sign-ins
     */
    public record Security(@DefaultValue InitialAdmin initialAdmin,
                           String accountKey,
                           @DefaultValue("false") boolean sealUnsealedAccounts,
                           @DefaultValue SignInProperties signIn) {
    }

    /**
     * @param username the administrator's user name
     * @param password the administrator's password; blank = generated and printed once (not allowed in the
     *                 production profile)
     */
    public record InitialAdmin(@DefaultValue("admin") String username, @DefaultValue("") String password) {
    }
}
