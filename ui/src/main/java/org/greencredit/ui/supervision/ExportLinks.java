package org.greencredit.ui.supervision;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;

/** The two download links of a list, CSV and Excel; each builds its file from the read model when clicked. */
final class ExportLinks extends HorizontalLayout {

    ExportLinks(String idPrefix, String fileName, Supplier<ExportTable> table, SupervisionRows rows) {
        setSpacing(true);
        Anchor csv = new Anchor(download(fileName + ".csv", CsvExport.CONTENT_TYPE,
                                         event -> CsvExport.write(table.get(), event.getOutputStream())),
                                AttachmentType.DOWNLOAD, rows.text("supervision.export.csv"));
        csv.setId(idPrefix + "-csv");
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        Anchor xlsx = new Anchor(download(fileName + ".xlsx", XlsxExport.CONTENT_TYPE,
                                          event -> XlsxExport.write(table.get(), event.getOutputStream())),
                                 AttachmentType.DOWNLOAD, rows.text("supervision.export.xlsx"));
        xlsx.setId(idPrefix + "-xlsx");
        xlsx.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        add(csv, xlsx);
    }

    private static DownloadHandler download(String fileName, String contentType, DownloadHandler write) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            write.handleDownloadRequest(event);
        };
    }
}
