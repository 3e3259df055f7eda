package org.greencredit.domain.intake;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactSource;

/**
 * 来源记录: a record of a source system — a penalty decision, a monitoring alarm, a complaint ticket — named by the
 * source and the system's own record id. The fact it becomes has an id derived from both, so the same record
 * imported twice, by file or by interface, is the same fact. Ids are compared in a folded form (full-width to
 * half-width, blanks removed, letters upper case), as exports of one system write the same id differently.
 */
public record SourceRecord(FactSource source, String recordId) {

    public static final int MAX_LENGTH = 200;

    public SourceRecord {
        if (source == null) {
            throw new RuleViolation("fact.source.required");
        }
        if (recordId == null || recordId.isBlank()) {
            throw new RuleViolation("import.sourceRecordId.required");
        }
        recordId = recordId.strip();
        if (recordId.length() > MAX_LENGTH) {
            throw new RuleViolation("import.sourceRecordId.tooLong", MAX_LENGTH);
        }
    }

    public String key() {
        return Normalizer.normalize(recordId, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The id of the fact this record becomes: a name-based UUID of source and folded record id. */
    public String factId() {
        return UUID.nameUUIDFromBytes(("green-credit:source-record:" + source.name() + ":" + key())
                                              .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The id of the claim that keeps the record to one credit file; it cannot collide with a credit code. */
    public String claimId() {
        return "source-record:" + factId();
    }
}
