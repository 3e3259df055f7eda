package org.greencredit.app.dataerror;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.dataerror.CreditFileFacts;
import org.greencredit.domain.dataerror.EvidenceFile;
import org.greencredit.domain.dataerror.FactCorrection;
import org.greencredit.domain.dataerror.api.ReportDataError;
import org.greencredit.domain.dataerror.api.ResolveDataErrorByCorrection;
import org.greencredit.projections.dataerror.DataErrorReportList;
import org.greencredit.projections.dataerror.DataErrorReportSummary;
import org.greencredit.projections.dataerror.FindDataErrorReport;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.dataerror.DataErrorDesk;
import org.springframework.stereotype.Component;

/**
 * The data error views' port: evidence kept beside the report's event, handed out only to those who may see the
 * enterprise's reports, and the resolving correction found in the credit file itself.
 */
@Component
public class DataErrorService implements DataErrorDesk {

    private final EvidenceStore store;
    private final CommandClient commands;
    private final QueryGateway queries;
    private final CreditFileFacts files;

    public DataErrorService(EvidenceStore store, CommandClient commands, QueryGateway queries, CreditFileFacts files) {
        this.store = store;
        this.commands = commands;
        this.queries = queries;
        this.files = files;
    }

    @Override
    public void report(String creditCode, String factId, String reason, List<EvidenceUpload> uploads) {
        if (uploads.size() > EvidenceFile.MAX_FILES) {
            throw new RuleViolation("dataError.evidence.tooMany", EvidenceFile.MAX_FILES);
        }
        List<EvidenceStore.Kept> kept = new ArrayList<>();
        try {
            for (EvidenceUpload upload : uploads) {
                try (InputStream in = Files.newInputStream(upload.content())) {
                    kept.add(store.keep(creditCode, upload.fileName(), in));
                }
            }
            commands.send(new ReportDataError(creditCode, factId, reason,
                                              kept.stream().map(EvidenceStore.Kept::file).toList()));
        } catch (IOException e) {
            kept.forEach(store::discard);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            kept.forEach(store::discard);
            throw refused;
        }
    }

    @Override
    public EvidenceDownload evidence(Actor viewer, String reportId, String sha256) {
        DataErrorReportSummary report = report(reportId);
        viewer.requireRole(Role.ENTERPRISE, Role.OFFICER, Role.AUDITOR, Role.ADMIN);
        viewer.requireOwnFileIfEnterprise(report.creditCode());
        DataErrorReportSummary.Evidence file = report.evidence().stream().filter(e -> e.sha256().equals(sha256))
                                                  .findFirst()
                                                  .orElseThrow(() -> new RuleViolation("dataError.evidence.notFound"));
        return store.file(report.creditCode(), sha256)
                    .map(path -> new EvidenceDownload(file.name(), file.mediaType(), path))
                    .orElseThrow(() -> new RuleViolation("dataError.evidence.notFound"));
    }

    @Override
    public void resolveWithLatestCorrection(String reportId, String note) {
        DataErrorReportSummary report = report(reportId);
        FactCorrection correction = files.of(report.creditCode())
                                         .flatMap(file -> file.latestCorrectionAfter(report.factId(),
                                                                                     report.fileSequence()))
                                         .orElseThrow(() -> new RuleViolation("dataError.correction.none"));
        commands.send(new ResolveDataErrorByCorrection(report.creditCode(), reportId, correction.sequence(), note));
    }

    private DataErrorReportSummary report(String reportId) {
        return queries.query(new FindDataErrorReport(reportId), DataErrorReportList.class).join().reports().stream()
                      .findFirst().orElseThrow(() -> new RuleViolation("dataError.notFound"));
    }
}
