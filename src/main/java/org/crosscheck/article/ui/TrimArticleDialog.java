package org.crosscheck.article.ui;

import org.crosscheck.base.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleText;
import org.crosscheck.base.ui.Notifications;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Trims an article to its body: the lead picks the first and the last paragraph to keep, and
 * everything before and after (site navigation, related stories) goes.
 */
class TrimArticleDialog extends Dialog {

    TrimArticleDialog(ArticleContent article, ArticleService articles, Runnable onTrimmed) {
        setHeaderTitle(getTranslation("article.list.trim"));
        setWidth("48rem");
        List<String> paragraphs = ArticleText.paragraphs(article.text());
        List<Integer> indexes = IntStream.range(0, paragraphs.size()).boxed().toList();

        ComboBox<Integer> first = new ComboBox<>(getTranslation("article.trim.first"));
        ComboBox<Integer> last = new ComboBox<>(getTranslation("article.trim.last"));
        for (ComboBox<Integer> box : List.of(first, last)) {
            box.setItems(indexes);
            box.setItemLabelGenerator(i -> "¶" + (i + 1) + "  " + Texts.abbreviate(paragraphs.get(i), 90));
            box.setWidthFull();
        }
        first.setId("trim-first");
        last.setId("trim-last");
        first.setValue(0);
        last.setValue(paragraphs.size() - 1);
        Paragraph preview = new Paragraph();
        preview.setId("trim-preview");
        Runnable updatePreview = () -> {
            if (first.getValue() != null && last.getValue() != null && first.getValue() <= last.getValue()) {
                preview.setText(getTranslation("article.trim.keeps", last.getValue() - first.getValue() + 1,
                        paragraphs.size()));
            } else {
                preview.setText(getTranslation("article.trim.order"));
            }
        };
        first.addValueChangeListener(e -> updatePreview.run());
        last.addValueChangeListener(e -> updatePreview.run());
        updatePreview.run();

        add(new Paragraph(getTranslation("article.trim.intro")),
                first, last, preview);
        Button trim = new Button(getTranslation("article.trim.save"), e -> {
            if (first.getValue() == null || last.getValue() == null) {
                Notifications.hint(getTranslation("article.trim.choose"));
                return;
            }
            articles.trim(article.id(), first.getValue(), last.getValue(), article.version());
            Notifications.success(getTranslation("article.trim.done", article.title()));
            close();
            onTrimmed.run();
        });
        trim.setId("trim-save");
        trim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), trim);
    }
}
