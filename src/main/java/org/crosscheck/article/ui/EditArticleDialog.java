package org.crosscheck.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.crosscheck.article.ArticleDetails;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import com.vaadin.flow.component.textfield.TextField;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.ui.Notifications;

/** Edits an article's title, outlet, URL, date, byline and language; its text is changed only by trimming. */
class EditArticleDialog extends Dialog {

    EditArticleDialog(ArticleSummary article, ArticleService articles, Runnable onSaved) {
        setHeaderTitle(getTranslation("article.details.title"));
        setWidth("40rem");
        ArticleDetailsForm details = new ArticleDetailsForm();
        details.fill(new ArticleDetails(article.title(), article.outlet(), article.url(), article.publishedOn(),
                article.byline(), article.publishedAt() == null ? null
                        : java.time.LocalTime.ofInstant(article.publishedAt(), java.time.ZoneOffset.UTC)));
        TextField language = new TextField(getTranslation("article.details.language"));
        language.setId("article-language");
        language.setHelperText(getTranslation("article.details.language-helper"));
        language.setMaxLength(35);
        language.setValue(articles.language(article.id()).orElse(""));
        add(details, language);
        Button save = new Button(getTranslation("base.action.save"), e -> details.valid().ifPresent(d -> {
            try {
                articles.setLanguage(article.id(), language.getValue());
            } catch (DomainException refused) {
                language.setErrorMessage(refused.message(getLocale()));
                language.setInvalid(true);
                return;
            }
            articles.updateDetails(article.id(), d, article.version());
            Notifications.success(getTranslation("article.details.saved"));
            close();
            onSaved.run();
        }));
        save.setId("save-article-details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
    }
}
