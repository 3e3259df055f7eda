package org.greencredit.app.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * How the REST API says no: every failure, expected or not, is a problem written by {@link ApiProblems} with a
 * message key, its arguments and the reason in the caller's language. An unexpected failure is logged here with its
 * stack trace and answered with a 500 that says nothing of its cause.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiProblems problems;

    public ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    /**
     * A command refused by a business rule: 422; 403 when the actor may not send it; 404 when what it acts on does
     * not exist. A failure that is not a refusal is unexpected: 500.
     */
    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<ProblemDetail> refused(CommandExecutionException exception, HttpServletRequest request) {
        return exception.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                        .map(refusal -> problems.answer(statusOf(refusal), refusal, request))
                        .orElseGet(() -> unexpected(exception, request, "command.failed"));
    }

    /** Refused by a rule outside the command bus (a query, a rebuild, reading a credit file). */
    @ExceptionHandler(RuleViolation.class)
    public ResponseEntity<ProblemDetail> refused(RuleViolation violation, HttpServletRequest request) {
        return problems.answer(statusOf(violation.refusal()), violation.refusal(), request);
    }

    /** 409: another command changed the same credit file (or claimed the same number) at the same moment. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ResponseEntity<ProblemDetail> conflict(AxonException exception, HttpServletRequest request) {
        return problems.answer(HttpStatus.CONFLICT, new Refusal("command.concurrentChange", List.of()), request);
    }

    /** 400: the body is not JSON, or not of the expected shape; names the field and the value it could not take. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> malformed(HttpMessageNotReadableException exception,
                                                   HttpServletRequest request) {
        RuleViolation violation = ruleViolationIn(exception);
        if (violation != null) {
            return refused(violation, request);
        }
        return problems.answer(HttpStatus.BAD_REQUEST, unreadable(exception.getCause()), request);
    }

    /** 400: a path variable or query parameter of the wrong kind. */
    @ExceptionHandler(TypeMismatchException.class)
    public ResponseEntity<ProblemDetail> mismatched(TypeMismatchException exception, HttpServletRequest request) {
        return problems.answer(HttpStatus.BAD_REQUEST, new Refusal("request.invalidValue", List.of(
                String.valueOf(exception.getPropertyName()), String.valueOf(exception.getValue()))), request);
    }

    /** Spring MVC's own refusals (405, 415, 406, 404, a missing parameter) keep their status and headers. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> other(Exception exception, HttpServletRequest request) {
        if (exception instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return problems.answer(known.getStatusCode(), refusalOf(known), request, known.getHeaders());
        }
        return unexpected(exception, request, "server.error");
    }

    private ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request, String key) {
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), exception);
        return problems.answer(HttpStatus.INTERNAL_SERVER_ERROR, new Refusal(key, List.of()), request);
    }

    private static Refusal refusalOf(ErrorResponse known) {
        if (known instanceof HttpRequestMethodNotSupportedException method) {
            return new Refusal("request.methodNotAllowed", List.of(method.getMethod()));
        }
        if (known instanceof HttpMediaTypeNotSupportedException media) {
            return new Refusal("request.unsupportedMediaType", List.of(String.valueOf(media.getContentType())));
        }
        if (known instanceof HttpMediaTypeNotAcceptableException) {
            return new Refusal("request.notAcceptable", List.of());
        }
        if (known instanceof NoResourceFoundException missing) {
            return new Refusal("request.notFound", List.of("/" + missing.getResourcePath()));
        }
        if (known instanceof NoHandlerFoundException missing) {
            return new Refusal("request.notFound", List.of(missing.getRequestURL()));
        }
        if (known instanceof MissingServletRequestParameterException parameter) {
            return new Refusal("request.missingParameter", List.of(parameter.getParameterName()));
        }
        return new Refusal(known.getStatusCode().value() == 404 ? "request.notFound" : "request.malformed",
                           List.of());
    }

    private static Refusal unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new Refusal("request.unknownField", List.of(path(unknown)));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return new Refusal("request.invalidValue", List.of(path(invalid), String.valueOf(invalid.getValue())));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return new Refusal("request.invalidField", List.of(path(mismatched)));
        }
        if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return new Refusal("request.duplicateField", List.of(duplicateName(parse.getOriginalMessage())));
        }
        if (cause == null) {
            return new Refusal("request.bodyMissing", List.of());
        }
        return new Refusal("request.malformed", List.of());
    }

    /** Jackson names the repeated key only in its message: {@code Duplicate field 'name'}. */
    private static String duplicateName(String message) {
        int open = message.indexOf('\'');
        int close = message.lastIndexOf('\'');
        return open >= 0 && close > open ? message.substring(open + 1, close) : "";
    }

    /** A record that refuses its own arguments while being read. */
    private static RuleViolation ruleViolationIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation;
            }
        }
        return null;
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                        .map(reference -> reference.getFieldName() != null
                                ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                        .collect(Collectors.joining("."));
    }

    static HttpStatus statusOf(Refusal refusal) {
        String key = refusal.messageKey();
        if (key.startsWith("actor.")) {
            return HttpStatus.FORBIDDEN;
        }
        if (key.endsWith(".notFound") || key.equals("projection.unknown")) {
            return HttpStatus.NOT_FOUND;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
