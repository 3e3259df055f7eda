package org.greencredit.app.security.signin;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Failed sign-ins per user name and the lockouts they cause, in the {@code sign_in_lockouts} collection of the
 * read-model database, so every instance behind a load balancer counts the same failures and honours the same
 * lock. A user name is counted whether or not an account has it: a name that does not exist locks exactly like one
 * that does, so the lock tells nobody which names exist. The count is an atomic {@code $inc}, so of concurrent
 * failures on several instances exactly one reaches the limit and locks. Each document names when it stops mattering
 * ({@code expiresAt}); a real MongoDB deletes it then through a TTL index (the embedded server ignores the index,
 * and a successful sign-in deletes it anyway).
 */
public class AccountLockouts {

    static final String COLLECTION = "sign_in_lockouts";

    private final MongoCollection<Document> attempts;
    private final SignInProperties settings;
    private final Clock clock;

    public AccountLockouts(MongoDatabase database, SignInProperties settings, Clock clock) {
        this.attempts = database.getCollection(COLLECTION);
        this.settings = settings;
        this.clock = clock;
        attempts.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** What the store holds against a user name: whether it failed lately, and until when it is locked. */
    public record Standing(boolean failedLately, Instant lockedUntil) {

        static final Standing CLEAN = new Standing(false, null);

        /** The end of the lock, if it is locked at {@code now}. */
        public Optional<Instant> lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
        }
    }

    /** The name's standing, read once per sign-in attempt. */
    public Standing standing(String username) {
        Document state = attempts.find(eq("_id", username)).first();
        if (state == null) {
            return Standing.CLEAN;
        }
        Date lockedUntil = state.getDate("lockedUntil");
        return new Standing(true, lockedUntil == null ? null : lockedUntil.toInstant());
    }

    /** Counts a failure; returns the end of the lock when this failure reached the limit. */
    public Optional<Instant> recordFailure(String username) {
        Instant now = clock.instant();
        Document state = attempts.findOneAndUpdate(
                eq("_id", username),
                Updates.combine(Updates.inc("failures", 1), Updates.setOnInsert("windowStart", Date.from(now)),
                                Updates.set("expiresAt", Date.from(now.plus(settings.failureWindow())))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        Instant windowStart = state.getDate("windowStart").toInstant();
        int failures = state.getInteger("failures");
        if (windowStart.plus(settings.failureWindow()).isBefore(now)) {
            // The earlier failures are too old to count: this one opens a new window.
            attempts.updateOne(eq("_id", username), Updates.combine(Updates.set("failures", 1),
                                                                    Updates.set("windowStart", Date.from(now))));
            failures = 1;
        }
        if (failures != settings.maxFailures()) {
            return Optional.empty();
        }
        Instant until = now.plus(settings.lockout());
        attempts.updateOne(eq("_id", username), Updates.combine(Updates.set("lockedUntil", Date.from(until)),
                                                                Updates.set("failures", 0),
                                                                Updates.set("windowStart", Date.from(until)),
                                                                Updates.set("expiresAt", Date.from(until))));
        return Optional.of(until);
    }

    /**
     * A successful sign-in forgets the name's earlier failures. Called only for a name that had some: every stateless
     * API request signs in, and a clean name needs no write.
     */
    public void recordSuccess(String username) {
        attempts.deleteOne(eq("_id", username));
    }
}
