package org.greencredit.app.api.intake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.domain.common.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The refusal is sent with its length and {@code Connection: close} and flushed at once: the server drops the
 * connection rather than read the rest of the body, and a client must have the whole answer before that.
 *
 * <p>A batch's body is read whole before its records can be counted, so its size is bounded first: a declared length
 * above {@value #MAX_MEGABYTES} MiB is refused with 413 before anything is read. A thousand records of ordinary facts
 * take well under 2 MiB. A body sent in chunks, without a declared length, is not bounded here (HTTP clients declare
 * the length of a body they hold).
 */
class IntakeBodyLimit extends OncePerRequestFilter {

    static final int MAX_MEGABYTES = 16;
    private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    private final ApiProblems problems;

    IntakeBodyLimit(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper(response);
            problems.write(HttpStatus.PAYLOAD_TOO_LARGE, new Refusal("intake.body.tooLarge",
                                                                     List.of(String.valueOf(MAX_MEGABYTES))),
                           request, whole);
            response.setHeader(HttpHeaders.CONNECTION, "close");
            whole.copyBodyToResponse();
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }
}
