package org.greencredit.ui.cycle;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.upload.UploadFile;
import org.greencredit.domain.upload.UploadKind;
import org.greencredit.domain.upload.api.ResultsUploadProduced;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 上传信用平台 in the cycle view: the uploads of the cycle's published results (kind, when, by whom, counts, each
 * file with its SHA-256 as tooltip and a download link), the buttons that produce a full or an incremental upload
 * (for those who may), and the annual announcement as a PDF.
 */
class UploadSection extends Composite<VerticalLayout> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                                                   .withZone(ZoneId.of("Asia/Shanghai"));

    private final ResultsUploads uploads;
    private final Actor actor;
    private final boolean mayProduce;
    private final Div list = new Div();
    private String cycleId;

    UploadSection(ResultsUploads uploads, Actor actor, boolean mayProduce) {
        this.uploads = uploads;
        this.actor = actor;
        this.mayProduce = mayProduce;
        getContent().setId("cycle-uploads");
        getContent().setPadding(false);
        list.setId("cycle-uploads-list");
    }

    void show(String shownCycleId) {
        this.cycleId = shownCycleId;
        VerticalLayout content = getContent();
        content.removeAll();
        content.add(new H3(getTranslation("upload.section")));
        HorizontalLayout actions = new HorizontalLayout();
        if (mayProduce) {
            actions.add(produce("upload-full", "upload.produce.full", UploadKind.FULL),
                        produce("upload-incremental", "upload.produce.incremental", UploadKind.INCREMENTAL));
        }
        Anchor announcement = new Anchor(download("公告_" + shownCycleId + ".pdf", "application/pdf",
                                                  event -> uploads.writeAnnouncement(cycleId, event.getOutputStream())),
                                         AttachmentType.DOWNLOAD, getTranslation("upload.announcement"));
        announcement.setId("cycle-announcement");
        announcement.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        actions.add(announcement);
        content.add(actions, list);
        showUploads();
    }

    private Button produce(String id, String labelKey, UploadKind kind) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                ResultsUploadProduced produced = uploads.produce(cycleId, kind, actor);
                Notices.success(getTranslation("upload.produced", produced.sequence(), produced.rows()));
                showUploads();
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        button.setId(id);
        button.addThemeVariants(kind == UploadKind.FULL ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    private void showUploads() {
        list.removeAll();
        List<ResultsUploadProduced> produced = uploads.uploads(cycleId);
        if (produced.isEmpty()) {
            Span none = new Span(getTranslation("upload.none"));
            none.setId("cycle-uploads-none");
            list.add(none);
        }
        for (ResultsUploadProduced upload : produced) {
            Div entry = new Div();
            entry.setId("upload-" + upload.sequence());
            String counts = upload.gradeCounts().entrySet().stream()
                                  .map(grade -> grade.getKey() + " " + grade.getValue())
                                  .collect(Collectors.joining("，"));
            Span summary = new Span(getTranslation("upload.entry", upload.sequence(),
                                                   getTranslation("upload.kind." + upload.kind()),
                                                   WHEN.format(upload.producedAt()), upload.producedBy(),
                                                   upload.rows(), counts));
            summary.setId("upload-" + upload.sequence() + "-summary");
            HorizontalLayout files = new HorizontalLayout();
            for (UploadFile file : upload.files()) {
                Anchor link = new Anchor(download(file.name(), mediaType(file),
                                                  event -> uploads.writeFile(cycleId, upload.uploadId(), file.name(),
                                                                             event.getOutputStream())),
                                         AttachmentType.DOWNLOAD, getTranslation("upload.format." + file.format()));
                link.setId("upload-" + upload.sequence() + "-" + file.format().name().toLowerCase());
                link.setTitle(file.name() + " · SHA-256 " + file.sha256() + " · " + file.sizeBytes() + " B");
                link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
                files.add(link);
            }
            entry.add(summary, files);
            list.add(entry);
        }
    }

    private static String mediaType(UploadFile file) {
        return switch (file.format()) {
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case CSV -> "text/csv; charset=UTF-8";
            case JSON, MANIFEST -> "application/json";
        };
    }

    private static DownloadHandler download(String fileName, String contentType, DownloadHandler write) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            write.handleDownloadRequest(event);
        };
    }
}
