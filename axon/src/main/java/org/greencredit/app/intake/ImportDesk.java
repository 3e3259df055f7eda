package org.greencredit.app.intake;

import java.io.OutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.intake.file.FileShape;
import org.greencredit.app.intake.file.ImportFileReader;
import org.greencredit.app.intake.file.ImportTemplates;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.CanonicalJson;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.decisionnumber.DecisionNumbers;
import org.greencredit.domain.intake.ImportChannel;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowResult;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.domain.intake.api.CompleteImport;
import org.greencredit.domain.intake.api.ImportCounts;
import org.greencredit.domain.intake.api.StartImport;
import org.greencredit.ui.intake.ImportPreview;
import org.greencredit.ui.intake.ImportProgress;
import org.greencredit.ui.intake.Imports;
import org.greencredit.ui.intake.TemplateFormat;
import org.greencredit.ui.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * 批量导入: previews and runs imports of files and batches. A preview reads the staged file once and stores
 * nothing; the confirmed import records itself ({@link StartImport}), reads the file again, sends each row's command
 * — the credit file has the last word on each row — and records how the rows ended ({@link CompleteImport}).
 */
@Component
public class ImportDesk implements Imports, SourceBatches, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportDesk.class);

    private final ImportLayouts layouts;
    private final RowMappers mappers;
    private final StoredRecords stored;
    private final DecisionNumbers decisionNumbers;
    private final CommandGateway commandGateway;
    private final ImportStaging staging;
    private final ImportReports reports;
    private final ImportFileReader reader = new ImportFileReader(ImportStaging.MAX_BYTES);
    private final ImportTemplates templates;
    private final ExecutorService runs = Executors.newCachedThreadPool(daemon("import-run"));
    private final ExecutorService workers;
    private final int maxInFlight;
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    public ImportDesk(ImportLayouts layouts, RowMappers mappers, StoredRecords stored, DecisionNumbers decisionNumbers,
                      CommandGateway commandGateway, ImportStaging staging, ImportReports reports,
                      Translations translations, GreenCreditProperties properties) {
        int senders = properties.imports().senders();
        this.templates = new ImportTemplates(translations);
        this.layouts = layouts;
        this.mappers = mappers;
        this.stored = stored;
        this.decisionNumbers = decisionNumbers;
        this.commandGateway = commandGateway;
        this.staging = staging;
        this.reports = reports;
        this.workers = Executors.newFixedThreadPool(senders, daemon("import-send"));
        this.maxInFlight = senders * 8;
    }

    /**
     * Stops the import threads with the application, so that a closing context does not send commands into an
     * Axon configuration that is shutting down; an import cut off this way stays started without a completion.
     */
    @Override
    public void destroy() {
        runs.shutdownNow();
        workers.shutdownNow();
    }

    /** An import running in this process, as its progress is asked for. */
    private static final class Running {

        private final String importId;
        private final int total;
        private final ImportTally tally = new ImportTally();
        private volatile Refusal failure;
        private volatile boolean finished;

        Running(String importId, int total) {
            this.importId = importId;
            this.total = total;
        }
    }

    @Override
    public List<ImportLayout> layouts() {
        return layouts.all();
    }

    @Override
    public void writeTemplate(String layoutName, TemplateFormat format, OutputStream out) {
        ImportLayout layout = layouts.named(layoutName)
                                     .orElseThrow(() -> new RuleViolation("import.layout.unknown", layoutName));
        templates.write(layout, format, out);
    }

    @Override
    public ImportPreview preview(ImportKind kind, String fileName, InputStream content, Actor actor) {
        actor.requireRole(Role.OFFICER);
        if (kind == null) {
            throw new RuleViolation("import.kind.required");
        }
        String id = UUID.randomUUID().toString();
        String name = baseName(fileName);
        ImportStaging.Staged staged = staging.receive(id, name, content);
        try {
            ImportTally tally = new ImportTally();
            List<RowResult> shown = new ArrayList<>();
            int[] problems = {0};
            RowChecks checks = new RowChecks(stored, decisionNumbers);
            ImportPass pass = new ImportPass(mappers, kind, id, checks, actor, verdict -> {
                tally.count(verdict.outcome());
                if (verdict.outcome() == RowOutcome.REFUSED || verdict.outcome() == RowOutcome.CONFLICT) {
                    problems[0]++;
                    if (shown.size() < ImportPreview.SHOWN_PROBLEMS) {
                        shown.add(verdict.result());
                    }
                }
            });
            FileShape shape = reader.read(staged.file(), name, layouts.forKind(kind), pass);
            pass.finish();
            if (pass.rows() == 0) {
                throw new RuleViolation("import.file.noDataRows");
            }
            Properties meta = new Properties();
            meta.setProperty("kind", kind.name());
            meta.setProperty("fileName", name);
            meta.setProperty("size", Long.toString(staged.size()));
            meta.setProperty("sha256", staged.sha256());
            meta.setProperty("rows", Integer.toString(pass.rows()));
            meta.setProperty("actor", actor.id());
            staging.writeMeta(id, meta);
            return new ImportPreview(id, kind, name, staged.size(), staged.sha256(), shape.format(), shape.encoding(),
                                     pass.rows(), tally.newRows(), tally.alreadyRecorded(), tally.conflicts(),
                                     tally.refused(), shown, problems[0] > shown.size());
        } catch (RuntimeException refused) {
            staging.discard(id);
            throw refused;
        }
    }

    @Override
    public String confirm(String previewId, Actor actor) {
        actor.requireRole(Role.OFFICER);
        Properties meta = staging.meta(previewId);
        if (!actor.id().equals(meta.getProperty("actor"))) {
            throw new RuleViolation("import.notYours", previewId);
        }
        staging.markConfirmed(previewId);
        ImportKind kind = ImportKind.valueOf(meta.getProperty("kind"));
        int rows = Integer.parseInt(meta.getProperty("rows"));
        send(new StartImport(previewId, kind, ImportChannel.FILE, meta.getProperty("fileName"),
                             Long.parseLong(meta.getProperty("size")), meta.getProperty("sha256"), rows), actor);
        Running run = new Running(previewId, rows);
        running.put(previewId, run);
        runs.execute(() -> runFile(run, kind, meta.getProperty("fileName"), actor));
        return previewId;
    }

    private void runFile(Running run, ImportKind kind, String fileName, Actor actor) {
        try (ProblemLog log = new ProblemLog(staging.problems(run.importId))) {
            RowDispatcher dispatcher = new RowDispatcher(commandGateway, workers, maxInFlight, actor,
                                                         result -> ended(run.tally, log, result));
            RowChecks checks = new RowChecks(stored, decisionNumbers);
            ImportPass pass = new ImportPass(mappers, kind, run.importId, checks, actor, dispatcher::dispatch);
            try {
                reader.read(staging.file(run.importId), fileName, layouts.forKind(kind), pass);
                pass.finish();
            } finally {
                dispatcher.awaitAll();
            }
        } catch (RuleViolation refused) {
            run.failure = refused.refusal();
        } catch (RuntimeException failed) {
            LOG.error("Import {} stopped", run.importId, failed);
            run.failure = new Refusal("import.failed", List.of());
        } finally {
            complete(run, actor);
        }
    }

    private void complete(Running run, Actor actor) {
        try {
            send(new CompleteImport(run.importId, run.tally.counts(run.total)), actor);
            Properties meta = staging.meta(run.importId);
            ImportCounts counts = run.tally.counts(run.total);
            meta.setProperty("recorded", Integer.toString(counts.recorded()));
            meta.setProperty("alreadyRecorded", Integer.toString(counts.alreadyRecorded()));
            meta.setProperty("conflicts", Integer.toString(counts.conflicts()));
            meta.setProperty("refused", Integer.toString(counts.refused()));
            meta.setProperty("unhandled", Integer.toString(counts.unhandled()));
            staging.writeMeta(run.importId, meta);
        } catch (RuntimeException failed) {
            LOG.error("Import {} could not be completed", run.importId, failed);
            run.failure = new Refusal("import.failed", List.of());
        } finally {
            run.finished = true;
        }
    }

    private static void ended(ImportTally tally, ProblemLog log, RowResult result) {
        if (result.outcome() == RowOutcome.REFUSED || result.outcome() == RowOutcome.CONFLICT) {
            log.add(result);
        }
        tally.count(result.outcome());
    }

    @Override
    public ImportProgress progress(String importId) {
        Running run = running.get(importId);
        if (run != null) {
            ImportTally tally = run.tally;
            return new ImportProgress(importId, run.total, tally.done(), tally.recorded(), tally.alreadyRecorded(),
                                      tally.conflicts(), tally.refused(), run.finished, run.failure);
        }
        Properties meta = staging.meta(importId);
        int total = Integer.parseInt(meta.getProperty("rows"));
        if (meta.getProperty("unhandled") == null) {
            return new ImportProgress(importId, total, 0, 0, 0, 0, 0, true,
                                      new Refusal("import.interrupted", List.of()));
        }
        int recorded = number(meta, "recorded");
        int already = number(meta, "alreadyRecorded");
        int conflicts = number(meta, "conflicts");
        int refused = number(meta, "refused");
        return new ImportProgress(importId, total, recorded + already + conflicts + refused, recorded, already,
                                  conflicts, refused, true, null);
    }

    @Override
    public void writeReport(String importId, Locale locale, OutputStream out) {
        ImportProgress progress = progress(importId);
        if (!progress.finished()) {
            throw new RuleViolation("import.notFinished", importId);
        }
        Properties meta = staging.meta(importId);
        reports.write(meta, progress, layouts.forKind(ImportKind.valueOf(meta.getProperty("kind"))),
                      staging.problems(importId), locale, out);
    }

    @Override
    public BatchResult submit(ImportKind kind, String batchName, List<SourceRow> rows, Actor actor) {
        actor.requireRole(Role.OFFICER, Role.SOURCE_SYSTEM);
        if (kind != ImportKind.FACTS) {
            throw new RuleViolation("actor.notPermitted", actor.role());
        }
        if (rows.isEmpty()) {
            throw new RuleViolation("import.file.noDataRows");
        }
        String importId = UUID.randomUUID().toString();
        List<RowVerdict> verdicts = new ArrayList<>();
        ImportPass pass = new ImportPass(mappers, kind, importId, new RowChecks(stored, decisionNumbers), actor,
                                         verdicts::add);
        rows.forEach(pass);
        pass.finish();
        if (verdicts.stream().noneMatch(RowVerdict::send)) {
            return new BatchResult(null, verdicts.stream().map(RowVerdict::result).toList());
        }
        byte[] content = CanonicalJson.write(rows).getBytes(StandardCharsets.UTF_8);
        send(new StartImport(importId, kind, ImportChannel.API, batchName, content.length, sha256(content),
                             verdicts.size()), actor);
        List<RowResult> results = Collections.synchronizedList(new ArrayList<>());
        ImportTally tally = new ImportTally();
        RowDispatcher dispatcher = new RowDispatcher(commandGateway, workers, maxInFlight, actor, result -> {
            tally.count(result.outcome());
            results.add(result);
        });
        try {
            verdicts.forEach(dispatcher::dispatch);
        } finally {
            dispatcher.awaitAll();
            send(new CompleteImport(importId, tally.counts(verdicts.size())), actor);
        }
        List<RowResult> ordered = new ArrayList<>(results);
        ordered.sort(java.util.Comparator.comparingInt(RowResult::rowNumber));
        return new BatchResult(importId, ordered);
    }

    private void send(Object command, Actor actor) {
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData()));
        } catch (CommandExecutionException refused) {
            throw refused.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                         .map(refusal -> new RuleViolation(refusal.messageKey(), refusal.arguments().toArray()))
                         .orElseThrow(() -> refused);
        }
    }

    private static int number(Properties meta, String key) {
        return Integer.parseInt(meta.getProperty(key, "0"));
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new RuleViolation("import.fileName.invalid", 255);
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 255) {
            throw new RuleViolation("import.fileName.invalid", 255);
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                                                                  .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
