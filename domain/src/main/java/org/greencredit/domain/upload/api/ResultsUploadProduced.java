package org.greencredit.domain.upload.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.upload.UploadFile;
import org.greencredit.domain.upload.UploadKind;

/**
 * 信用平台上传文件已生成: who produced which upload of a cycle's published results, when, FULL or INCREMENTAL on top
 * of which earlier upload ({@code sequence} counts the cycle's uploads from 1), its rows per grade and its files
 * with their SHA-256 — the kept files are checked against these before they are served or built upon.
 */
@Revision("1")
public record ResultsUploadProduced(String cycleId, String uploadId, int sequence, UploadKind kind,
                                    String baseUploadId, String indicatorSystem, String indicatorVersion,
                                    String versionHash, int rows, Map<String, Integer> gradeCounts,
                                    List<UploadFile> files, String producedBy, Instant producedAt) {
}
