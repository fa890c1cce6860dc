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
import com.vaadin.flow.server.streams.UploadHandler;
import org.crosscheck.article.ArticleDraft;
import org.crosscheck.article.ArticleFileReader;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleService.ImportRequest;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.article.ImportedFile;
import org.crosscheck.base.ui.Notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports one or many .txt, .html or .md files. Each file is checked as it arrives and listed with
 * its verdict; "Import" then stores the good ones in one transaction, skipping files refused or
 * already in the project.
 */
class UploadArticlesDialog extends Dialog {

    private final long projectId;
    private final ArticleService articles;
    private final ArticleFileReader reader;
    private final Runnable onImported;
    private final Map<String, Checked> files = new LinkedHashMap<>();
    private final Div list = new Div();
    private final TextField outlet = new TextField("Outlet for these files");
    private final Button importButton = new Button("Import");

    private record Checked(ImportedFile file, Optional<ArticleSummary> duplicateOf) {
        boolean importable() {
            return file.isOk() && duplicateOf.isEmpty();
        }
    }

    UploadArticlesDialog(long projectId, ArticleService articles, ArticleFileReader reader, Runnable onImported) {
        this.projectId = projectId;
        this.articles = articles;
        this.reader = reader;
        this.onImported = onImported;
        setHeaderTitle("Upload articles");
        setWidth("44rem");

        Upload upload = new Upload();
        upload.setId("article-upload");
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", ".md", ".markdown");
        upload.setMaxFileSize((int) reader.maxFileSize().toBytes());
        upload.setMaxFiles(50);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            ImportedFile file = reader.read(meta.fileName(), bytes);
            ui.access(() -> accept(file));
        }));
        // The browser refuses files that are too large or of the wrong type before sending them.
        upload.addFileRejectedListener(e -> accept(ImportedFile.refused(e.getFileName(),
                e.getErrorMessage() != null && e.getErrorMessage().toLowerCase().contains("big")
                        ? "The file is larger than the limit of " + reader.maxFileSizeLabel() + "."
                        : "Only .txt, .html and .md files can be imported.")));

        // The list below says what became of each file; the upload's own list would show every file as done.
        upload.addAllFinishedListener(e -> upload.clearFileList());

        outlet.setId("upload-outlet");
        outlet.setWidthFull();
        outlet.setHelperText("Optional; you can edit each article's details after importing.");
        list.setId("upload-files");
        list.addClassName("upload-files");

        add(new Paragraph("Text (.txt), web pages (.html) and Markdown (.md), UTF-8, up to "
                + reader.maxFileSizeLabel() + " each. Web pages keep only their text: scripts, styles and "
                + "navigation are dropped."), upload, outlet, list);

        importButton.setId("import-files");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> importAll());
        getFooter().add(new Button("Cancel", e -> close()), importButton);
    }

    private void accept(ImportedFile file) {
        Optional<ArticleSummary> duplicate = file.isOk() ? articles.findDuplicate(projectId, file.text()) : Optional.empty();
        files.put(file.fileName(), new Checked(file, duplicate));
        render();
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
                verdict = new Span(checked.file().problem());
                row.addClassName("refused");
            } else if (checked.duplicateOf().isPresent()) {
                verdict = new Span("Already in this project as \"" + checked.duplicateOf().get().title()
                        + "\": it will be skipped.");
                row.addClassName("duplicate");
            } else {
                verdict = new Span("Ready: \"" + checked.file().draft().title() + "\", "
                        + checked.file().text().length() + " characters.");
                row.addClassName("ready");
            }
            verdict.addClassName("upload-file-verdict");
            row.add(name, verdict);
            list.add(row);
        }
        long ready = files.values().stream().filter(Checked::importable).count();
        importButton.setText(ready == 1 ? "Import 1 article" : "Import " + ready + " articles");
        importButton.setEnabled(ready > 0);
    }

    private void importAll() {
        List<ImportRequest> requests = new ArrayList<>();
        for (Checked checked : files.values()) {
            if (checked.importable()) {
                ArticleDraft draft = checked.file().draft();
                requests.add(new ImportRequest(draft.withDetails(draft.title(), outlet.getValue(), null, null),
                        checked.file().text()));
            }
        }
        List<ArticleSummary> imported = articles.importArticles(projectId, requests);
        Notifications.success(imported.size() == 1 ? "Imported 1 article." : "Imported " + imported.size() + " articles.");
        close();
        onImported.run();
    }
}
