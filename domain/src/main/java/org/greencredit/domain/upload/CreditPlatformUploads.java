package org.greencredit.domain.upload;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.cycle.CyclePhase;
import org.greencredit.domain.upload.api.ProduceResultsUpload;
import org.greencredit.domain.upload.api.ResultsUploadProduced;

/**
 * 信用平台上传: the uploads of one cycle's published results to the district public credit platform (信用通州), in
 * the order they were produced. The first is FULL; later changes of published results (a dynamic adjustment, a
 * review, a repair) go out as INCREMENTAL uploads, each built on the cycle's latest upload — so two officers
 * comparing against the same upload cannot both send the same changes: the second is refused and compares again.
 * What the files hold is the application's (it reads the read models and the kept files); this aggregate keeps
 * the record of what was produced, by whom and when, and the rules of the sequence.
 */
public class CreditPlatformUploads {

    private static final String PREFIX = "platform-upload:";
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,120}");
    private static final Set<CyclePhase> PUBLISHED = EnumSet.of(CyclePhase.PUBLISHED, CyclePhase.CLOSED);

    @AggregateIdentifier
    private String uploadsId;
    private String latestUploadId;
    private int produced;
    private final Set<String> uploadIds = new HashSet<>();

    protected CreditPlatformUploads() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** The id of the stream that records the uploads of a cycle. */
    public static String idOf(String cycleId) {
        return PREFIX + cycleId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ProduceResultsUpload command, Actor actor, CyclePhases phases, Clock clock) {
        actor.requireRole(Role.OFFICER, Role.ADMIN);
        CyclePhase phase = phases.phaseOf(command.cycleId())
                                 .orElseThrow(() -> new RuleViolation("cycle.notFound", command.cycleId()));
        if (!PUBLISHED.contains(phase)) {
            throw new RuleViolation("upload.cycleNotPublished", command.cycleId(), "cyclePhase." + phase);
        }
        if (command.uploadId() == null || !UUID_FORM.matcher(command.uploadId()).matches()) {
            throw new RuleViolation("upload.id.invalid", String.valueOf(command.uploadId()));
        }
        if (uploadIds.contains(command.uploadId())) {
            throw new RuleViolation("upload.alreadyProduced", command.uploadId());
        }
        if (command.kind() == null) {
            throw new RuleViolation("upload.kind.required");
        }
        requireBase(command);
        if (command.rows() < 0 || command.gradeCounts() == null
                || command.gradeCounts().values().stream().anyMatch(count -> count == null || count < 0)
                || command.gradeCounts().values().stream().mapToInt(Integer::intValue).sum() != command.rows()) {
            throw new RuleViolation("upload.counts.mismatch", command.rows());
        }
        if (command.rows() == 0) {
            throw new RuleViolation(command.kind() == UploadKind.FULL ? "upload.noResults" : "upload.nothingChanged",
                                    command.cycleId());
        }
        requireFiles(command.files());
        if (command.producedAt() == null || command.producedAt().isAfter(clock.instant())) {
            throw new RuleViolation("upload.producedAt.invalid");
        }
        apply(new ResultsUploadProduced(command.cycleId(), command.uploadId(), produced + 1, command.kind(),
                                        command.baseUploadId(), command.indicatorSystem(),
                                        command.indicatorVersion(), command.versionHash(), command.rows(),
                                        new TreeMap<>(command.gradeCounts()), List.copyOf(command.files()),
                                        actor.id(), command.producedAt()));
    }

    /** A FULL upload stands alone; an INCREMENTAL one names the cycle's latest upload as the one it builds on. */
    private void requireBase(ProduceResultsUpload command) {
        if (command.kind() == UploadKind.FULL) {
            if (command.baseUploadId() != null) {
                throw new RuleViolation("upload.base.notForFull");
            }
            return;
        }
        if (latestUploadId == null) {
            throw new RuleViolation("upload.noFullUpload", command.cycleId());
        }
        if (!latestUploadId.equals(command.baseUploadId())) {
            throw new RuleViolation("upload.base.outdated", String.valueOf(command.baseUploadId()), latestUploadId);
        }
    }

    private static void requireFiles(List<UploadFile> files) {
        if (files == null || files.size() != UploadFormat.values().length
                || files.stream().map(UploadFile::format).distinct().count() != UploadFormat.values().length) {
            throw new RuleViolation("upload.files.incomplete");
        }
        for (UploadFile file : files) {
            if (file.name() == null || !FILE_NAME.matcher(file.name()).matches() || file.sizeBytes() < 1
                    || file.sha256() == null || !SHA_256.matcher(file.sha256()).matches()) {
                throw new RuleViolation("upload.file.invalid", String.valueOf(file.name()));
            }
        }
    }

    @EventSourcingHandler
    void on(ResultsUploadProduced event) {
        uploadsId = idOf(event.cycleId());
        latestUploadId = event.uploadId();
        produced = event.sequence();
        uploadIds.add(event.uploadId());
    }
}
