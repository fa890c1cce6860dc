package org.crosscheck.article.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.crosscheck.article.ArticleDetails;
import org.crosscheck.article.ArticleDraft;
import org.crosscheck.article.ArticleFormat;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleService.ImportRequest;
import org.crosscheck.article.BodyDetector;
import org.crosscheck.article.PageDetails;
import org.crosscheck.base.ui.Notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Imports one article from pasted text; the details the text names (its headline first) fill the form, editable. */
class PasteArticleDialog extends Dialog {

    private final long projectId;
    private final ArticleService articles;
    private final Runnable onImported;
    private final ArticleDetailsForm details = new ArticleDetailsForm();
    private final TextArea text = new TextArea(getTranslation("article.paste.text"));
    /** What a paste filled into each field: replaced by the next paste as long as the user left it so. */
    private final Map<HasValue<?, ?>, Object> filled = new HashMap<>();

    PasteArticleDialog(long projectId, ArticleService articles, Runnable onImported) {
        this.projectId = projectId;
        this.articles = articles;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("article.paste.title"));
        setWidth("48rem");
        text.setId("article-text");
        text.setWidthFull();
        text.setMinHeight("14rem");
        text.setMaxHeight("24rem");
        text.setHelperText(getTranslation("article.paste.help"));
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fillDetails(e.getValue());
            }
        });
        // A paste fills the details at once, not only when the text area loses focus: the browser hands
        // over the pasted value right after the paste (the area's "change" is when Flow reads its value).
        text.getElement().executeJs("""
                const area = this;
                area.addEventListener('paste', () => setTimeout(() => area.dispatchEvent(new Event('change'))));""");
        Button body = new Button(getTranslation("article.paste.body"), e -> reviewBody());
        body.setId("detect-pasted-body");
        body.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(details, text);

        Button save = new Button(getTranslation("article.paste.import"), e -> importChecked());
        save.setId("import-pasted");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // In the footer, always in view however long the pasted page is.
        body.getStyle().setMarginRight("auto");
        getFooter().add(body, new Button(getTranslation("base.action.cancel"), e -> close()), save);
    }

    /**
     * Fills the details the text names (its headline as the title, the date, byline, outlet and
     * address) into the fields the user left empty, or that still hold what an earlier paste filled in.
     */
    private void fillDetails(String pasted) {
        if (pasted.isBlank()) {
            return;
        }
        PageDetails found = BodyDetector.details(pasted, null);
        fill(details.title, found.headline());
        fill(details.outlet, found.outlet());
        fill(details.url, found.url());
        fill(details.byline, found.byline());
        fill(details.published, found.publishedOn());
        // The page's time goes with the page's date only, never with a date the user typed.
        boolean pagesDate = java.util.Objects.equals(details.published.getValue(), found.publishedOn());
        fill(details.publishedTime, found.publishedAt() == null || !pagesDate ? null
                : java.time.LocalTime.ofInstant(found.publishedAt(), java.time.ZoneOffset.UTC));
    }

    /** Sets {@code value} into an empty field or one holding what a paste put there (cleared if this text names none). */
    private <V> void fill(HasValue<?, V> field, V value) {
        boolean ours = filled.containsKey(field) && Objects.equals(field.getValue(), filled.get(field));
        if (value != null && (ours || field.isEmpty())) {
            field.setValue(value);
            filled.put(field, value);
        } else if (value == null && ours) {
            field.clear();
            filled.remove(field);
        }
    }

    /** Finds the article in what was pasted and lets the importer confirm or adjust it; the text field then holds it. */
    private void reviewBody() {
        if (text.getValue().isBlank()) {
            Notifications.hint(getTranslation("article.paste.text-missing"));
            return;
        }
        BodyDetector.DetectedBody detected = BodyDetector.detect(text.getValue(), details.title.getValue());
        new BodyReviewDialog(details.title.getValue().isBlank() ? getTranslation("article.paste.the-text") : details.title.getValue(), detected,
                chosen -> {
                    text.setValue(chosen.body());
                    if (details.published.isEmpty() && chosen.date() != null) {
                        details.published.setValue(chosen.date());
                    }
                    if (details.byline.isEmpty() && chosen.byline() != null) {
                        details.byline.setValue(chosen.byline());
                    }
                }).open();
    }

    private void importChecked() {
        if (details.valid().isEmpty()) {
            return;
        }
        if (text.getValue().isBlank()) {
            Notifications.hint(getTranslation("article.paste.text-missing"));
            return;
        }
        articles.findDuplicate(projectId, text.getValue()).ifPresentOrElse(existing -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("article.paste.duplicate.title"),
                    getTranslation("article.paste.duplicate.text", existing.title()),
                    getTranslation("article.paste.duplicate.confirm"), e -> doImport());
            confirm.setCancelable(true);
            confirm.setId("duplicate-warning");
            confirm.open();
        }, this::doImport);
    }

    private void doImport() {
        ArticleDetails d = details.valid().orElseThrow();
        ArticleDraft draft = new ArticleDraft(d.title(), d.outlet(), d.url(), d.publishedOn(), "pasted", ArticleFormat.TEXT,
                text.getValue(), d.byline(), d.publishedAt());
        articles.importArticles(projectId, List.of(new ImportRequest(draft, text.getValue())));
        Notifications.success(getTranslation("article.paste.done", details.title.getValue().strip()));
        close();
        onImported.run();
    }
}
