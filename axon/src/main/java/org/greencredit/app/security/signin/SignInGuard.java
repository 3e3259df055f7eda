package org.greencredit.app.security.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.domain.access.SignInChannel;
import org.greencredit.domain.common.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before one channel's authentication filter and refuses a sign-in attempt — before any password is checked
 * — while its user name is locked ({@link AccountLockouts}) or its client address is throttled
 * ({@link ClientAddressThrottle}). The login form is sent back to the login view with the time it may try again
 * (the view tells it in the user's language); an API request answers 429 with {@code Retry-After}. A lock is told
 * the same way whether or not the name exists, so it reveals no account. Every attempt it lets through is marked
 * with its channel, which {@link SignInAudit} reads when Spring Security reports the outcome.
 */
public class SignInGuard extends OncePerRequestFilter {

    static final String CHANNEL = SignInGuard.class.getName() + ".channel";
    /** Set on an attempt whose user name failed lately, so that its success clears the failures. */
    static final String FAILED_LATELY = SignInGuard.class.getName() + ".failedLately";
    /** Longest user name kept for counting and in the audit timeline; longer input is cut. */
    static final int MAX_USERNAME = 64;

    private final SignInChannel channel;
    private final String loginPath;
    private final AccountLockouts lockouts;
    private final ClientAddressThrottle throttle;
    private final Clock clock;
    private final ApiProblems problems;

    private SignInGuard(SignInChannel channel, String loginPath, AccountLockouts lockouts,
                        ClientAddressThrottle throttle, Clock clock, ApiProblems problems) {
        this.channel = channel;
        this.loginPath = loginPath;
        this.lockouts = lockouts;
        this.throttle = throttle;
        this.clock = clock;
        this.problems = problems;
    }

    /** Guards the login form posting to {@code loginPath}. */
    public static SignInGuard form(String loginPath, AccountLockouts lockouts, ClientAddressThrottle throttle,
                                   Clock clock) {
        return new SignInGuard(SignInChannel.FORM, loginPath, lockouts, throttle, clock, null);
    }

    /** Guards requests carrying HTTP Basic credentials; a refusal is a problem answer like every API refusal. */
    public static SignInGuard basic(AccountLockouts lockouts, ClientAddressThrottle throttle, Clock clock,
                                    ApiProblems problems) {
        return new SignInGuard(SignInChannel.BASIC, null, lockouts, throttle, clock, problems);
    }

    /** The user name as it is counted and recorded: trimmed, and cut to {@value #MAX_USERNAME} characters. */
    static String name(String typed) {
        String name = typed == null ? "" : typed.strip();
        return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = attemptedUsername(request);
        if (username.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> addressWait = throttle.throttled(request.getRemoteAddr());
        if (addressWait.isPresent()) {
            refuse(request, response, clock.instant().plus(addressWait.get()));
            return;
        }
        AccountLockouts.Standing standing = lockouts.standing(name(username.get()));
        Optional<Instant> lockedUntil = standing.lockedAt(clock.instant());
        if (lockedUntil.isPresent()) {
            refuse(request, response, lockedUntil.get());
            return;
        }
        request.setAttribute(CHANNEL, channel);
        request.setAttribute(FAILED_LATELY, standing.failedLately());
        chain.doFilter(request, response);
    }

    private Optional<String> attemptedUsername(HttpServletRequest request) {
        if (channel == SignInChannel.FORM) {
            boolean loginPost = "POST".equals(request.getMethod())
                                && (request.getContextPath() + loginPath).equals(request.getRequestURI());
            return loginPost ? Optional.of(Objects.requireNonNullElse(request.getParameter("username"), ""))
                             : Optional.empty();
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                                            StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Instant until) throws IOException {
        if (channel == SignInChannel.FORM) {
            response.sendRedirect(request.getContextPath() + loginPath + "?retryAfter=" + until.getEpochSecond());
            return;
        }
        long seconds = Math.max(1, (Duration.between(clock.instant(), until).toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(HttpStatus.TOO_MANY_REQUESTS,
                       new Refusal("signIn.tooManyAttempts", List.of(Long.toString(seconds))), request, response);
    }
}
