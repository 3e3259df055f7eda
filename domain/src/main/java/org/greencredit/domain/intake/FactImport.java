package org.greencredit.domain.intake;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.api.CompleteImport;
import org.greencredit.domain.intake.api.ImportCompleted;
import org.greencredit.domain.intake.api.ImportStarted;
import org.greencredit.domain.intake.api.StartImport;

/**
 * 导入批次: one import of enterprises or facts, as the audit trail knows it — who brought which file or batch in,
 * and how its rows ended. The rows themselves become events of the credit files, each naming this import.
 */
public class FactImport {

    public static final int MAX_FILE_NAME_LENGTH = 255;
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private String importId;
    private String startedBy;
    private int rows;
    private boolean completed;

    protected FactImport() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StartImport command, Actor actor) {
        if (importId != null) {
            throw new RuleViolation("import.alreadyStarted", importId);
        }
        if (command.importId() == null || !UUID_FORM.matcher(command.importId()).matches()) {
            throw new RuleViolation("import.id.invalid", String.valueOf(command.importId()));
        }
        if (command.kind() == null || command.channel() == null) {
            throw new RuleViolation("import.kind.required");
        }
        requireMayImport(actor, command.kind(), command.channel());
        if (command.channel() == ImportChannel.FILE) {
            requireFileName(command.fileName());
        } else if (command.fileName() != null && command.fileName().length() > MAX_FILE_NAME_LENGTH) {
            throw new RuleViolation("import.fileName.invalid", MAX_FILE_NAME_LENGTH);
        }
        if (command.sizeBytes() < 1) {
            throw new RuleViolation("import.sizeBytes.invalid");
        }
        if (command.sha256() == null || !SHA_256.matcher(command.sha256()).matches()) {
            throw new RuleViolation("import.sha256.invalid");
        }
        if (command.rows() < 1) {
            throw new RuleViolation("import.file.noDataRows");
        }
        apply(new ImportStarted(command.importId(), command.kind(), command.channel(), command.fileName(),
                                command.sizeBytes(), command.sha256(), command.rows(), actor.id()));
    }

    @CommandHandler
    void handle(CompleteImport command, Actor actor) {
        if (completed) {
            throw new RuleViolation("import.alreadyCompleted", importId);
        }
        if (actor.role() != Role.SYSTEM && !actor.id().equals(startedBy)) {
            throw new RuleViolation("import.notYours", importId);
        }
        if (command.counts() == null || command.counts().anyNegative() || command.counts().total() != rows) {
            throw new RuleViolation("import.counts.mismatch", rows);
        }
        apply(new ImportCompleted(importId, command.counts()));
    }

    private static void requireMayImport(Actor actor, ImportKind kind, ImportChannel channel) {
        if (actor.role() == Role.SOURCE_SYSTEM) {
            if (channel != ImportChannel.API || kind != ImportKind.FACTS) {
                throw new RuleViolation("actor.notPermitted", actor.role());
            }
            return;
        }
        actor.requireRole(Role.OFFICER);
    }

    private static void requireFileName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.length() > MAX_FILE_NAME_LENGTH
                || fileName.contains("/") || fileName.contains("\\")) {
            throw new RuleViolation("import.fileName.invalid", MAX_FILE_NAME_LENGTH);
        }
    }

    @EventSourcingHandler
    void on(ImportStarted event) {
        importId = event.importId();
        startedBy = event.importedBy();
        rows = event.rows();
    }

    @EventSourcingHandler
    void on(ImportCompleted event) {
        completed = true;
    }
}
