package org.greencredit.app.api;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the REST API says no. Every answer names a message key ({@code title}) and its {@code arguments}, the same
 * keys the web UI translates, so a caller can show the reason in the user's language.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors {

    /** 422: the command was understood and refused by a business rule; 403 when the actor may not send it. */
    @ExceptionHandler(CommandExecutionException.class)
    public ProblemDetail refused(CommandExecutionException exception) {
        Refusal refusal = exception.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                                   .orElseGet(() -> new Refusal("command.failed", List.of()));
        return problem(statusOf(refusal), refusal);
    }

    /** 403 when the actor may not do this, else 422: refused by a rule outside the command bus (a query, a rebuild). */
    @ExceptionHandler(RuleViolation.class)
    public ProblemDetail refused(RuleViolation violation) {
        return problem(statusOf(violation.refusal()), violation.refusal());
    }

    /** 409: another command changed the same credit file (or claimed the same number) at the same moment. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ProblemDetail conflict(AxonException exception) {
        return problem(HttpStatus.CONFLICT, new Refusal("command.concurrentChange", List.of()));
    }

    /** 400: the request body is not JSON of the expected shape; names the field and the value it could not take. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail malformed(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof InvalidFormatException invalid) {
            return problem(HttpStatus.BAD_REQUEST, new Refusal("request.invalidValue",
                                                               List.of(path(invalid), String.valueOf(invalid.getValue()))));
        }
        if (exception.getCause() instanceof MismatchedInputException mismatched) {
            return problem(HttpStatus.BAD_REQUEST, new Refusal("request.invalidField", List.of(path(mismatched))));
        }
        return problem(HttpStatus.BAD_REQUEST, new Refusal("request.malformed", List.of()));
    }

    private static String path(MismatchedInputException exception) {
        return exception.getPath().stream()
                        .map(reference -> reference.getFieldName() != null
                                ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                        .collect(Collectors.joining("."));
    }

    private static HttpStatus statusOf(Refusal refusal) {
        return refusal.messageKey().startsWith("actor.") ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static ProblemDetail problem(HttpStatus status, Refusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(refusal.messageKey());
        problem.setProperty("arguments", refusal.arguments());
        return problem;
    }
}
