package org.greencredit.app.security;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.ui.security.NewUserAccount;
import org.greencredit.ui.security.SignedInUser;
import org.greencredit.ui.security.UserAccount;
import org.greencredit.ui.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * User accounts in the {@code users} collection, passwords hashed by the configured {@link PasswordEncoder}
 * (bcrypt), each sealed by an {@link AccountSeal}. Also the source Spring Security authenticates against: an account
 * whose seal does not match — changed in the store rather than through this class — cannot sign in, is logged, and
 * cannot be changed here either (which would seal the tampered state).
 */
public class MongoUserAccounts implements UserAccounts, UserDetailsService {

    static final String COLLECTION = "users";
    private static final Logger LOG = LoggerFactory.getLogger(MongoUserAccounts.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");
    private static final int MAX_TEXT = 60;

    private final MongoCollection<Document> users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AccountSeal seal;

    public MongoUserAccounts(MongoDatabase database, PasswordEncoder passwords, Clock clock, AccountSeal seal) {
        this.users = database.getCollection(COLLECTION);
        this.passwords = passwords;
        this.clock = clock;
        this.seal = seal;
        users.createIndex(Indexes.ascending("username"), new IndexOptions().unique(true));
    }

    @Override
    public List<UserAccount> all() {
        return users.find().sort(Sorts.ascending("username")).map(MongoUserAccounts::account).into(new ArrayList<>());
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.find(eq("username", username)).first()).map(MongoUserAccounts::account);
    }

    @Override
    public boolean anyAdministrator() {
        return enabledAdministrators() > 0;
    }

    private long enabledAdministrators() {
        return users.find(and(eq("role", Role.ADMIN.name()), eq("enabled", true)))
                    .into(new ArrayList<>()).stream().filter(seal::verifies).count();
    }

    /**
     * Seals the accounts that have no seal yet, as they are — once, when {@link AccountSeal#mayAdoptUnsealed()} says
     * this start may (accounts stored by a release without seals); otherwise names them, as they cannot sign in.
     */
    void adoptUnsealed() {
        List<Document> unsealed = users.find(Filters.exists(AccountSeal.FIELD, false)).into(new ArrayList<>());
        if (unsealed.isEmpty()) {
            return;
        }
        List<String> names = unsealed.stream().map(user -> user.getString("username")).toList();
        if (!seal.mayAdoptUnsealed()) {
            LOG.error("User accounts without a seal cannot sign in: {} (changed outside the application, or stored "
                      + "before account seals; see greencredit.security.seal-unsealed-accounts)", names);
            return;
        }
        for (Document user : unsealed) {
            user.put(AccountSeal.FIELD, seal.of(user));
            users.replaceOne(and(eq("_id", user.get("_id")), Filters.exists(AccountSeal.FIELD, false)), user);
        }
        LOG.warn("Sealed {} user accounts stored before account seals: {}", unsealed.size(), names);
    }

    @Override
    public UserAccount create(NewUserAccount account, Actor by) {
        by.requireRole(Role.ADMIN);
        return store(account, by.id());
    }

    /** Creates the first administrator, before anyone can sign in to do it. */
    UserAccount createInitialAdministrator(String username, String password) {
        return store(new NewUserAccount(username, "系统管理员", Role.ADMIN, "信息中心", null, password), "system");
    }

    @Override
    public void setEnabled(String username, boolean enabled, Actor by) {
        by.requireRole(Role.ADMIN);
        Document user = intact(username);
        if (!enabled && Role.ADMIN.name().equals(user.getString("role")) && enabledAdministrators() <= 1) {
            throw new RuleViolation("user.lastAdministrator", username);
        }
        replaceSealed(user, "enabled", enabled);
    }

