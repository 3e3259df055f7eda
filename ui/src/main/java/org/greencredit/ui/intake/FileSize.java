package org.greencredit.ui.intake;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/** A file's size as people read it: bytes below a kilobyte, then kilobytes, then megabytes with one decimal. */
final class FileSize {

    private static final double KB = 1024;
    private static final double MB = KB * 1024;

    private FileSize() {
    }

    static String of(long bytes, Component speaker) {
        if (bytes < KB) {
            return speaker.getTranslation("imports.file.size.bytes", bytes);
        }
        if (bytes < MB) {
            return speaker.getTranslation("imports.file.size.kb", oneDecimal(bytes / KB));
        }
        return speaker.getTranslation("imports.file.size.mb", oneDecimal(bytes / MB));
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
