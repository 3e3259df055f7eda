package org.greencredit.app.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.greencredit.domain.common.Refusal;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.i18n.Translations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;

/**
 * How every refusal of the REST API is written: an RFC 9457 problem ({@code application/problem+json}) whose
 * {@code key} and {@code arguments} are the message key and arguments the web UI translates, for programs, and
 * whose {@code title} (the status) and {@code detail} (the reason) are in the caller's language, taken from
 * {@code Accept-Language} — Simplified Chinese unless English is asked for, as in the web UI — from the same bundles.
 */
@Component
public class ApiProblems {

    private static final List<Locale> LANGUAGES = List.of(Translations.CHINESE, Translations.ENGLISH);

    private final Translations translations;
    private final MappingJackson2HttpMessageConverter json;

    public ApiProblems(Translations translations, MappingJackson2HttpMessageConverter json) {
        this.translations = translations;
        this.json = json;
    }

    public ResponseEntity<ProblemDetail> answer(HttpStatusCode status, Refusal refusal, HttpServletRequest request) {
        return answer(status, refusal, request, HttpHeaders.EMPTY);
    }

    public ResponseEntity<ProblemDetail> answer(HttpStatusCode status, Refusal refusal, HttpServletRequest request,
                                                HttpHeaders headers) {
        Locale language = languageOf(request);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                             .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                             .body(problem(status, refusal, language));
    }

    /** For answers given outside Spring MVC (the security filters, unknown routes). */
    public void write(HttpStatus status, Refusal refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Locale language = languageOf(request);
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        json.write(problem(status, refusal, language), MediaType.APPLICATION_PROBLEM_JSON,
                   new ServletServerHttpResponse(response));
    }

    /** The refusal's sentence in the given language, as a problem's {@code detail} says it. */
    public String message(Refusal refusal, Locale language) {
        return RefusalMessages.of(refusal, translations, language);
    }

    private ProblemDetail problem(HttpStatusCode status, Refusal refusal, Locale language) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        String title = translations.getTranslation("problem.status." + status.value(), language);
        if (!title.startsWith("!")) {
            problem.setTitle(title);
        }
        problem.setDetail(message(refusal, language));
        problem.setProperty("key", refusal.messageKey());
        problem.setProperty("arguments", refusal.arguments());
        return problem;
    }

    /** The best of the two languages the caller accepts; Chinese when it names neither or the header is malformed. */
    public static Locale languageOf(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Translations.CHINESE;
        }
        try {
            List<Locale> accepted = Locale.filter(Locale.LanguageRange.parse(header), LANGUAGES);
            return accepted.isEmpty() ? Translations.CHINESE : accepted.get(0);
        } catch (IllegalArgumentException malformed) {
            return Translations.CHINESE;
        }
    }
}
