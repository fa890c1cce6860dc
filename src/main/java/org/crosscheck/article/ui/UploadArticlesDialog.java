package org.crosscheck.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.crosscheck.base.ui.Localised;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.crosscheck.article.ArticleDraft;
import org.crosscheck.article.ArticleFileReader;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleService.ImportRequest;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.article.ArticleText;
import org.crosscheck.article.ImportLimits;
import org.crosscheck.article.ImportedFile;
import org.crosscheck.article.BodyDetector;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Notifications;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports one or many .txt, .html or .md files. Each file is checked as it arrives and listed with
 * its verdict; "Import" then stores the good ones in one transaction, skipping files refused,
 * already in the project or twice in this upload. Limits hold on the server: each file is read
 * only up to the size limit, and the dialog keeps at most the import's number of files and size
 * (only their text, until Import, Cancel or the dialog goes away).
 */
class UploadArticlesDialog extends Dialog {

    private final long projectId;
    private final ArticleService articles;
    private final ArticleFileReader reader;
    private final Runnable onImported;
    private final Map<String, Checked> files = new LinkedHashMap<>();
    private final Div list = new Div();
    private final TextField outlet = new TextField(getTranslation("article.upload.outlet"));
    private final Button importButton = new Button(getTranslation("article.paste.import"));
    private final Checkbox detectBody = new Checkbox(getTranslation("article.upload.detect-body"), true);

    /**
     * A file after checking: refused, or ready, or a duplicate of an article or of another file of this
     * upload; with the article body found in it (as detected, or as the importer adjusted it).
     */
    private record Checked(ImportedFile file, Optional<ArticleSummary> duplicateOf, String sameAsFile, String hash,
                           BodyDetector.DetectedBody body) {
        boolean importable() {
            return file.isOk() && duplicateOf.isEmpty() && sameAsFile == null;
        }

        long size() {
            return file.isOk() ? (long) file.text().length() + file.draft().original().length() : 0;
        }
    }

    UploadArticlesDialog(long projectId, ArticleService articles, ArticleFileReader reader, Runnable onImported) {
        this.projectId = projectId;
        this.articles = articles;
        this.reader = reader;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("article.upload.title"));
        setWidth("44rem");

        Upload upload = new Upload();
        upload.setId("article-upload");
        upload.setI18n(Localised.upload());
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", ".md", ".markdown");
        ImportLimits limits = reader.limits();
        // The browser's limits spare the user a useless transfer; the server's (below) are the real ones.
        upload.setMaxFileSize((int) limits.maxFileSize().toBytes());
        upload.setMaxFiles(limits.maxFiles());
        UI ui = UI.getCurrent();
        upload.setUploadHandler(new LimitedUploadHandler(reader, file -> ui.access(() -> accept(file))));
        // The browser refuses files that are too large or of the wrong type before sending them.
        upload.addFileRejectedListener(e -> accept(Localised.tooBig().equals(e.getErrorMessage())
                ? ImportedFile.refused(e.getFileName(), "article.import.too-large", limits.maxFileSizeLabel())
                : ImportedFile.refused(e.getFileName(), "article.import.wrong-type")));

        // The list below says what became of each file; the upload's own list would show every file as done.
        upload.addAllFinishedListener(e -> upload.clearFileList());

        outlet.setId("upload-outlet");
        outlet.setWidthFull();
        outlet.setHelperText(getTranslation("article.upload.outlet-help"));
        list.setId("upload-files");
        list.addClassName("upload-files");

        detectBody.setId("detect-body");
        detectBody.setHelperText(getTranslation("article.upload.detect-body-help"));
        detectBody.addValueChangeListener(e -> render());
        outlet.addValueChangeListener(e -> render());
        add(new Paragraph(getTranslation("article.upload.intro", limits.maxFileSizeLabel(), limits.maxFiles(),
                limits.maxImportSizeLabel())), upload, outlet, detectBody, list);

