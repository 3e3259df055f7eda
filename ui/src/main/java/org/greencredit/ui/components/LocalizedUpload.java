package org.greencredit.ui.components;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Arrays;

/**
 * An upload whose own words — "Upload File...", "Drop file here", its errors and progress — come from the bundles,
 * so it speaks the user's language instead of the web component's built-in English.
 */
public class LocalizedUpload extends Upload {

    public LocalizedUpload(UploadHandler handler) {
        super(handler);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.addFiles.one"))
                                                  .setMany(getTranslation("upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.dropFiles.one"))
                                                    .setMany(getTranslation("upload.dropFiles.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.error.tooManyFiles"))
                                            .setFileIsTooBig(getTranslation("upload.error.fileIsTooBig"))
                                            .setIncorrectFileType(getTranslation("upload.error.incorrectFileType")));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("upload.file.retry"))
                                          .setStart(getTranslation("upload.file.start"))
                                          .setRemove(getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.status.connecting"))
                                                            .setStalled(getTranslation("upload.status.stalled"))
                                                            .setProcessing(getTranslation("upload.status.processing"))
                                                            .setHeld(getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                          .setPrefix(getTranslation("upload.remainingTime.prefix"))
                                          .setUnknown(getTranslation("upload.remainingTime.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                                  .setServerUnavailable(getTranslation("upload.error.serverUnavailable"))
                                  .setUnexpectedServerError(getTranslation("upload.error.unexpectedServerError"))
                                  .setForbidden(getTranslation("upload.error.forbidden"))));
        i18n.setUnits(Arrays.asList(getTranslation("upload.units").split(",")));
        setI18n(i18n);
    }
}
