package org.crosscheck.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.i18n.Messages;
import org.crosscheck.exchange.ImportFile;
import org.crosscheck.exchange.ImportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.crosscheck.base.MissingRightException;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * One file to import: copied to a temporary file while its size is counted (refused at the limit),
 * then imported in the upload's own request, so the page stays usable meanwhile; the outcome, or
 * the reason for refusing the file, is shown on the page.
 */
final class ImportUpload extends Upload {

    private static final Logger log = LoggerFactory.getLogger(ImportUpload.class);

    /** The window's language, read while the window is locked: the upload is handled outside it. */
    private final java.util.Locale language = I18n.locale();

    /** The import itself: a bundle as a new project, or a file into a project. */
    interface Importer {
        ImportSummary run(ImportFile file);
    }

    /** An upload of a file in one of {@code formats} (the registered import formats it offers). */
    ImportUpload(long maxBytes, java.util.List<org.crosscheck.exchange.ImportFormat> formats, Importer importer,
                 Consumer<ImportSummary> onImported, Consumer<String> onRefused) {
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setAcceptedFileTypes(formats.stream().flatMap(f -> java.util.stream.Stream.concat(f.extensions().stream(),
                f.mediaTypes().stream())).distinct().toArray(String[]::new));
        setDropLabel(new com.vaadin.flow.component.html.Span(I18n.t("exchange.upload.drop")));
        addFileRejectedListener(e -> onRefused.accept(e.getErrorMessage()));
        var i18n = org.crosscheck.base.ui.Localised.upload();
        i18n.getUploading().setError(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Error()
                        .setForbidden(I18n.t("exchange.upload.forbidden"))
                        .setServerUnavailable(I18n.t("exchange.upload.unavailable"))
                        .setUnexpectedServerError(I18n.t("exchange.upload.failed"))
                        .setFileTooLarge(org.crosscheck.base.ui.Localised.tooBig()));
        setI18n(i18n);
        setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                try (ImportFile file = ImportFile.copy(event.getInputStream(), maxBytes)) {
                    ImportSummary summary = importer.run(file);
                    ui.access(() -> onImported.accept(summary));
                } catch (DomainException e) {
                    log.info("Import of '{}' refused: {}", event.getFileName(), e.getMessage());
                    String reason = e.message(language);
                    event.reject(reason);
                    ui.access(() -> onRefused.accept(reason));
                } catch (AccessDeniedException e) {
                    log.warn("Import of '{}' refused for the caller's role: {}", event.getFileName(), e.getMessage());
                    String reason = e instanceof MissingRightException ? e.getMessage()
                            : Messages.text("exchange.upload.role", language);
                    event.reject(reason);
                    ui.access(() -> onRefused.accept(reason));
                }
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        });
    }
}
