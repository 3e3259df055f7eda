package org.greencredit.app.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.upload.UploadFile;
import org.greencredit.projections.cycle.CycleSummary;

/** The manifest of an upload (docs/credit-platform-upload.md): what it is, what it holds, and its files' hashes. */
final class UploadManifest {

    static final String SCHEMA = "green-credit/credit-platform-upload-manifest/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UploadManifest() {
    }

    record Content(String uploadId, int sequence, String kind, String baseUploadId, CycleSummary cycle,
                   String versionHash, String authority, int rows, Map<String, Integer> gradeCounts,
                   Map<String, Integer> changeCounts, List<UploadFile> files, String producedBy,
                   Instant producedAt) {
    }

    static byte[] write(Content content) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("schema", SCHEMA);
        manifest.put("uploadId", content.uploadId());
        manifest.put("sequence", content.sequence());
        manifest.put("kind", content.kind());
        manifest.put("baseUploadId", content.baseUploadId());
        ObjectNode cycle = manifest.putObject("cycle");
        cycle.put("cycleId", content.cycle().cycleId());
        cycle.put("name", content.cycle().name());
        cycle.put("year", content.cycle().year());
        cycle.put("periodFrom", String.valueOf(content.cycle().periodFrom()));
        cycle.put("periodTo", String.valueOf(content.cycle().periodTo()));
        cycle.put("publishedOn", content.cycle().publishedOn() == null ? null
                : content.cycle().publishedOn().toString());
        ObjectNode indicator = manifest.putObject("indicatorSystem");
        indicator.put("system", content.cycle().indicatorSystem());
        indicator.put("version", content.cycle().indicatorVersion());
        indicator.put("sha256", content.versionHash());
        manifest.put("authority", content.authority());
        manifest.put("rowCount", content.rows());
        ObjectNode grades = manifest.putObject("gradeCounts");
        content.gradeCounts().forEach(grades::put);
        ObjectNode changes = manifest.putObject("changeCounts");
        content.changeCounts().forEach(changes::put);
        ArrayNode files = manifest.putArray("files");
        for (UploadFile file : content.files()) {
            files.addObject().put("name", file.name()).put("format", file.format().name())
                 .put("sizeBytes", file.sizeBytes()).put("sha256", file.sha256());
        }
        manifest.put("producedBy", content.producedBy());
        manifest.put("producedAt", content.producedAt().toString());
        try {
            byte[] bytes = JSON.writeValueAsBytes(manifest);
            byte[] withNewline = java.util.Arrays.copyOf(bytes, bytes.length + 1);
            withNewline[bytes.length] = '\n';
            return withNewline;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
