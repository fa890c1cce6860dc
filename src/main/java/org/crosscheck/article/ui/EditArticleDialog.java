package org.crosscheck.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.crosscheck.article.ArticleDetails;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.ui.Notifications;

/** Edits an article's title, outlet, URL, date and byline; its text is changed only by trimming. */
class EditArticleDialog extends Dialog {

    EditArticleDialog(ArticleSummary article, ArticleService articles, Runnable onSaved) {
        setHeaderTitle("Article details");
        setWidth("40rem");
        ArticleDetailsForm details = new ArticleDetailsForm();
        details.fill(new ArticleDetails(article.title(), article.outlet(), article.url(), article.publishedOn(),
                article.byline(), article.publishedAt() == null ? null
                        : java.time.LocalTime.ofInstant(article.publishedAt(), java.time.ZoneOffset.UTC)));
        add(details);
        Button save = new Button("Save", e -> details.valid().ifPresent(d -> {
            articles.updateDetails(article.id(), d, article.version());
            Notifications.success("Saved.");
            close();
            onSaved.run();
        }));
        save.setId("save-article-details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
