package org.greencredit.domain.upload.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.upload.CreditPlatformUploads;
import org.greencredit.domain.upload.UploadFile;
import org.greencredit.domain.upload.UploadKind;

/**
 * 生成信用平台上传文件: records that the files of one upload of a published cycle's results were produced — a FULL
 * one or an INCREMENTAL one on top of {@code baseUploadId} (the cycle's latest upload when the rows were compared),
 * how many rows it holds per grade, and each file's name, size and SHA-256. {@code producedAt} is the moment the
 * manifest names.
 */
public record ProduceResultsUpload(String cycleId, String uploadId, UploadKind kind, String baseUploadId,
                                   String indicatorSystem, String indicatorVersion, String versionHash, int rows,
                                   Map<String, Integer> gradeCounts, List<UploadFile> files, Instant producedAt) {

    /** The stream of the cycle's uploads, named apart from the cycle's own stream. */
    @JsonIgnore
    @TargetAggregateIdentifier
    public String uploadsId() {
        return CreditPlatformUploads.idOf(cycleId);
    }
}
