package org.greencredit.app.api;

import java.net.URI;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.app.security.ApiUser;
import org.springframework.security.core.Authentication;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Machine interface for registering enterprises (bulk loads, other systems). A 201 answer means the events are
 * stored: the command was handled and its unit of work committed. Refusals are answered by {@link ApiErrors}.
 */
@RestController
@RequestMapping("/api/enterprises")
public class EnterpriseApi {

    private final CommandGateway commandGateway;

    public EnterpriseApi(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    public ResponseEntity<Void> register(@RequestBody RegisterEnterprise command, Authentication authentication) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                        .andMetaData(ApiUser.actor(authentication).asMetaData()));
        return ResponseEntity.created(URI.create("/api/enterprises/" + command.creditCode())).build();
    }
}
