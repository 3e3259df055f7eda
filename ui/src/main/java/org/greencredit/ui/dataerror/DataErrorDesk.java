package org.greencredit.ui.dataerror;

import java.nio.file.Path;
import java.util.List;
import org.greencredit.domain.actor.Actor;

/**
 * What the data error views need of the application besides commands and queries: keeping evidence files with a
 * report, handing them out to those who may see them, and finding the correction that resolves a report.
 */
public interface DataErrorDesk {

    /**
     * Checks the uploaded files (type by content, size, not empty), keeps them under their SHA-256 and sends the
     * report as the current user. If a file or the report is refused, the files this call kept are removed again,
     * so nothing stays of a refused report.
     */
    void report(String creditCode, String factId, String reason, List<EvidenceUpload> files);

    /** An evidence file of a report for {@code viewer}: refused unless the viewer may see that enterprise's reports. */
    EvidenceDownload evidence(Actor viewer, String reportId, String sha256);

    /**
     * Resolves an open report with the latest correction of its fact made since it was reported (refused when there
     * is none), as the current user.
     */
    void resolveWithLatestCorrection(String reportId, String note);

    /** A file as uploaded: the name the browser gave and where it waits. */
    record EvidenceUpload(String fileName, Path content) {
    }

    /** A stored evidence file: its name as uploaded, its media type and where its bytes are. */
    record EvidenceDownload(String name, String mediaType, Path content) {
    }
}
