package org.crosscheck.reader.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.ui.KindNames;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.Texts;

import org.crosscheck.base.i18n.I18n;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reader's header: the way back to the project, the article's title and source, the legend of
 * kinds with their keys, and the tools (compare with another article, the contradictions page, who
 * else is reading).
 */
final class ReaderHeader extends Div {

    private Div legend;
    private final boolean canAnnotate;

    ReaderHeader(org.crosscheck.base.ui.Pages pages, ArticleContent article, String projectName, List<ArticleSummary> projectArticles, boolean canAnnotate,
                 Component presence, List<KindDescription> kinds) {
        addClassName("reader-header");
        Anchor back = new Anchor(pages.project(article.projectId()), "← " + projectName);
        back.setId("back-to-project");
        back.addClassName("back-link");
        H2 title = new H2(article.title());
        title.setId("reader-title");
        legend = legend(canAnnotate, kinds);
        this.canAnnotate = canAnnotate;
        add(back, title, meta(article), legend, tools(pages, article, projectArticles, presence));
    }

    private static Div meta(ArticleContent article) {
        Div meta = new Div();
        meta.addClassName("article-meta");
        List<String> parts = new ArrayList<>();
        if (article.outlet() != null) {
            parts.add(article.outlet());
        }
        if (article.byline() != null) {
            parts.add(article.byline());
        }
        if (article.publishedOn() != null) {
            String day = I18n.dates("base.format.date-long", ZoneOffset.UTC).format(article.publishedOn());
            parts.add(article.publishedAt() == null ? day : I18n.t("reader.header.published-at", day,
                    java.time.LocalTime.ofInstant(article.publishedAt(), ZoneOffset.UTC)
                            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString()));
        }
        meta.add(new Span(String.join(" · ", parts)));
        if (article.url() != null) {
            Anchor source = new Anchor(article.url(), I18n.t("reader.header.source"), AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer"); // not translated: a link relation
            meta.add(new Span(parts.isEmpty() ? "" : " · "), source);
        }
        return meta;
    }

    /** The legend again, with the project's kinds as they are now (a lead changed them). */
    void showKinds(List<KindDescription> kinds) {
        Div fresh = legend(canAnnotate, kinds);
        replace(legend, fresh);
        legend = fresh;
    }

    private static Div legend(boolean canAnnotate, List<KindDescription> kinds) {
        Div legend = new Div();
        legend.addClassName("legend");
        legend.setId("reader-legend");
        for (KindDescription kind : kinds) {
            boolean key = canAnnotate && kind.shortcut() != null && !kind.shortcut().isEmpty();
            String name = KindNames.of(kind);
            Span chip = new Span(key ? I18n.t("reader.header.kind-key", name, kind.shortcut().toUpperCase(Locale.ROOT))
                    : name);
            chip.addClassNames("badge");
            chip.addClassNames(kind.cssClass().split(" "));
            legend.add(chip);
        }
        Span contradiction = new Span(I18n.t("reader.header.contradiction"));
        contradiction.addClassNames("badge", "k-contradiction");
        legend.add(contradiction);
        List<String> keys = kinds.stream().map(KindDescription::shortcut).filter(k -> k != null && !k.isEmpty())
                .map(k -> k.toUpperCase(Locale.ROOT)).toList();
        String press = keys.size() <= 1 ? String.join("", keys)
                : I18n.t("reader.header.keys-or", String.join(", ", keys.subList(0, keys.size() - 1)), keys.getLast());
        Span hint = new Span(canAnnotate ? I18n.t("reader.header.hint", press) : I18n.t("reader.header.read-only"));
        hint.setId("reader-hint");
        hint.addClassName("muted");
        legend.add(hint);
        return legend;
    }

    private HorizontalLayout tools(org.crosscheck.base.ui.Pages pages, ArticleContent article, List<ArticleSummary> projectArticles, Component presence) {
        Select<ArticleSummary> compare = new Select<>();
        compare.setId("compare-with");
        compare.setPlaceholder(getTranslation("reader.header.compare-with"));
        compare.setItems(projectArticles);
        compare.setItemLabelGenerator(a -> (a.outlet() == null ? "" : Texts.isolate(a.outlet()) + " — ")
                + Texts.isolate(a.title()));
        compare.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> pages.go(ui,
                        pages.compare(article.id(), e.getValue().id(), null)));
            }
        });
        Anchor all = new Anchor(pages.contradictions(article.projectId()),
                getTranslation("reader.header.contradictions"));
        Anchor check = new Anchor(pages.check(article.id()), getTranslation("reader.header.check"));
        check.setId("reader-check");
        check.setTitle(getTranslation("reader.header.check-title"));
        HorizontalLayout tools = new HorizontalLayout(compare, all, check, presence);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.addClassName("reader-tools");
        return tools;
    }
}
