package org.greencredit.app.dataerror;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file a data error report takes — a PDF of a decision or a scan, a photo — told apart by the
 * first bytes of the file, and the file name's extension must agree. Three fixed signatures do not need a
 * content-detection library; what matters is that a file named {@code .pdf} that is something else is refused.
 */
enum EvidenceKind {

    PDF("application/pdf", List.of(".pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", List.of(".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", List.of(".jpg", ".jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** The most leading bytes any signature needs. */
    static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] signature;

    EvidenceKind(String mediaType, List<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    /** The extensions the upload offers, for the browser's file chooser. */
    static String[] acceptedExtensions() {
        return Arrays.stream(values()).flatMap(kind -> kind.extensions.stream()).toArray(String[]::new);
    }

    /** The kind both the name and the leading bytes say, if they agree on one. */
    static Optional<EvidenceKind> of(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                     .filter(kind -> kind.extensions.stream().anyMatch(name::endsWith))
                     .filter(kind -> head.length >= kind.signature.length
                             && Arrays.equals(Arrays.copyOf(head, kind.signature.length), kind.signature))
                     .findFirst();
    }
}