    @Override
    public void changePassword(String username, String newPassword, Actor by) {
        by.requireRole(Role.ADMIN);
        Document user = intact(username);
        requireAcceptablePassword(newPassword);
        replaceSealed(user, "passwordHash", passwords.encode(newPassword));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Document user = users.find(eq("username", username)).first();
        if (user == null) {
            throw new UsernameNotFoundException(username);
        }
        if (!seal.verifies(user)) {
            LOG.error("Sign-in refused: user account '{}' does not match its seal — it was changed in the read-model "
                      + "store outside the application", username);
            throw new UsernameNotFoundException(username);
        }
        return new SignedInUser(account(user), user.getString("passwordHash"));
    }

    /** The account's document, refused when its seal does not match. */
    private Document intact(String username) {
        Document user = users.find(eq("username", username)).first();
        if (user == null) {
            throw new RuleViolation("user.notFound", username);
        }
        if (!seal.verifies(user)) {
            LOG.error("Change refused: user account '{}' does not match its seal — it was changed in the read-model "
                      + "store outside the application", username);
            throw new RuleViolation("user.tampered", username);
        }
        return user;
    }

    /** Changes one field and seals the result, unless the account changed since it was read. */
    private void replaceSealed(Document user, String field, Object value) {
        String previousSeal = user.getString(AccountSeal.FIELD);
        user.put(field, value);
        user.put(AccountSeal.FIELD, seal.of(user));
        if (users.replaceOne(and(eq("_id", user.get("_id")), eq(AccountSeal.FIELD, previousSeal)), user)
                 .getMatchedCount() == 0) {
            throw new RuleViolation("user.changedMeanwhile", user.getString("username"));
        }
    }

    private UserAccount store(NewUserAccount account, String createdBy) {
        String username = account.username() == null ? "" : account.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolation("user.username.invalid", username);
        }
        String displayName = account.displayName() == null ? "" : account.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > MAX_TEXT) {
            throw new RuleViolation("user.displayName.invalid");
        }
        if (account.role() == null || account.role() == Role.SYSTEM) {
            throw new RuleViolation("user.role.notAssignable", String.valueOf(account.role()));
        }
        String creditCode = null;
        if (account.role() == Role.ENTERPRISE) {
            creditCode = account.creditCode() == null ? "" : account.creditCode().trim().toUpperCase();
            if (!CreditCode.isValid(creditCode)) {
                throw new RuleViolation("user.creditCode.invalid", creditCode);
            }
        }
        FactSource source = account.role() == Role.SOURCE_SYSTEM ? sourceOf(account) : null;
        requireAcceptablePassword(account.password());
        String department = account.department() == null || account.department().isBlank()
                ? null : account.department().trim();
        Document user = new Document("username", username).append("displayName", displayName)
                .append("role", account.role().name()).append("department", department)
                .append("creditCode", creditCode).append("enabled", true)
                .append("passwordHash", passwords.encode(account.password()))
                .append("createdAt", Date.from(clock.instant())).append("createdBy", createdBy);
        if (source != null) {
            user.append(AccountSeal.SOURCE_FIELD, source.name());
        }
        user.append(AccountSeal.FIELD, seal.of(user));
        try {
            users.insertOne(user);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new RuleViolation("user.username.taken", username);
            }
            throw e;
        }
        return account(user);
    }

    /**
     * The source a source system submits facts of; never self-declaration, which only an enterprise makes through its
     * own account.
     */
    private static FactSource sourceOf(NewUserAccount account) {
        if (account.source() == null) {
            throw new RuleViolation("user.source.missing");
        }
        if (account.source() == FactSource.SELF_DECLARATION) {
            throw new RuleViolation("user.source.notAssignable", account.source().name());
        }
        return account.source();
    }

    private static void requireAcceptablePassword(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new RuleViolation("user.password.tooShort", MINIMUM_PASSWORD_LENGTH);
        }
    }

    private static UserAccount account(Document user) {
        String source = user.getString(AccountSeal.SOURCE_FIELD);
        return new UserAccount(user.getString("username"), user.getString("displayName"),
                               Role.valueOf(user.getString("role")), user.getString("department"),
                               user.getString("creditCode"), source == null ? null : FactSource.valueOf(source),
                               user.getBoolean("enabled", true),
                               user.getDate("createdAt").toInstant(), user.getString("createdBy"));
    }
}
