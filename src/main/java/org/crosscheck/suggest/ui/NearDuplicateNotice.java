package org.crosscheck.suggest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.Texts;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.suggest.engine.NearDuplicate;

import java.util.List;
import java.util.Optional;

/** Says that an article is a copy of another (or has copies), with a link to both paragraph by paragraph. */
public final class NearDuplicateNotice {

    private NearDuplicateNotice() {
    }

    public static Optional<Div> of(Pages pages, long articleId, List<NearDuplicate> pairs, List<ArticleSummary> articles) {
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        Div notice = new Div();
        notice.setId("near-duplicate");
        notice.addClassName("near-duplicate-notice");
        for (NearDuplicate d : pairs) {
            boolean copy = d.articleId() == articleId;
            long other = copy ? d.ofArticleId() : d.articleId();
            String name = articles.stream().filter(a -> a.id() == other).findFirst()
                    .map(a -> Texts.isolate(a.outlet() == null || a.outlet().isBlank() ? a.title() : a.outlet()))
                    .orElseGet(() -> I18n.t("suggest.near-duplicate.another-article"));
            long alike = Math.round(d.similarity() * 100);
            Span text = new Span((copy ? I18n.t("suggest.near-duplicate.copy-of", name, alike)
                    : I18n.t("suggest.near-duplicate.copied-by", name, alike)) + " ");
            Anchor compare = new Anchor(link(pages, d), I18n.t("suggest.near-duplicate.compare"));
            compare.addClassName("compare-aligned");
            notice.add(new Div(text, compare));
        }
        return Optional.of(notice);
    }

    /** The compare view with the copy on the left and its original on the right, aligned. */
    static String link(Pages pages, NearDuplicate d) {
        return pages.compareAligned(d.articleId(), d.ofArticleId());
    }
}
