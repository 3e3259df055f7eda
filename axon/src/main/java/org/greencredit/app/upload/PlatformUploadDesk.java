package org.greencredit.app.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.upload.UploadFile;
import org.greencredit.domain.upload.UploadFormat;
import org.greencredit.domain.upload.UploadKind;
import org.greencredit.domain.upload.api.ProduceResultsUpload;
import org.greencredit.domain.upload.api.ResultsUploadProduced;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.ui.cycle.ResultsUploads;

/**
 * Produces the uploads of a cycle's published results for the district public credit platform (信用通州) and the
 * annual announcement. A full upload holds every effective published result; an incremental one only the
 * enterprises whose result differs from what the cycle's uploads since its latest full one carried — read back from
 * the kept JSON files, each checked against the SHA-256 its event recorded. The files are written under the upload's
 * id, then the upload is recorded ({@link ProduceResultsUpload}); a refused upload's files are removed.
 */
public class PlatformUploadDesk implements ResultsUploads {

    private final PublishedResults results;
    private final UploadHistory history;
    private final UploadStore store;
    private final CommandGateway commands;
    private final AnnouncementPdf announcements;
    private final Clock clock;

    PlatformUploadDesk(PublishedResults results, UploadHistory history, UploadStore store, CommandGateway commands,
                       AnnouncementPdf announcements, Clock clock) {
        this.results = results;
        this.history = history;
        this.store = store;
        this.commands = commands;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    public List<ResultsUploadProduced> uploads(String cycleId) {
        return history.of(cycleId);
    }

    @Override
    public ResultsUploadProduced produce(String cycleId, UploadKind kind, Actor actor) {
        PublishedResults.Results current = results.of(results.cycle(cycleId));
        List<ResultsUploadProduced> earlier = history.of(cycleId);
        List<UploadRow> rows = kind == UploadKind.FULL
                ? current.rows().stream().map(row -> new UploadRow(ChangeType.ADDED, row)).toList()
                : changedSince(carried(earlier), current.rows());
        String uploadId = UUID.randomUUID().toString();
        String baseUploadId = kind == UploadKind.FULL || earlier.isEmpty() ? null
                : earlier.get(earlier.size() - 1).uploadId();
        int sequence = earlier.size() + 1;
        Instant producedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate created = current.cycle().publishedOn() != null ? current.cycle().publishedOn()
                : current.cycle().periodTo();
        String stem = "%s-%02d-%s".formatted(cycleId, sequence, kind == UploadKind.FULL ? "full" : "incremental");
        List<UploadFile> files = new ArrayList<>();
        try {
            files.add(keep(uploadId, stem + ".xlsx", UploadFormat.XLSX, UploadFileWriters.xlsx(rows, created)));
            files.add(keep(uploadId, stem + ".csv", UploadFormat.CSV, UploadFileWriters.csv(rows)));
            files.add(keep(uploadId, stem + ".json", UploadFormat.JSON,
                           UploadFileWriters.json(cycleId, kind.name(), rows)));
            Map<String, Integer> gradeCounts = gradeCounts(rows);
            byte[] manifest = UploadManifest.write(new UploadManifest.Content(
                    uploadId, sequence, kind.name(), baseUploadId, current.cycle(), current.versionHash(),
                    results.authority(), rows.size(), gradeCounts, changeCounts(rows), List.copyOf(files), actor.id(),
                    producedAt));
            files.add(keep(uploadId, stem + "-manifest.json", UploadFormat.MANIFEST, manifest));
            ProduceResultsUpload command = new ProduceResultsUpload(
                    cycleId, uploadId, kind, baseUploadId, current.cycle().indicatorSystem(),
                    current.cycle().indicatorVersion(), current.versionHash(), rows.size(), gradeCounts, files,
                    producedAt);
            send(command, actor);
        } catch (RuntimeException refused) {
            store.discard(uploadId);
            throw refused;
        }
        return history.of(cycleId).stream().filter(upload -> upload.uploadId().equals(uploadId)).findFirst()
                      .orElseThrow();
    }

    /** What the platform holds for the cycle: the latest full upload, then each later one applied in turn. */
    private Map<String, ResultRow> carried(List<ResultsUploadProduced> earlier) {
        int lastFull = -1;
        for (int i = 0; i < earlier.size(); i++) {
            if (earlier.get(i).kind() == UploadKind.FULL) {
                lastFull = i;
            }
        }
        Map<String, ResultRow> carried = new HashMap<>();
        for (ResultsUploadProduced upload : earlier.subList(Math.max(lastFull, 0), earlier.size())) {
            UploadFile json = upload.files().stream().filter(file -> file.format() == UploadFormat.JSON).findFirst()
                                    .orElseThrow();
            UploadFileWriters.readJson(store.read(upload, json))
                             .forEach(row -> carried.put(row.result().creditCode(), row.result()));
        }
        return carried;
    }

    private static List<UploadRow> changedSince(Map<String, ResultRow> carried, List<ResultRow> current) {
        List<UploadRow> changed = new ArrayList<>();
        for (ResultRow row : current) {
            ResultRow before = carried.get(row.creditCode());
            if (before == null) {
                changed.add(new UploadRow(ChangeType.ADDED, row));
            } else if (!before.equals(row)) {
                changed.add(new UploadRow(ChangeType.CHANGED, row));
            }
        }
        return changed;
    }

    private UploadFile keep(String uploadId, String name, UploadFormat format, byte[] content) {
        store.write(uploadId, name, content);
        return new UploadFile(name, format, content.length, UploadStore.sha256(content));
    }

    private static Map<String, Integer> gradeCounts(List<UploadRow> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(row.result().grade(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> changeCounts(List<UploadRow> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ChangeType type : ChangeType.values()) {
            counts.put(type.label(), (int) rows.stream().filter(row -> row.changeType() == type).count());
        }
        return counts;
    }

    private void send(Object command, Actor actor) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData()));
        } catch (CommandExecutionException e) {
            Refusal refusal = e.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                               .orElseThrow(() -> e);
            throw new RuleViolation(refusal.messageKey(), refusal.arguments().toArray());
        }
    }

    @Override
    public void writeFile(String cycleId, String uploadId, String fileName, OutputStream out) {
        ResultsUploadProduced upload = history.of(cycleId).stream()
                                              .filter(candidate -> candidate.uploadId().equals(uploadId)).findFirst()
                                              .orElseThrow(() -> new RuleViolation("upload.notFound", uploadId));
        UploadFile file = upload.files().stream().filter(candidate -> candidate.name().equals(fileName)).findFirst()
                                .orElseThrow(() -> new RuleViolation("upload.notFound", fileName));
        try {
            out.write(store.read(upload, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeAnnouncement(String cycleId, OutputStream out) {
        CycleSummary cycle = results.cycle(cycleId);
        if (!cycle.gradesPublished()) {
            throw new RuleViolation("upload.cycleNotPublished", cycleId, "cyclePhase." + cycle.phase());
        }
        announcements.write(cycle, results.of(cycle).rows(), results.authority(), BusinessDay.today(clock), out);
    }
}