        importButton.setId("import-files");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> importAll());
        getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), importButton);
        // Staged text goes with the dialog: cancelled, imported, navigated away or session ended.
        addDetachListener(e -> files.clear());
    }

    private void accept(ImportedFile arrived) {
        if (files.size() >= 2L * reader.limits().maxFiles() && !files.containsKey(arrived.fileName())) {
            // Forged requests could send refusals without end: the list stays bounded, their verdicts unlisted.
            return;
        }
        ImportedFile file = withinImportLimits(arrived);
        Optional<ArticleSummary> duplicate = Optional.empty();
        String sameAs = null;
        String hash = null;
        BodyDetector.DetectedBody body = file.isOk() ? BodyDetector.detect(file.text(), file.draft().title()) : null;
        if (file.isOk()) {
            hash = ArticleText.contentHash(file.text());
            // Imported whole or as its body before: either way it is already here.
            duplicate = articles.findDuplicate(projectId, file.text())
                    .or(() -> body.body().isBlank() ? Optional.empty() : articles.findDuplicate(projectId, body.body()));
            String h = hash;
            sameAs = files.values().stream()
                    .filter(c -> h.equals(c.hash()) && !c.file().fileName().equals(file.fileName()))
                    .map(c -> c.file().fileName()).findFirst().orElse(null);
        }
        files.put(file.fileName(), new Checked(file, duplicate, sameAs, hash, body));
        render();
    }

    /** A file beyond the number or total size one import may hold is refused, and not kept. */
    private ImportedFile withinImportLimits(ImportedFile file) {
        ImportLimits limits = reader.limits();
        if (!file.isOk() || files.containsKey(file.fileName())) {
            return file;
        }
        long held = files.values().stream().filter(c -> c.file().isOk()).count();
        long size = files.values().stream().mapToLong(Checked::size).sum();
        if (held >= limits.maxFiles()) {
            return ImportedFile.refused(file.fileName(), "article.upload.too-many-files", limits.maxFiles());
        }
        if (size + (long) file.text().length() + file.draft().original().length() > limits.maxImportSize().toBytes()) {
            return ImportedFile.refused(file.fileName(), "article.upload.too-much-text", limits.maxImportSizeLabel());
        }
        return file;
    }

    private void render() {
        list.removeAll();
        for (Checked checked : files.values()) {
            Div row = new Div();
            row.addClassName("upload-file");
            Span name = new Span(checked.file().fileName());
            name.addClassName("upload-file-name");
            Span verdict;
            if (!checked.file().isOk()) {
                verdict = new Span(checked.file().problem(I18n.locale()));
                row.addClassName("refused");
            } else if (checked.sameAsFile() != null) {
                verdict = new Span(getTranslation("article.upload.same-as-file", checked.sameAsFile()));
                row.addClassName("duplicate");
            } else if (checked.duplicateOf().isPresent()) {
                verdict = new Span(getTranslation("article.upload.duplicate", checked.duplicateOf().get().title()));
                row.addClassName("duplicate");
            } else if (detectBody.getValue()) {
                long kept = checked.body().lines().stream().filter(BodyDetector.Line::kept).count();
                verdict = new Span(getTranslation("article.upload.ready-body", described(checked.file()), kept,
                        checked.body().lines().size(), checked.body().body().length()));
                row.addClassName("ready");
            } else {
                verdict = new Span(getTranslation("article.upload.ready", described(checked.file()),
                        checked.file().text().length()));
                row.addClassName("ready");
            }
            verdict.addClassName("upload-file-verdict");
            row.add(name, verdict);
            if (checked.importable() && detectBody.getValue()) {
                Button review = new Button(getTranslation("article.upload.review-body"), e -> new BodyReviewDialog(checked.file().fileName(),
                        checked.body(), adjusted -> {
                            files.put(checked.file().fileName(), new Checked(checked.file(), checked.duplicateOf(),
                                    checked.sameAsFile(), checked.hash(), adjusted));
                            render();
                        }).open());
                review.addClassName("review-body");
                review.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(review);
            }
            list.add(row);
        }
        long ready = files.values().stream().filter(Checked::importable).count();
        importButton.setText(getTranslation("article.upload.import", ready));
        importButton.setEnabled(ready > 0);
    }

    /** The title the article will have, and the details the page named, as the list shows them. */
    private String described(ImportedFile file) {
        ArticleDraft d = file.draft();
        StringBuilder out = new StringBuilder("\"").append(d.title()).append('"');
        if (!file.headlineFound()) {
            out.append(' ').append(getTranslation("article.upload.no-headline"));
        }
        String givenOutlet = outlet.getValue().isBlank() ? d.outlet() : null;
        if (givenOutlet != null) {
            out.append(" · ").append(givenOutlet);
        }
        if (d.publishedOn() != null) {
            out.append(" · ").append(d.publishedOn());
        }
        if (d.byline() != null) {
            out.append(" · ").append(getTranslation("article.upload.by", d.byline()));
        }
        return out.toString();
    }

    private void importAll() {
        List<ImportRequest> requests = new ArrayList<>();
        for (Checked checked : files.values()) {
            if (checked.importable()) {
                // The details the page named (headline, outlet, address, date, byline); an outlet typed here wins.
                ArticleDraft draft = checked.file().draft();
                boolean body = detectBody.getValue() && !checked.body().body().isBlank();
                requests.add(new ImportRequest(draft.withDetails(draft.title(),
                        outlet.getValue().isBlank() ? draft.outlet() : outlet.getValue(), draft.url(), draft.publishedOn()),
                        body ? checked.body().body() : checked.file().text()));
            }
        }
        List<ArticleSummary> imported = articles.importArticles(projectId, requests);
        Notifications.success(getTranslation("article.upload.done", imported.size()));
        close();
        onImported.run();
    }

    /**
     * Hands each uploaded file to the reader, which stops reading at the size limit; Vaadin
     * refuses requests whose declared size or number of files is over the limits before this runs.
     */
    private static final class LimitedUploadHandler implements UploadHandler {

        private final ArticleFileReader reader;
        private final Consumer<ImportedFile> onChecked;

        LimitedUploadHandler(ArticleFileReader reader, Consumer<ImportedFile> onChecked) {
            this.reader = reader;
            this.onChecked = onChecked;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            ImportedFile file = reader.read(event.getFileName(), event.getInputStream());
            if (file.tooLarge()) {
                // Answered as refused (not 200), so a script sees it too; the rest of the body was never read.
                // In English: this runs outside the session's lock, where the window's language cannot be read;
                // the list (drawn under the lock) says it in the reader's language.
                event.reject(file.problem());
            }
            onChecked.accept(file);
        }

        @Override
        public long getFileSizeMax() {
            return reader.limits().maxFileSize().toBytes();
        }

        @Override
        public long getRequestSizeMax() {
            return reader.limits().maxImportSize().toBytes();
        }

        @Override
        public long getFileCountMax() {
            return reader.limits().maxFiles();
        }
    }
}
