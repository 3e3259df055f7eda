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
import com.mongodb.client.model.Updates;
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
import org.greencredit.ui.security.NewUserAccount;
import org.greencredit.ui.security.SignedInUser;
import org.greencredit.ui.security.UserAccount;
import org.greencredit.ui.security.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * User accounts in the {@code users} collection, passwords hashed by the configured {@link PasswordEncoder}
 * (bcrypt). Also the source Spring Security authenticates against.
 */
public class MongoUserAccounts implements UserAccounts, UserDetailsService {

    static final String COLLECTION = "users";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");
    private static final int MAX_TEXT = 60;

    private final MongoCollection<Document> users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public MongoUserAccounts(MongoDatabase database, PasswordEncoder passwords, Clock clock) {
        this.users = database.getCollection(COLLECTION);
        this.passwords = passwords;
        this.clock = clock;
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
        return users.countDocuments(and(eq("role", Role.ADMIN.name()), eq("enabled", true))) > 0;
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
        UserAccount account = existing(username);
        if (!enabled && account.role() == Role.ADMIN
            && users.countDocuments(and(eq("role", Role.ADMIN.name()), eq("enabled", true))) <= 1) {
            throw new RuleViolation("user.lastAdministrator", username);
        }
        users.updateOne(eq("username", username), Updates.set("enabled", enabled));
    }

    @Override
    public void changePassword(String username, String newPassword, Actor by) {
        by.requireRole(Role.ADMIN);
        existing(username);
        requireAcceptablePassword(newPassword);
        users.updateOne(eq("username", username), Updates.set("passwordHash", passwords.encode(newPassword)));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Document user = users.find(eq("username", username)).first();
        if (user == null) {
            throw new UsernameNotFoundException(username);
        }
        return new SignedInUser(account(user), user.getString("passwordHash"));
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
        requireAcceptablePassword(account.password());
        String department = account.department() == null || account.department().isBlank()
                ? null : account.department().trim();
        Document user = new Document("username", username).append("displayName", displayName)
                .append("role", account.role().name()).append("department", department)
                .append("creditCode", creditCode).append("enabled", true)
                .append("passwordHash", passwords.encode(account.password()))
                .append("createdAt", Date.from(clock.instant())).append("createdBy", createdBy);
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

    private static void requireAcceptablePassword(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new RuleViolation("user.password.tooShort", MINIMUM_PASSWORD_LENGTH);
        }
    }

    private UserAccount existing(String username) {
        return find(username).orElseThrow(() -> new RuleViolation("user.notFound", username));
    }

    private static UserAccount account(Document user) {
        return new UserAccount(user.getString("username"), user.getString("displayName"),
                               Role.valueOf(user.getString("role")), user.getString("department"),
                               user.getString("creditCode"), user.getBoolean("enabled", true),
                               user.getDate("createdAt").toInstant(), user.getString("createdBy"));
    }
}
