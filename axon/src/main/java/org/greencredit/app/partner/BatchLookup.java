package org.greencredit.app.partner;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A batch lookup: up to 1,000 credit codes. */
public record BatchLookup(
        @ArraySchema(schema = @Schema(example = "91110112MA00000010"), maxItems = BatchLookup.MAX_CODES,
                     arraySchema = @Schema(description = "统一社会信用代码，至多 1000 个 Credit codes, at most 1,000"))
        List<String> creditCodes) {

    public static final int MAX_CODES = 1000;
}
