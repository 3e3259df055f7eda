package org.greencredit.app.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date is a JSON string {@code yyyy-MM-dd} naming a day that exists. Jackson's own reader also takes an epoch
 * day number, an array {@code [2025,5,12]} and other ISO forms; here each of those is refused with the value.
 */
class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                                                                      .withResolverStyle(ResolverStyle.STRICT);

    StrictLocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != null && parser.currentToken().isScalarValue()
                && !parser.hasToken(JsonToken.VALUE_STRING)) {
            throw InvalidFormatException.from(parser, "a date is a string yyyy-MM-dd", parser.getText(),
                                              LocalDate.class);
        }
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        try {
            return LocalDate.parse(text, ISO_DAY);
        } catch (DateTimeParseException notADay) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a day as yyyy-MM-dd");
        }
    }
}
