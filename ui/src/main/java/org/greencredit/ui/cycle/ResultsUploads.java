package org.greencredit.ui.cycle;

import java.io.OutputStream;
import java.util.List;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.upload.UploadKind;
import org.greencredit.domain.upload.api.ResultsUploadProduced;

/**
 * 上传信用平台 and 公告 as the cycle view uses them: the uploads of a cycle's published results, producing a full or
 * incremental one, downloading a kept file, and the annual announcement as a PDF. Refusals are
 * {@code RuleViolation}s naming the reason.
 */
public interface ResultsUploads {

    /** The uploads of the cycle, oldest first. */
    List<ResultsUploadProduced> uploads(String cycleId);

    ResultsUploadProduced produce(String cycleId, UploadKind kind, Actor actor);

    /** Writes a kept file of an upload, exactly as produced (checked against its recorded SHA-256). */
    void writeFile(String cycleId, String uploadId, String fileName, OutputStream out);

    /** The annual announcement (公告) of a published cycle as a printable PDF. */
    void writeAnnouncement(String cycleId, OutputStream out);
}
