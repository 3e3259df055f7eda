package org.greencredit.ui.dataerror;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.projections.dataerror.DataErrorReportSummary;

/**
 * The evidence files of a report as download links. The file is handed out by the desk at the moment of the
 * download, for the user signed in then, so a link is no key: a viewer who may not see the report gets a 403.
 */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    static Div of(DataErrorReportSummary report, DataErrorDesk desk, Supplier<Actor> viewer) {
        Div links = new Div();
        links.addClassName("data-error-evidence");
        for (DataErrorReportSummary.Evidence file : report.evidence()) {
            Anchor link = new Anchor(download(report.reportId(), file.sha256(), desk, viewer), file.name());
            link.setId("data-error-evidence-" + file.sha256().substring(0, 12));
            link.getElement().setAttribute("title", file.name() + " · " + file.sizeBytes() + " B · SHA-256 "
                                                    + file.sha256());
            links.add(link, new Span(" "));
        }
        return links;
    }

    private static DownloadHandler download(String reportId, String sha256, DataErrorDesk desk,
                                            Supplier<Actor> viewer) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                DataErrorDesk.EvidenceDownload file = desk.evidence(viewer.get(), reportId, sha256);
                return new DownloadResponse(Files.newInputStream(file.content()), file.name(), file.mediaType(),
                                            Files.size(file.content()));
            } catch (RuleViolation refused) {
                return DownloadResponse.error(403);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
