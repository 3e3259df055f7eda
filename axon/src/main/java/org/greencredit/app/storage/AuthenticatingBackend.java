package org.greencredit.app.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts SCRAM-SHA-256 authentication in front of a mongo-java-server backend, which has none of its own. Each
 * connection (Netty channel) starts unauthenticated; until it has proven the password through {@code saslStart} /
 * {@code saslContinue} (or the driver's speculative authentication in its first {@code hello}), every command but
 * the handshake ones is answered with MongoDB's {@code Unauthorized} error (code 13), exactly as a MongoDB started
 * with {@code --auth} answers it. The one user is defined on the {@code admin} database.
 */
final class AuthenticatingBackend implements MongoBackend {

    static final String AUTH_DATABASE = "admin";
    static final String MECHANISM = "SCRAM-SHA-256";

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticatingBackend.class);
    private static final AttributeKey<Authentication> STATE = AttributeKey.valueOf("green-credit.authentication");
    /** What a driver sends before it has authenticated: the handshake, server monitoring, and the SASL exchange. */
    private static final Set<String> OPEN_COMMANDS = Set.of("ismaster", "hello", "buildinfo", "ping", "getlasterror");
    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;
    private static final int MECHANISM_UNAVAILABLE = 334;
    private static final int CONVERSATION_ID = 1;

    private final MongoBackend backend;
    private final ScramSha256Credential credential;

    AuthenticatingBackend(MongoBackend backend, ScramSha256Credential credential) {
        this.backend = backend;
        this.credential = credential;
    }

    /** Per connection: whether it has authenticated, and the exchange under way. */
    private static final class Authentication {
        private volatile boolean authenticated;
        private ScramSha256Conversation conversation;
        private boolean skipEmptyExchange;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document document = message.getDocument();
        return guarded(message.getChannel(), message.getDatabaseName(), document.keySet().iterator().next(),
                       document, () -> backend.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return guarded(channel, database, command, query, () -> backend.handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        requireAuthenticated(query.getChannel(), "query");
        return backend.handleQuery(query);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        requireAuthenticated(query.getChannel(), "currentOp");
        return backend.getCurrentOperations(query);
    }

    private Document guarded(Channel channel, String database, String command, Document query,
                             Supplier<Document> handled) {
        String name = command.toLowerCase(Locale.ROOT);
        switch (name) {
            case "saslstart":
                return saslStart(channel, database, query);
            case "saslcontinue":
                return saslContinue(channel, query);
            case "ismaster", "hello":
                return hello(channel, query, handled.get());
            default:
                if (OPEN_COMMANDS.contains(name) || state(channel).authenticated) {
                    return handled.get();
                }
                LOG.warn("Read-model store: refused '{}' from {}, which has not authenticated", command,
                         channel.remoteAddress());
                return error(UNAUTHORIZED, "Unauthorized", "command " + command + " requires authentication");
        }
    }

    private Document hello(Channel channel, Document query, Document response) {
        if (("admin." + credential.username()).equals(query.get("saslSupportedMechs"))) {
            response.put("saslSupportedMechs", List.of(MECHANISM));
        }
        if (query.get("speculativeAuthenticate") instanceof Document speculative) {
            Document started = saslStart(channel, String.valueOf(speculative.getOrDefault("db", AUTH_DATABASE)),
                                         speculative);
            if (started.get("payload") != null) {
                started.remove("ok");
                response.put("speculativeAuthenticate", started);
            }
        }
        return response;
    }

    private Document saslStart(Channel channel, String database, Document command) {
        Authentication state = state(channel);
        state.conversation = null;
        if (!MECHANISM.equals(command.get("mechanism"))) {
            return error(MECHANISM_UNAVAILABLE, "MechanismUnavailable",
                         "Received authentication for mechanism " + command.get("mechanism")
                         + " which is not enabled; use " + MECHANISM);
        }
        ScramSha256Conversation conversation = new ScramSha256Conversation(credential);
        Optional<byte[]> serverFirst = AUTH_DATABASE.equals(database)
                ? payload(command).flatMap(conversation::start) : Optional.empty();
        if (serverFirst.isEmpty()) {
            return authenticationFailed(channel);
        }
        state.conversation = conversation;
        state.skipEmptyExchange = command.get("options") instanceof Document options
                                  && Boolean.TRUE.equals(options.get("skipEmptyExchange"));
        return reply(false, serverFirst.get());
    }

    private Document saslContinue(Channel channel, Document command) {
        Authentication state = state(channel);
        ScramSha256Conversation conversation = state.conversation;
        if (conversation == null || !(command.get("conversationId") instanceof Number id)
            || id.intValue() != CONVERSATION_ID) {
            return authenticationFailed(channel);
        }
        if (conversation.proven()) {
            state.conversation = null;
            return reply(true, new byte[0]);
        }
        Optional<byte[]> serverFinal = payload(command).flatMap(conversation::finish);
        if (serverFinal.isEmpty()) {
            return authenticationFailed(channel);
        }
        state.authenticated = true;
        if (state.skipEmptyExchange) {
            state.conversation = null;
        }
        return reply(state.skipEmptyExchange, serverFinal.get());
    }

    private Document authenticationFailed(Channel channel) {
        state(channel).conversation = null;
        LOG.warn("Read-model store: authentication failed for a client at {}", channel.remoteAddress());
        return error(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
    }

    private void requireAuthenticated(Channel channel, String what) {
        if (!state(channel).authenticated) {
            throw new MongoServerError(UNAUTHORIZED, "Unauthorized", what + " requires authentication");
        }
    }

    private static Optional<byte[]> payload(Document command) {
        return command.get("payload") instanceof BinData data ? Optional.of(data.getData()) : Optional.empty();
    }

    private static Document reply(boolean done, byte[] payload) {
        return new Document("conversationId", CONVERSATION_ID).append("done", done)
                                                              .append("payload", new BinData(payload))
                                                              .append("ok", 1.0);
    }

    private static Document error(int code, String codeName, String message) {
        return new Document("ok", 0.0).append("errmsg", message).append("code", code).append("codeName", codeName);
    }

    private static Authentication state(Channel channel) {
        Authentication state = channel.attr(STATE).get();
        if (state == null) {
            Authentication fresh = new Authentication();
            state = channel.attr(STATE).setIfAbsent(fresh);
            return state == null ? fresh : state;
        }
        return state;
    }

    @Override
    public void handleClose(Channel channel) {
        backend.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    @Override
    public Document getServerStatus() {
        return backend.getServerStatus();
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
