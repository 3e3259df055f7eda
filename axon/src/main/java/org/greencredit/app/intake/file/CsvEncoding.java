package org.greencredit.app.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The text encoding of a CSV file, told from its bytes: a byte order mark says UTF-8 or UTF-16; otherwise UTF-8 when
 * every byte decodes strictly as UTF-8, else GB18030 (the superset of GBK that Chinese government systems export
 * in) when that decodes strictly. The whole file is decoded in chunks, never held in memory.
 */
record CsvEncoding(Charset charset, byte[] byteOrderMark, String label) {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final int CHUNK = 64 * 1024;

    /** The encoding the whole file decodes in, or empty when neither UTF-8 nor GB18030 reads it. */
    static Optional<CsvEncoding> of(Path file) throws IOException {
        // Excel's "Unicode text" is UTF-16 with a byte order mark.
        for (CsvEncoding wide : List.of(new CsvEncoding(StandardCharsets.UTF_16LE, UTF16LE_BOM, "UTF-16LE BOM"),
                                        new CsvEncoding(StandardCharsets.UTF_16BE, UTF16BE_BOM, "UTF-16BE BOM"))) {
            if (startsWith(file, wide.byteOrderMark)) {
                return decodesStrictly(file, wide.charset, wide.byteOrderMark.length) ? Optional.of(wide)
                        : Optional.empty();
            }
        }
        boolean bom = startsWith(file, UTF8_BOM);
        if (decodesStrictly(file, StandardCharsets.UTF_8, bom ? UTF8_BOM.length : 0)) {
            return Optional.of(new CsvEncoding(StandardCharsets.UTF_8, bom ? UTF8_BOM : new byte[0],
                                               bom ? "UTF-8 BOM" : "UTF-8"));
        }
        if (!bom && decodesStrictly(file, GB18030, 0)) {
            return Optional.of(new CsvEncoding(GB18030, new byte[0], "GB18030"));
        }
        return Optional.empty();
    }

    /** The file's bytes as text, past the byte order mark. */
    InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(byteOrderMark.length);
        return in;
    }

    /** Two bytes a character or more: NUL bytes are then part of the text. */
    boolean wide() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    private static boolean startsWith(Path file, byte[] mark) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(mark.length), mark);
        }
    }

    private static boolean decodesStrictly(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                while (result.isOverflow()) {
                    chars.clear();
                    result = decoder.decode(bytes, chars, end);
                }
                if (result.isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            CoderResult flushed = decoder.flush(chars);
            return !flushed.isError();
        }
    }
}
