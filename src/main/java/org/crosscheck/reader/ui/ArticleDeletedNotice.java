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
        Paragraph what = new Paragraph("“" + Texts.isolate(title) + "” was deleted from the project"
                + (deletedBy == null ? "" : " by " + Texts.isolate(deletedBy))
                + ", with its annotations. Nothing more can be saved here.");
        Anchor back = new Anchor(pages.project(projectId), "Back to the project");
        back.setId("deleted-back-to-project");
        add(new H2("This article was deleted"), what, back);
    }
}
