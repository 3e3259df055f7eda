package org.greencredit.app.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
import org.greencredit.domain.access.SignInChannel;
import org.greencredit.domain.access.SignInFailure;
import org.greencredit.domain.access.api.AccountLockedOut;
import org.greencredit.domain.access.api.SignInFailed;
import org.greencredit.domain.access.api.SignInSucceeded;
import org.greencredit.ui.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Hears Spring Security's verdict on each sign-in a {@link SignInGuard} let through, counts failures against the
 * user name and the client address, and publishes {@link SignInSucceeded}, {@link SignInFailed} and
 * {@link AccountLockedOut} through the event gateway, so they are stored with every other event and appear in the
 * audit timeline. Every login-form sign-in is recorded; an HTTP Basic success only once per account per
 * {@code basicSuccessInterval} on this instance, because the stateless API signs in on every request and would
 * otherwise bury the timeline (its failures and lockouts are all recorded). No password is ever part of an event.
 */
public class SignInAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAudit.class);

    private final EventGateway events;
    private final AccountLockouts lockouts;
    private final ClientAddressThrottle throttle;
    private final SignInProperties settings;
    private final Clock clock;
    private final Map<String, Instant> basicSuccessRecorded = new ConcurrentHashMap<>();

    public SignInAudit(EventGateway events, AccountLockouts lockouts, ClientAddressThrottle throttle,
                       SignInProperties settings, Clock clock) {
        this.events = events;
        this.lockouts = lockouts;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    public void on(AuthenticationSuccessEvent success) {
        guardedRequest().ifPresent(request -> {
            SignInChannel channel = (SignInChannel) request.getAttribute(SignInGuard.CHANNEL);
            String username = SignInGuard.name(success.getAuthentication().getName());
            if (Boolean.TRUE.equals(request.getAttribute(SignInGuard.FAILED_LATELY))) {
                lockouts.recordSuccess(username);
            }
            if (channel == SignInChannel.FORM || basicSuccessDue(username)) {
                MetaData actor = success.getAuthentication().getPrincipal() instanceof SignedInUser user
                        ? MetaData.from(user.actor().asMetaData()) : MetaData.emptyInstance();
                publish(new SignInSucceeded(username, request.getRemoteAddr(), channel), actor);
            }
        });
    }

    @EventListener
    public void on(AbstractAuthenticationFailureEvent failure) {
        guardedRequest().ifPresent(request -> {
            SignInChannel channel = (SignInChannel) request.getAttribute(SignInGuard.CHANNEL);
            String username = SignInGuard.name(failure.getAuthentication().getName());
            String address = request.getRemoteAddr();
            throttle.recordFailure(address);
            Optional<Instant> lockedUntil = lockouts.recordFailure(username);
            publish(new SignInFailed(username, address, channel, reason(failure)), MetaData.emptyInstance());
            lockedUntil.ifPresent(until -> {
                LOG.warn("Sign-in for '{}' locked until {} after {} failures, the last from {}", username, until,
                         settings.maxFailures(), address);
                publish(new AccountLockedOut(username, address, channel, settings.maxFailures(), until),
                        MetaData.emptyInstance());
            });
        });
    }

    private static Optional<HttpServletRequest> guardedRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
            && attributes.getRequest().getAttribute(SignInGuard.CHANNEL) != null) {
            return Optional.of(attributes.getRequest());
        }
        return Optional.empty();
    }

    private boolean basicSuccessDue(String username) {
        Instant now = clock.instant();
        AtomicBoolean due = new AtomicBoolean();
        basicSuccessRecorded.compute(username, (name, last) -> {
            if (last == null || !last.plus(settings.basicSuccessInterval()).isAfter(now)) {
                due.set(true);
                return now;
            }
            return last;
        });
        return due.get();
    }

    private static SignInFailure reason(AbstractAuthenticationFailureEvent failure) {
        if (failure instanceof AuthenticationFailureBadCredentialsEvent) {
            return SignInFailure.BAD_CREDENTIALS;
        }
        return failure instanceof AuthenticationFailureDisabledEvent ? SignInFailure.ACCOUNT_DISABLED
                                                                     : SignInFailure.OTHER;
    }

    /** A sign-in is decided whether or not its record could be stored; a store that is down is logged. */
    private void publish(Object event, MetaData metaData) {
        try {
            events.publish(GenericEventMessage.asEventMessage(event).andMetaData(metaData));
        } catch (RuntimeException storeDown) {
            LOG.error("Could not record {} in the event store", event, storeDown);
        }
    }
}
