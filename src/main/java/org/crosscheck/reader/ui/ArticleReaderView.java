package org.crosscheck.reader.ui;

import org.crosscheck.annotation.ui.CommentThreadPanel;
import org.crosscheck.annotation.ui.AnnotationListPanel;
import org.crosscheck.annotation.ui.AnnotationCard;
import org.crosscheck.annotation.ui.AnnotationDialog;
import org.crosscheck.base.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindEvents;
import org.crosscheck.annotation.KindService;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.LiveChange;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.collab.ui.LiveNotice;
import org.crosscheck.collab.ui.LiveSubscription;
import org.crosscheck.review.ui.ContradictionCard;
import org.crosscheck.suggest.ui.NearDuplicateNotice;
import org.crosscheck.suggest.ui.SuggestionReview;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.crosscheck.collab.Change;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.collab.Throttle;
import org.crosscheck.collab.Presence;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.suggest.SuggestionDetails;
import org.crosscheck.suggest.SuggestionService;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one article and marks quotes, figures and notes on it. The text with its highlights is one
 * client-side element; the side panel lists the annotations and shows the selected one.
 */
@Route("articles/:" + ArticleReaderView.ARTICLE_ID + "([0-9]{1,18})")
@PermitAll
public class ArticleReaderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ARTICLE_ID = "articleId";

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final ContradictionService contradictions;
    private final AccountService accounts;
    private final LiveSubscription live;
    private final LiveUpdates liveUpdates;
    private final CommentService comments;
    private final SuggestionService suggestions;
    private CommentThreadPanel thread;
    private ArticleContent article;
    private ArticleTextElement text;
    private AnnotationListPanel list;
    private Throttle listRefresh;
    private final Div details = new Div();
    /** The annotation the details panel shows, and the part of the panel that shows it. */
    private AnnotationDetails shown;
    private Div shownCard;
    /** Which span marks each contradiction has drawn here, so a change redraws only its own. */
    private final Map<Long, Set<String>> contradictionMarks = new HashMap<>();
    private boolean canAnnotate;
    /** The page's address as it is now: the switches written into it keep the rest. */
    private Location location;
    private static final String SUGGESTIONS = "suggestions";
    /** The notice of others' changes while it is shown, who made them and how many. */
    private com.vaadin.flow.component.notification.Notification othersNotice;
    private final Map<Long, String> othersNames = new java.util.LinkedHashMap<>();
    private final Map<String, Integer> othersDone = new java.util.LinkedHashMap<>();
    /** Others' changes not yet told (what each did, null when not told), and the throttle that tells them. */
    private final Set<Long> othersPending = new LinkedHashSet<>();
    private final List<String> othersPendingDone = new java.util.ArrayList<>();
    private final Throttle noticeRefresh;
    /** The suggestions drawn now, so that a change takes away exactly the marks of those that went. */
    private List<SuggestionDetails> pendingSuggestions = List.of();
    /** The suggestion the details panel shows, if it shows one. */
    private SuggestionReview shownSuggestion;
    /** The project's articles as read when the page opened: outlets for the suggestion card. */
    private Map<Long, ArticleSummary> articlesById = Map.of();
    private final Pages pages;
    private final KindService kindService;
    /** The kinds the project offers, as read when the page opened or a lead last changed them. */
    private List<KindDescription> kinds = List.of();
    private ReaderHeader header;
    private final org.crosscheck.trash.TrashService trash;
    private final org.crosscheck.trash.AnnotationHistory history;
    /** The caller's own changes made in this reader, for Ctrl+Z. */
    private final UndoStack undo = new UndoStack();

    ArticleReaderView(ArticleService articles, AnnotationService annotations, ProjectService projects,
                      ProjectAccess access, ContradictionService contradictions, AccountService accounts,
                      LiveUpdates liveUpdates, Presence presence, CommentService comments,
                      SuggestionService suggestions, Pages pages, KindService kindService,
                      org.crosscheck.trash.TrashService trash, org.crosscheck.trash.AnnotationHistory history) {
        this.trash = trash;
        this.history = history;
        this.pages = pages;
        this.kindService = kindService;
        this.articles = articles;
        this.suggestions = suggestions;
        this.comments = comments;
        this.accounts = accounts;
        this.liveUpdates = liveUpdates;
        this.live = new LiveSubscription(liveUpdates, presence);
        this.noticeRefresh = new Throttle(liveUpdates, Duration.ofSeconds(1), this::showOthersNotice);
        // The project's kinds too: a lead adding or changing one changes the toolbar, keys and legend here.
        live.follow(this, accounts::me, () -> List.of(LiveChange.article(article.id()),
                KindEvents.topic(article.projectId())), this::apply);
        // The marks the text fetched itself are drawn if they are not older than this subscription.
        live.whenOpened(() -> text.marksSeen(live.seen(LiveChange.article(article.id()))));
        this.contradictions = contradictions;
        this.annotations = annotations;
        this.projects = projects;
        this.access = access;
        addClassName("reader-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ARTICLE_ID).orElseThrow(() -> new NotFoundException("article", -1));
        article = articles.get(id);
        location = event.getLocation();
        canAnnotate = access.canAnnotate(article.projectId());
        removeAll();
        List<ArticleSummary> inProject = articles.list(article.projectId());
        articlesById = new HashMap<>();
        inProject.forEach(a -> articlesById.put(a.id(), a));
        kinds = kindService.kindsOf(article.projectId());
        header = new ReaderHeader(pages, article, projects.get(article.projectId()).name(), inProject, canAnnotate,
                live.avatars(), kinds);
        add(header);
        NearDuplicateNotice.of(pages, article.id(), suggestions.nearDuplicatesOf(article.id()), inProject).ifPresent(this::add);
        add(body());
        live.restart();
        openAt(event.getLocation().getQueryParameters());
    }

    /**
     * Where a link asked the reader to open (a search result): a place in the text, selected; or an
     * annotation, shown. A place outside the text or an annotation of another article is ignored.
     */
    private void openAt(QueryParameters parameters) {
        parameters.getSingleParameter(Pages.ANNOTATION).flatMap(ArticleReaderView::number).ifPresent(id -> {
            try {
                AnnotationDetails annotation = annotations.get(id);
                if (annotation.articleId() == article.id()) {
                    show(annotation, true);
                }
            } catch (NotFoundException gone) {
                Notifications.info(getTranslation("reader.annotation.gone"));
            }
        });
        parameters.getSingleParameter(Pages.AT).map(at -> at.split("-", 2)).filter(range -> range.length == 2)
                .ifPresent(range -> {
                    Optional<Long> start = number(range[0]);
                    Optional<Long> end = number(range[1]);
                    if (start.isPresent() && end.isPresent() && start.get() < end.get() && end.get() <= article.text().length()) {
                        text.select(start.get().intValue(), end.get().intValue());
                    }
                });
    }

    private static Optional<Long> number(String s) {
        return s.matches("[0-9]{1,9}") ? Optional.of(Long.parseLong(s)) : Optional.empty();
    }

    /**
     * Changes others made, in one batch: annotations are fetched again one by one (a missing one was
     * deleted), contradictions redraw the marks; the author's name is shown.
     */
    private void apply(List<Change> changes) {
        // Checked first, whatever the batch holds: the deletion's other changes (contradictions losing
        // a side) may arrive before the deletion itself.
        if (ArticleDeletedNotice.isDeleted(articles, article.id())) {
            long by = changes.stream().filter(c -> "article".equals(c.entity())).findFirst()
                    .orElse(changes.getFirst()).byUserId();
            UserSummary deleter = accounts.findByIds(List.of(by)).get(by);
            removeAll();
            thread = null;
            add(new ArticleDeletedNotice(pages, article.title(), deleter == null ? null : deleter.displayName(),
                    article.projectId()));
            return;
        }
        boolean threadChanged = false;
        Set<Long> contradictionIds = new LinkedHashSet<>();
        Set<Long> annotationIds = new LinkedHashSet<>();
        Map<Long, Long> annotationChangedBy = new HashMap<>();
        Set<Long> authors = new LinkedHashSet<>();
        boolean suggestionsChanged = false;
        boolean kindsChanged = false;
        long me = accounts.me().id();
        List<String> doneByOthers = new java.util.ArrayList<>();
        for (Change change : changes) {
            if (change.byUserId() != me) {
                doneByOthers.add(change.done());
            }
            switch (change.entity()) {
                case "suggestion", "suggestions" -> suggestionsChanged = true;
                case "kind" -> kindsChanged = true;
                case "annotation" -> {
                    annotationIds.add(change.entityId());
                    annotationChangedBy.put(change.entityId(), change.byUserId());
                }
                case "comment" -> threadChanged |= thread != null && thread.annotationId() == change.entityId();
                case "article" -> {
                    // details changed: nothing drawn here depends on them yet
                }
                default -> contradictionIds.add(change.entityId());
            }
            authors.add(change.byUserId());
        }
        if (threadChanged) {
            thread.refresh();
        }
        if (kindsChanged) {
            kinds = kindService.kindsOf(article.projectId());
            text.setKinds(kinds);
            header.showKinds(kinds);
            list.showKinds(kinds);
        }
        if (suggestionsChanged) {
            redrawSuggestions();
            if (shownSuggestion != null && shownSuggestion.isAttached()) {
                shownSuggestion.refreshFromOthers();
            }
        }
        // Small updates, as for annotations: only the marks of what changed are sent again.
        contradictionIds.forEach(this::redrawContradiction);
        for (long id : annotationIds) {
            try {
                text.upsert(AnnotationMarks.id(id), AnnotationMarks.mark(annotations.get(id), text.text()));
            } catch (NotFoundException deleted) {
                text.remove(AnnotationMarks.id(id));
            }
        }
        refreshShown(annotationChangedBy);
        listRefresh.request(UI.getCurrent());
        authors.remove(me);
        if (!authors.isEmpty()) {
            tellOthersChanges(authors, doneByOthers);
        }
    }

    /** Others' changes are counted at once and told at most once a second (see {@link #showOthersNotice}). */
    private void tellOthersChanges(Set<Long> authors, List<String> done) {
        othersPending.addAll(authors);
        othersPendingDone.addAll(done);
        noticeRefresh.request(UI.getCurrent());
    }

    /**
     * One notice for others' changes while it is shown, its count going up: a busy article (many
     * writers, ten changes a second) must not bury the reader under a toast per change, nor cost
     * their browser a redrawn notice per change.
     */
    private void showOthersNotice() {
        boolean showing = othersNotice != null && othersNotice.isOpened();
        if (!showing) {
            othersNames.clear();
            othersDone.clear();
        }
        Set<Long> authors = new LinkedHashSet<>(othersPending);
        othersPending.clear();
        authors.removeAll(othersNames.keySet());
        if (!authors.isEmpty()) {
            accounts.findByIds(authors).forEach((id, u) -> othersNames.put(id, Texts.isolate(u.displayName())));
        }
        othersPendingDone.forEach(d -> othersDone.merge(d == null ? "" : d, 1, Integer::sum));
        othersPendingDone.clear();
        String message = LiveNotice.text(othersNames.values(), othersDone, article.title());
        if (showing) {
            othersNotice.setText(message);
        } else {
            othersNotice = Notifications.info(message);
        }
    }

    private HorizontalLayout body() {
        text = new ArticleTextElement();
        text.setId("article-text");
        text.setReadOnly(!canAnnotate);
        if (!canAnnotate) {
            hintReadOnlyKeys(text);
        }
        text.setText(article);
        text.setKinds(kinds);
        // The marks travel beside Vaadin's round trip, not in it (ArticleMarksEndpoint); only what
        // later changes are checked against is read here.
        readMarkedBesideAnnotations();
        text.drawFrom(ArticleMarksEndpoint.address(article.id()));
        text.addMarksStaleListener(e -> text.redraw(allLayers()));
        text.addAnnotateListener(e -> startAnnotation(e.kind(kinds), e.start(), e.end()));
        text.addHelpListener(e -> new ShortcutsDialog(canAnnotate).open());
        text.getElement().addEventListener("cc-undo", e -> undoLast());
        text.addMarkClickListener(e -> {
            if (shown != null && e.annotationId() == shown.id() && e.spanIds().isEmpty() && e.suggestionIds().isEmpty()) {
                // Already shown (live changes keep it current): drawing it again would swap the Edit
                // button under a pointer already on its way to it.
                return;
            }
            clearDetails();
            if (e.annotationId() >= 0) {
                show(annotations.get(e.annotationId()), false);
            }
            e.spanIds().forEach(this::showContradiction);
            e.suggestionIds().stream().findFirst().ifPresent(this::showSuggestion);
        });

        Div scroller = new Div(text);
        scroller.addClassName("reader-text");
        scroller.setId("reader-scroller");

        list = new AnnotationListPanel(article.id(), annotations, kinds, a -> show(a, true));
        // Others' changes refresh the list at most once a second; the marks follow each change at once.
        // A run still due when the list is gone (the article deleted, another one opened) is dropped.
        AnnotationListPanel panel = list;
        listRefresh = new Throttle(liveUpdates, Duration.ofSeconds(1), () -> {
            if (panel.isAttached()) {
                panel.annotationsChanged();
            }
        });
        Checkbox showContradictions = new Checkbox(getTranslation("reader.layer.contradictions"), true);
        showContradictions.setId("filter-contradictions");
        // Suggestions are one more layer of marks, dashed and not counted as annotations; one toggle hides them.
        Checkbox showSuggestions = new Checkbox(getTranslation("reader.layer.suggestions"), true);
        showSuggestions.setId("filter-suggestions");
        Set<String> hidden = new HashSet<>();
        list.addKindsListener(shown -> {
            hidden.removeIf(k -> !k.equals("contradiction") && !k.equals(SuggestionMarks.KIND));
            for (KindDescription kind : kinds) {
                if (!shown.contains(kind.markKind())) {
                    hidden.add(kind.markKind());
                }
            }
            text.hideKinds(hidden);
        });
        showContradictions.addValueChangeListener(e -> {
            if (e.getValue()) {
                hidden.remove("contradiction");
            } else {
                hidden.add("contradiction");
            }
            text.hideKinds(hidden);
        });
        showSuggestions.addValueChangeListener(e -> {
            if (e.getValue()) {
                hidden.remove(SuggestionMarks.KIND);
            } else {
                hidden.add(SuggestionMarks.KIND);
            }
            text.hideKinds(hidden);
            rememberSuggestionsSwitch(e.getValue());
        });
        // The switch lives in the address, so a reload keeps the suggestions hidden.
        if ("off".equals(location.getQueryParameters().getSingleParameter(SUGGESTIONS).orElse(""))) {
            showSuggestions.setValue(false);
        }
        details.setId("annotation-details");
        details.addClassName("annotation-details");
        HorizontalLayout layers = new HorizontalLayout(showContradictions, showSuggestions);
        VerticalLayout side = new VerticalLayout(layers, list, details);
        side.addClassName("reader-side");
        side.setPadding(false);
        side.setFlexGrow(1, list);

        HorizontalLayout body = new HorizontalLayout(scroller, side);
        body.addClassName("reader-body");
        body.setSizeFull();
        body.setSpacing(false);
        body.setAlignItems(FlexComponent.Alignment.STRETCH);
        body.setFlexGrow(1, scroller);
        return body;
    }

    /**
     * A read-only text ignores Q, F and N; an observer pressing them is told why rather than left
     * guessing. The keys are watched under the same conditions the text itself uses: nothing else
     * has the keyboard and no dialog is open. The listener goes with the text.
     */
    private static void hintReadOnlyKeys(ArticleTextElement text) {
        text.getElement().addEventListener("cc-read-only-key",
                e -> Notifications.hint(I18n.t("reader.read-only.keys")));
        text.getElement().executeJs("""
                const text = this;
                const keys = (e) => {
                  if (!text.isConnected) {
                    document.removeEventListener('keydown', keys);
                    return;
                  }
                  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || !['q', 'f', 'n'].includes((e.key || '').toLowerCase())) {
                    return;
                  }
                  const active = document.activeElement;
                  if (active && active !== document.body && !text.contains(active)) {
                    return;
                  }
                  if (document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')) {
                    return;
                  }
                  text.dispatchEvent(new CustomEvent('cc-read-only-key'));
                };
                document.addEventListener('keydown', keys);
                """);
    }

    /** Writes the Suggestions switch into the address (only "off": on is the default), keeping the rest of it. */
    private void rememberSuggestionsSwitch(boolean shown) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(location.getQueryParameters().getParameters());
        parameters.remove(SUGGESTIONS);
        if (!shown) {
            parameters.put(SUGGESTIONS, List.of("off"));
        }
        location = new Location(location.getPath(), new QueryParameters(parameters));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location.getPathWithQueryParameters()));
    }

    private void startAnnotation(KindDescription kind, int start, int end) {
        if (!canAnnotate) {
            Notifications.hint(getTranslation("reader.read-only.annotate"));
            return;
        }
        TextSpan span;
        try {
            span = TextSpan.select(article.text(), start, end);
        } catch (DomainException e) {
            Notifications.hint(e.message(getLocale()));
            return;
        }
        // Words a pending suggestion of this kind already found: its speaker or figure are the defaults.
        AnnotationFields proposed = !kind.builtIn() ? null : suggestions.pendingUnder(article.id(), kind.kind(),
                span.start(), span.end()).map(SuggestionDetails::proposedFields).orElse(null);
        new AnnotationDialog(kind, span.exact(), proposed, fields -> {
            AnnotationDetails created = annotations.create(article.id(), kind.id(), span.start(), span.end(), fields);
            undo.push(new UndoStack.Created(created.id(), created.version(), what(created)));
            text.upsert(AnnotationMarks.id(created.id()), AnnotationMarks.mark(created, text.text()));
            text.clearSelection();
            if (drawsSuggestionUnder(kind, span)) {
                // The mark took those suggestions over: their dashed marks go now, not with the live update.
                redrawSuggestions();
            }
            listRefresh.now();
            show(created, false);
            Notifications.success(getTranslation("reader.annotation.saved", Words.kind(kind, getLocale())));
        }).open();
    }

    /** Whether a suggestion of the kind is drawn (partly) on the span: a mark of that kind there takes it over. */
    private boolean drawsSuggestionUnder(KindDescription kind, TextSpan span) {
        return pendingSuggestions.stream().anyMatch(s -> s.span() != null && kind.id().equals(s.kind().name())
                && Math.min(s.span().end(), span.end()) > Math.max(s.span().start(), span.start()));
    }

    /** Sends every mark of the article again. */
    private void reloadMarks() {
        text.draw(allLayers());
    }

    private List<MarkLayer> allLayers() {
        List<ContradictionDetails> touching = readMarkedBesideAnnotations();
        return ArticleMarksEndpoint.layers(article.id(), annotations.forArticle(article.id()), touching,
                pendingSuggestions, getLocale());
    }

    /** The contradictions and suggestions marked on the text, as later changes to them are checked against. */
    private List<ContradictionDetails> readMarkedBesideAnnotations() {
        List<ContradictionDetails> touching = contradictions.forArticle(article.id());
        contradictionMarks.clear();
        touching.forEach(c -> contradictionMarks.put(c.id(), c.spansIn(article.id()).stream()
                .map(s -> ContradictionMarks.id(s.spanId())).collect(Collectors.toSet())));
        pendingSuggestions = suggestions.pendingOn(article.id());
        return touching;
    }

    /** Redraws the suggestion layer alone: decided ones go, new ones come. */
    private void redrawSuggestions() {
        Set<String> before = pendingSuggestions.stream().map(s -> SuggestionMarks.id(s.id())).collect(Collectors.toSet());
        pendingSuggestions = suggestions.pendingOn(article.id());
        List<Mark> marks = SuggestionMarks.of(pendingSuggestions, article.id(), getLocale()).marks(text.text());
        Set<String> now = marks.stream().map(Mark::id).collect(Collectors.toSet());
        before.stream().filter(id -> !now.contains(id)).forEach(text::remove);
        marks.forEach(m -> text.upsert(m.id(), Optional.of(m)));
    }

    /**
     * A clicked suggestion, to accept or reject (or only to see, for an observer). The panel stays on
     * it when someone else decides it meanwhile, and says so (see SuggestionReview).
     */
    private void showSuggestion(long suggestionId) {
        SuggestionDetails s = suggestions.get(suggestionId);
        shownSuggestion = new SuggestionReview(pages, s, articlesById, suggestions, canAnnotate, decided -> {
            clearDetails();
            reloadMarks();
            listRefresh.now();
        });
        details.add(shownSuggestion);
    }

    /** Redraws one contradiction's spans in this article: new ones drawn, changed ones redrawn, removed ones taken away. */
    private void redrawContradiction(long contradictionId) {
        ContradictionDetails c = contradictions.get(contradictionId);
        List<Mark> marks = ContradictionMarks.of(List.of(c), article.id(), getLocale()).marks(text.text());
        Set<String> drawn = marks.stream().map(Mark::id).collect(Collectors.toSet());
        contradictionMarks.getOrDefault(contradictionId, Set.of()).stream().filter(id -> !drawn.contains(id))
                .forEach(text::remove);
        marks.forEach(m -> text.upsert(m.id(), Optional.of(m)));
        contradictionMarks.put(contradictionId, drawn);
    }

    /** The contradiction a clicked span belongs to, with its other sides. */
    private void showContradiction(long spanId) {
        ContradictionDetails c = contradictions.bySpan(spanId);
        details.add(new ContradictionCard(pages, c, spanId, contradictions, changed -> {
            reloadMarks();
            clearDetails();
        }, access.canLead(c.projectId())));
    }

    private void show(AnnotationDetails a, boolean scroll) {
        if (scroll) {
            text.scrollTo(AnnotationMarks.id(a.id()));
        }
        list.select(a);
        details.removeAll();
        shown = a;
        shownCard = new Div(new AnnotationCard(a), actions(a));
        thread = new CommentThreadPanel(a.id(), comments, canAnnotate, accounts.me().id());
        details.add(shownCard, thread);
    }

    private void clearDetails() {
        details.removeAll();
        shownSuggestion = null;
        thread = null;
        shown = null;
        shownCard = null;
    }

    /** Edit and Delete, for those who may change the annotation: they act on the version shown. */
    private Component actions(AnnotationDetails a) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        // Every version, who and when, for everyone who reads it; a lead also reaches the audit trail from there.
        Button historyButton = new Button(getTranslation("reader.annotation.history"), e -> new org.crosscheck.trash.ui.HistoryDialog(what(a),
                history.of(a.id()), access.canLead(a.projectId()) ? pages.history("annotation", a.id()) : null).open());
        historyButton.setId("annotation-history");
        historyButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(historyButton);
        if (!annotations.mayChange(a)) {
            return actions;
        }
        Button edit = new Button(getTranslation("base.action.edit"), e -> edit(a));
        edit.setId("edit-annotation");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("base.action.delete"), e -> new DeleteAnnotationDialog(a, contradictions.linkedTo(a.id()),
                remove -> delete(a, remove)).open());
        delete.setId("delete-annotation");
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.addComponentAsFirst(delete);
        actions.addComponentAsFirst(edit);
        return actions;
    }

    /**
     * The selected annotation changed on someone else's screen: the panel shows the new values (the
     * comment thread, with whatever is being typed in it, stays), or says it was deleted and by whom.
     */
    private void refreshShown(Map<Long, Long> changedBy) {
        if (shown == null || !changedBy.containsKey(shown.id())) {
            return;
        }
        try {
            AnnotationDetails now = annotations.get(shown.id());
            shown = now;
            Div card = new Div(new AnnotationCard(now), actions(now));
            details.replace(shownCard, card);
            shownCard = card;
        } catch (NotFoundException deleted) {
            long by = changedBy.get(shown.id());
            UserSummary who = accounts.findByIds(List.of(by)).get(by);
            String kind = Words.kind(shown.description(), getLocale());
            String words = Texts.abbreviate(shown.span().exact(), 80);
            Div notice = new Div(who == null ? getTranslation("reader.details.deleted", kind, words)
                    : getTranslation("reader.details.deleted-by", kind, words, Texts.isolate(who.displayName())));
            notice.setId("details-deleted");
            notice.addClassName("muted");
            clearDetails();
            details.add(notice);
        }
    }

    /**
     * Edits an annotation; the dialog handles a concurrent save (see AnnotationDialog).
     */
    private void edit(AnnotationDetails a) {
        new AnnotationDialog(a.description(), a.span().exact(), a.fields(), a.version(), (fields, version) -> {
            AnnotationDetails updated = annotations.update(a.id(), fields, version);
            undo.push(new UndoStack.Edited(updated.id(), a.fields(), updated.version(), what(updated)));
            text.upsert(AnnotationMarks.id(updated.id()), AnnotationMarks.mark(updated, text.text()));
            listRefresh.now();
            show(updated, false);
            Notifications.success(getTranslation("reader.annotation.updated"));
        }).open();
    }

    private void delete(AnnotationDetails a, boolean removeFromContradictions) {
        // The version shown: deleting what someone changed meanwhile is refused, with what they changed.
        contradictions.deleteAnnotation(a.id(), removeFromContradictions, a.version());
        undo.push(new UndoStack.Deleted(a.id(), what(a)));
        reloadMarks();
        listRefresh.now();
        clearDetails();
        Notifications.success(getTranslation("reader.annotation.deleted", Words.kind(a.description(), getLocale())));
    }

    /** "quote “More than 1,000 people”": how undo and history name an annotation. */
    private static String what(AnnotationDetails a) {
        return I18n.t("reader.annotation.what", Words.kindInSentence(a.description(), I18n.locale()),
                Texts.abbreviate(a.span().exact(), 60));
    }

    /**
     * Ctrl+Z: undoes the caller's last change made in this reader, as a new change (audited, live
     * for others): a creation is deleted, an edit saved back, a deletion restored from the trash. A
     * change someone made since is not overwritten: the undo is refused with the reason.
     */
    private void undoLast() {
        if (!canAnnotate) {
            return;
        }
        java.util.Optional<UndoStack.Step> step = undo.pop();
        if (step.isEmpty()) {
            Notifications.hint(getTranslation("reader.undo.nothing"));
            return;
        }
        UndoStack.Step s = step.get();
        try {
            AnnotationDetails now = switch (s) {
                case UndoStack.Created c -> {
                    annotations.delete(c.annotationId(), c.version());
                    text.remove(AnnotationMarks.id(c.annotationId()));
                    yield null;
                }
                case UndoStack.Edited e -> annotations.update(e.annotationId(), e.before(), e.version());
                case UndoStack.Deleted d -> annotations.get(trash.undoDelete(d.annotationId()).id());
            };
            if (now != null) {
                undo.moved(s.annotationId(), now.id(), now.version());
                text.upsert(AnnotationMarks.id(now.id()), AnnotationMarks.mark(now, text.text()));
                show(now, false);
            } else if (shown != null && shown.id() == s.annotationId()) {
                clearDetails();
            }
            listRefresh.now();
            Notifications.success(switch (s) {
                case UndoStack.Created c -> getTranslation("reader.undo.undid-create", c.what());
                case UndoStack.Edited e -> getTranslation("reader.undo.undid-edit", e.what());
                case UndoStack.Deleted d -> getTranslation("reader.undo.undid-delete", d.what());
            });
        } catch (NotFoundException gone) {
            undo.forget(s.annotationId());
            Notifications.hint(getTranslation("reader.undo.gone", s.what()));
        } catch (org.crosscheck.base.ConcurrentEditException changed) {
            Notifications.hint(getTranslation("reader.undo.changed", s.what(), changed.message(getLocale())));
        } catch (DomainException refused) {
            Notifications.hint(getTranslation("reader.undo.refused", refused.message(getLocale())));
        }
    }

    @Override
    public String getPageTitle() {
        return (article == null ? getTranslation("reader.article.title") : article.title()) + " · Crosscheck"; // not translated: the product's name
    }
}
