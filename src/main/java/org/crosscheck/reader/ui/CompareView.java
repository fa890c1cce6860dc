package org.crosscheck.reader.ui;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.LiveChange;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.collab.ui.LiveSubscription;
import org.crosscheck.review.ui.ContradictionCard;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.collab.Presence;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.SpanRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.vaadin.flow.component.Component;
import org.crosscheck.suggest.SuggestionService;
import org.crosscheck.suggest.engine.NearDuplicate;
import java.util.stream.Stream;

/**
 * Two articles side by side, each with its highlights. Select a span (or click a quote or figure)
 * on each side and press C to link them as a contradiction; the same article may be on both sides.
 */
@JsModule("./sync-scroll.js")
@Route("compare/:" + CompareView.LEFT + "([0-9]{1,18})/:" + CompareView.RIGHT + "([0-9]{1,18})")
@PermitAll
public class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String LEFT = "left";
    public static final String RIGHT = "right";
    /** The query parameter that opens a copy and its original paragraph by paragraph. */
    static final String ALIGNED = Pages.ALIGNED;
    /** The query parameter naming the contradiction to show. */
    public static final String CONTRADICTION = "c";
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ContradictionService contradictions;
    private final ProjectAccess access;
    private final LiveSubscription live;
    private final Pages pages;
    private final Div details = new Div();
    private CompareColumn left;
    private final AccountService accounts;
    private final SuggestionService suggestions;
    private CompareColumn right;
    private long projectId;

    CompareView(ArticleService articles, AnnotationService annotations, ContradictionService contradictions,
                ProjectAccess access, AccountService accounts, LiveUpdates liveUpdates, Presence presence,
                SuggestionService suggestions, Pages pages) {
        this.pages = pages;
        this.articles = articles;
        this.suggestions = suggestions;
        this.live = new LiveSubscription(liveUpdates, presence);
        // Both sides redraw when someone changes an annotation or contradiction in either article.
        live.follow(this, accounts::me, () -> left.article.id() == right.article.id()
                ? List.of(LiveChange.article(left.article.id()))
                : List.of(LiveChange.article(left.article.id()), LiveChange.article(right.article.id())), changes -> {
            Optional<ArticleContent> deleted = Stream.of(left.article, right.article)
                    .filter(a -> ArticleDeletedNotice.isDeleted(articles, a.id())).findFirst();
            if (deleted.isPresent()) {
                long by = changes.getFirst().byUserId();
                UserSummary deleter = accounts.findByIds(List.of(by)).get(by);
                removeAll();
                add(new ArticleDeletedNotice(pages, deleted.get().title(), deleter == null ? null : deleter.displayName(),
                        projectId));
                return;
            }
            left.reload();
            right.reload();
        });
        this.accounts = accounts;
        this.annotations = annotations;
        this.contradictions = contradictions;
        this.access = access;
        addClassName("compare-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long leftId = event.getRouteParameters().getLong(LEFT).orElseThrow(() -> new NotFoundException("article", -1));
        long rightId = event.getRouteParameters().getLong(RIGHT).orElseThrow(() -> new NotFoundException("article", -1));
        ArticleContent leftArticle = articles.get(leftId);
        ArticleContent rightArticle = articles.get(rightId);
        if (leftArticle.projectId() != rightArticle.projectId()) {
            throw new NotFoundException("article pair", rightId);
        }
        projectId = leftArticle.projectId();
        removeAll();
        details.removeAll();
        // A click on a linked span shows the contradiction and brings its partner into view on the other side.
        left = new CompareColumn(leftArticle, "left", annotations, contradictions,
                spanId -> showAndScroll(contradictions.bySpan(spanId), right), this::link);
        right = new CompareColumn(rightArticle, "right", annotations, contradictions,
                spanId -> showAndScroll(contradictions.bySpan(spanId), left), this::link);
        left.text.setLinkShortcut(true);
        List<ArticleSummary> all = articles.list(projectId);

        Anchor back = new Anchor(pages.project(projectId), getTranslation("reader.compare.back"));
        Anchor list = new Anchor(pages.contradictions(projectId), getTranslation("reader.compare.all-contradictions"));
        list.setId("open-contradictions-from-compare");
        Checkbox sync = new Checkbox(getTranslation("reader.compare.sync-scrolling"));
        sync.setId("sync-scrolling");
        sync.addValueChangeListener(e -> getElement().executeJs("window.ccSyncScroll($0, $1, $2)",
                left.scroller.getElement(), right.scroller.getElement(), e.getValue()));
        HorizontalLayout header = new HorizontalLayout(back, list, sync, live.avatars());
        header.addClassName("reader-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        HorizontalLayout columns = new HorizontalLayout(
                left.column(all, "left", a -> switchTo(a.id(), right.article.id())),
                right.column(all, "right", a -> switchTo(left.article.id(), a.id())));
        columns.addClassName("compare-columns");
        columns.setSpacing(false);

        Div bar = new Div();
        bar.addClassName("link-bar");
        boolean canLink = access.canAnnotate(projectId);
        if (canLink) {
            Button link = new Button(getTranslation("reader.compare.link"), e -> link());
            link.setId("link-contradiction");
            link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button clear = new Button(getTranslation("reader.compare.clear"), e -> {
                left.clear();
                right.clear();
            });
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(new Span(getTranslation("reader.compare.left")), left.pendingLabel,
                    new Span(getTranslation("reader.compare.right")), right.pendingLabel, link, clear);
            Span hint = new Span(getTranslation("reader.compare.hint"));
            hint.addClassName("muted");
            bar.add(hint);
        } else {
            bar.add(new Span(getTranslation("reader.compare.read-only")));
        }
        details.addClassName("compare-details");
        details.setId("compare-details");
        // The details get a panel of their own beside the texts, as tall as the view, so spans and
        // buttons are never hidden under the link bar or the toasts.
        HorizontalLayout main = new HorizontalLayout(columns, details);
        main.addClassName("compare-main");
        main.setSpacing(false);
        main.setWidthFull();
        add(header, sideSwitch(), main, bar);
        setFlexGrow(1, main);
        alignedToggle(header, main, bar, event.getLocation().getQueryParameters().getParameters().containsKey(ALIGNED));

        event.getLocation().getQueryParameters().getSingleParameter(CONTRADICTION).flatMap(Pages::id)
                .ifPresent(id -> show(contradictions.get(id), true));
        live.restart();
    }

    /**
     * When one article is a copy of the other, the view can show them paragraph by paragraph with
     * the words that differ marked, instead of the two texts.
     */
    private void alignedToggle(HorizontalLayout header, Component texts, Component bar, boolean on) {
        long l = left.article.id();
        long r = right.article.id();
        Optional<NearDuplicate> pair = suggestions.nearDuplicatesOf(l).stream()
                .filter(d -> (d.articleId() == l && d.ofArticleId() == r) || (d.articleId() == r && d.ofArticleId() == l))
                .findFirst();
        if (pair.isEmpty()) {
            return;
        }
        NearDuplicate d = pair.get();
        boolean copyOnLeft = d.articleId() == l;
        CompareColumn copy = copyOnLeft ? left : right;
        CompareColumn original = copyOnLeft ? right : left;
        AlignedParagraphs aligned = new AlignedParagraphs(d, copy.article.text(), original.article.text(), copyOnLeft,
                copy.source(), original.source());
        Checkbox toggle = new Checkbox(getTranslation("reader.compare.aligned", Math.round(d.similarity() * 100)));
        toggle.setId("aligned-view");
        header.add(toggle);
        addComponentAtIndex(indexOf(texts) + 1, aligned);
        setFlexGrow(1, aligned);
        toggle.addValueChangeListener(e -> {
            aligned.setVisible(e.getValue());
            texts.setVisible(!e.getValue());
            bar.setVisible(!e.getValue());
        });
        aligned.setVisible(false);
        toggle.setValue(on);
    }


    private void switchTo(long leftArticleId, long rightArticleId) {
        getUI().ifPresent(ui -> pages.go(ui, pages.compare(leftArticleId, rightArticleId, null)));
    }

    private void link() {
        if (!access.canAnnotate(projectId)) {
            Notifications.hint(getTranslation("reader.compare.read-only"));
            return;
        }
        List<LinkContradictionDialog.Picked> picked = new ArrayList<>();
        for (CompareColumn side : List.of(left, right)) {
            if (side.pending != null) {
                picked.add(new LinkContradictionDialog.Picked(side.pending, side.source(), side.pendingText,
                        side.pendingKind));
            }
        }
        if (picked.isEmpty()) {
            Notifications.hint(getTranslation("reader.compare.nothing-picked"));
            return;
        }
        new LinkContradictionDialog(projectId, picked, contradictions, saved -> {
            left.clear();
            right.clear();
            left.reload();
            right.reload();
            show(saved, false);
            Notifications.success(getTranslation("reader.compare.saved", saved.spans().size()));
        }).open();
    }

    /**
     * On a narrow screen (below 700 px, CSS) the two articles do not fit side by side: they are
     * shown one at a time, and this switch (hidden on wide screens) chooses which.
     */
    private Div sideSwitch() {
        getElement().setAttribute("data-side", "left");
        Button showLeft = new Button(left.source(), e -> getElement().setAttribute("data-side", "left"));
        showLeft.setId("show-left");
        Button showRight = new Button(right.source(), e -> getElement().setAttribute("data-side", "right"));
        showRight.setId("show-right");
        for (Button b : List.of(showLeft, showRight)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        Div sideSwitch = new Div(new Span(getTranslation("reader.compare.show")), showLeft, showRight);
        sideSwitch.addClassName("compare-side-switch");
        return sideSwitch;
    }

    private void showAndScroll(ContradictionDetails c, CompareColumn other) {
        show(c, false);
        c.spansIn(other.article.id()).stream().findFirst()
                .ifPresent(s -> other.text.scrollTo(ContradictionMarks.id(s.spanId())));
    }

    private void show(ContradictionDetails c, boolean scroll) {
        details.removeAll();
        details.add(new ContradictionCard(pages, c, null, contradictions, changed -> {
            left.reload();
            right.reload();
            show(changed, false);
        }, access.canLead(c.projectId())));
        if (scroll) {
            for (CompareColumn side : List.of(left, right)) {
                c.spansIn(side.article.id()).stream().findFirst()
                        .ifPresent(s -> side.text.scrollTo(ContradictionMarks.id(s.spanId())));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return (left == null ? getTranslation("reader.compare.title")
                : getTranslation("reader.compare.title-of", left.article.title(), right.article.title())) + " · Crosscheck"; // not translated: the product's name
    }
}
