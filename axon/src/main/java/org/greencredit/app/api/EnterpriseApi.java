package org.greencredit.app.api;

import java.net.URI;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Machine interface for registering enterprises (bulk loads, other systems). A 201 answer means the events are
 * stored: the command was handled and its unit of work committed.
 */
@RestController
@RequestMapping("/api/enterprises")
public class EnterpriseApi {

    private final CommandGateway commandGateway;

    public EnterpriseApi(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    public ResponseEntity<Void> register(@RequestBody RegisterEnterprise command) {
        commandGateway.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/enterprises/" + command.creditCode())).build();
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ProblemDetail refused(CommandExecutionException exception) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        exception.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast).ifPresent(refusal -> {
            problem.setTitle(refusal.messageKey());
            problem.setProperty("arguments", refusal.arguments());
        });
        return problem;
    }
}
