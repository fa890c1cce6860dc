package org.crosscheck.reader.ui;

import org.crosscheck.base.Texts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.NotFoundException;

/**
 * What a reader sees the moment a lead deletes the article they have open: what happened, by whom,
 * and the way back, instead of a page whose every action would fail.
 */
final class ArticleDeletedNotice extends Div {

    /** Whether the article is gone (one indexed lookup, not its text: views ask on every live change). */
    static boolean isDeleted(ArticleService articles, long articleId) {
        try {
            articles.projectIdOf(articleId);
            return false;
        } catch (NotFoundException gone) {
            return true;
        }
    }

    ArticleDeletedNotice(org.crosscheck.base.ui.Pages pages, String title, String deletedBy, long projectId) {
        setId("article-deleted");
        addClassName("message-page");
        Paragraph what = new Paragraph(deletedBy == null
                ? getTranslation("reader.deleted.text", Texts.isolate(title))
                : getTranslation("reader.deleted.text-by", Texts.isolate(title), Texts.isolate(deletedBy)));
        Anchor back = new Anchor(pages.project(projectId), getTranslation("reader.deleted.back"));
        back.setId("deleted-back-to-project");
        add(new H2(getTranslation("reader.deleted.title")), what, back);
    }
}
