package org.greencredit.ui.export;

import org.greencredit.ui.export.ExportTable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The two download links of a list, CSV and Excel; each builds its file from the read model when clicked. The file
 * is named in the user's language for what it holds and the day it was taken ({@code 正面清单_2026-12-05.xlsx}); the
 * name is shown as the link's tooltip, so it can be read before downloading. A list that only some users may read
 * asks again at each download whether the user of that request may ({@code mayDownload}) and answers 403 with no
 * content otherwise: a download address outlives the view that showed it.
 */
public final class ExportLinks extends HorizontalLayout {

    private final Supplier<String> fileName;
    private final BooleanSupplier mayDownload;
    private final Anchor csv;
    private final Anchor xlsx;

    /** {@code fileName}: the name without extension, asked again at each download (the list may have changed). */
    public ExportLinks(String idPrefix, Supplier<String> fileName, Supplier<ExportTable> table, String csvLabel,
                       String xlsxLabel, BooleanSupplier mayDownload) {
        this.fileName = fileName;
        this.mayDownload = mayDownload;
        setSpacing(true);
        csv = new Anchor(download(".csv", CsvExport.CONTENT_TYPE,
                                         event -> CsvExport.write(table.get(), event.getOutputStream())),
                                AttachmentType.DOWNLOAD, csvLabel);
        csv.setId(idPrefix + "-csv");
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        xlsx = new Anchor(download(".xlsx", XlsxExport.CONTENT_TYPE,
                                          event -> XlsxExport.write(table.get(), event.getOutputStream())),
                                 AttachmentType.DOWNLOAD, xlsxLabel);
        xlsx.setId(idPrefix + "-xlsx");
        xlsx.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        add(csv, xlsx);
        showNames();
    }

    /** Shows the file names again, after what the list holds (a tier) was changed. */
    public void showNames() {
        csv.setTitle(fileName.get() + ".csv");
        xlsx.setTitle(fileName.get() + ".xlsx");
    }

    private DownloadHandler download(String extension, String contentType, DownloadHandler write) {
        return event -> {
            if (!mayDownload.getAsBoolean()) {
                event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
                return;
            }
            event.setFileName(fileName.get() + extension);
            event.setContentType(contentType);
            write.handleDownloadRequest(event);
        };
    }
}
