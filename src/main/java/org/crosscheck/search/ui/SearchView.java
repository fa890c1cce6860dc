package org.crosscheck.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.ui.KindNames;
import org.crosscheck.article.ArticleMatches;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.base.ui.ProjectSearchField;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.search.ProjectSearch;
import org.crosscheck.search.SearchResults;

import java.util.ArrayList;
import java.util.List;

/**
 * What a search found in a project: places in the articles' text, then annotations. Every result
 * is a link that opens the reader at the place (the words selected, ready to annotate) or with the
 * annotation selected. The words are kept in the address, so a search can be reloaded and shared.
 */
@Route("projects/:" + SearchView.PROJECT_ID + "([0-9]{1,18})/search")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";
    public static final String QUERY = "q";

    private final ProjectService projects;
    private final ProjectSearch search;
    private final Pages pages;
    private ProjectSummary project;

    SearchView(ProjectService projects, ProjectSearch search, Pages pages) {
        this.projects = projects;
        this.search = search;
        this.pages = pages;
        addClassName("page");
        addClassName("search-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID)
                .orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        String words = event.getLocation().getQueryParameters().getSingleParameter(QUERY).orElse("");
        removeAll();

        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        H2 title = new H2(getTranslation("search.title"));
        add(back, title, new ProjectSearchField(projectId, words, pages));

        if (words.isBlank()) {
            add(muted(getTranslation("search.intro"), "search-summary"));
            return;
        }
        SearchResults results;
        try {
            results = search.search(projectId, words);
        } catch (DomainException refused) {
            add(muted(refused.message(getLocale()), "search-summary"));
            return;
        }
        add(muted(summary(results), "search-summary"));
        if (!results.articles().isEmpty()) {
            add(section(getTranslation("search.in-text"), "search-text-results"), textResults(results));
        }
        if (!results.annotations().isEmpty()) {
            add(section(getTranslation("search.in-annotations"), "search-annotation-results"), annotationResults(results));
        }
    }

    private static String summary(SearchResults results) {
        if (results.isEmpty()) {
            return I18n.t("search.nothing", Texts.isolate(results.query()));
        }
        List<String> parts = new ArrayList<>();
        if (!results.articles().isEmpty()) {
            int places = results.textMatchCount();
            int articles = results.articles().size();
            parts.add(I18n.t(results.moreArticles() ? "search.summary.places-more" : "search.summary.places", places,
                    articles));
        }
        if (!results.annotations().isEmpty()) {
            int annotations = results.annotations().size();
            parts.add(I18n.t(results.moreAnnotations() ? "search.summary.annotations-more" : "search.summary.annotations",
                    annotations));
        }
        String found = parts.size() == 2 ? I18n.t("search.summary.both", parts.get(0), parts.get(1)) : parts.getFirst();
        return I18n.t("search.summary", Texts.isolate(results.query()), found);
    }

    private Component textResults(SearchResults results) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("search-text-list");
        for (ArticleMatches found : results.articles()) {
            ArticleSummary article = found.article();
            Div card = new Div();
            card.addClassName("search-article");
            Anchor title = new Anchor(pages.article(article.id()), article.title());
            title.addClassName("article-link");
            Span where = new Span(whereFound(found));
            where.addClassName("muted");
            card.add(new Div(title, outlet(article), where));
            for (ArticleMatches.TextMatch match : found.matches()) {
                Anchor place = new Anchor(pages.articleAt(article.id(), match.start(), match.end()));
                place.addClassName("search-snippet");
                Span hit = new Span(match.match());
                hit.addClassName("search-hit");
                place.add(new Span(match.before()), hit, new Span(match.after()));
                card.add(place);
            }
            list.add(card);
        }
        if (results.moreArticles()) {
            list.add(muted(getTranslation("search.more-articles", ProjectSearch.MAX_ARTICLES), "search-more-articles"));
        }
        return list;
    }

    private static String whereFound(ArticleMatches found) {
        String places = found.count() == 0 ? ""
                : found.count() > found.matches().size()
                ? I18n.t("search.where.places-first", found.count(), found.matches().size())
                : I18n.t("search.where.places", found.count());
        if (found.inTitle()) {
            return places.isEmpty() ? I18n.t("search.where.title") : I18n.t("search.where.title-and", places);
        }
        return places;
    }

    private Component annotationResults(SearchResults results) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("search-annotation-list");
        for (AnnotationDetails annotation : results.annotations()) {
            ArticleSummary article = results.annotatedArticles().get(annotation.articleId());
            Anchor row = new Anchor(pages.annotation(annotation.articleId(), annotation.id()));
            row.addClassName("search-annotation");
            Span kind = new Span(annotation.description().builtIn() ? KindNames.of(annotation.description())
                    : getTranslation("search.own-kind"));
            kind.addClassNames("badge", "k-" + annotation.kind().name().toLowerCase());
            Span summary = new Span(Texts.abbreviate(KindNames.summary(annotation), 200));
            summary.addClassName("search-annotation-summary");
            Span exact = new Span("“" + Texts.abbreviate(annotation.span().exact(), 200) + "”");
            exact.addClassName("search-annotation-exact");
            Span in = new Span(article == null ? "" : getTranslation("search.in-article", article.title()));
            in.addClassName("muted");
            row.add(kind, summary, exact, in);
            list.add(row);
        }
        if (results.moreAnnotations()) {
            list.add(muted(getTranslation("search.more-annotations", ProjectSearch.MAX_ANNOTATIONS),
                    "search-more-annotations"));
        }
        return list;
    }

    private static Component outlet(ArticleSummary article) {
        Span outlet = new Span(article.outlet() == null ? "" : article.outlet());
        outlet.addClassName("search-outlet");
        return outlet;
    }

    private static H3 section(String title, String id) {
        H3 heading = new H3(title);
        heading.setId(id);
        heading.addClassName("search-section");
        return heading;
    }

    private static Span muted(String text, String id) {
        Span span = new Span(text);
        span.setId(id);
        span.addClassName("muted");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + (project == null ? "Crosscheck" : project.name());
    }
}
