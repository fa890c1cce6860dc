package org.crosscheck.curation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.ui.KindNames;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.curation.CurationService;
import org.crosscheck.curation.CurationService.Annotator;
import org.crosscheck.curation.CurationService.CuratedPlace;
import org.crosscheck.curation.CurationService.Curation;
import org.crosscheck.curation.CurationService.PlaceState;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Curating an article marked independently: the agreement figures, then every place where an
 * assignee marked, their marks side by side. Agreements are pre-accepted (one click takes them all);
 * each disagreement is decided on its own: take one assignee's mark (or several), or none. J and K
 * move, 1–9 take that assignee's mark, 0 leaves the place out. A choice names the place as the
 * browser showed it, so a redrawn list never moves it onto another place.
 */
@Route("articles/:" + CurationView.ARTICLE_ID + "([0-9]{1,18})/curate")
@PermitAll
public class CurationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ARTICLE_ID = "articleId";
    static final String SHOWN_ATTRIBUTE = "data-shown";
    private static final String SHOWN_IN_BROWSER = "(document.getElementById('curate-place') || {getAttribute: () => ''})"
            + ".getAttribute('" + SHOWN_ATTRIBUTE + "') || ''";

    private final CurationService curation;
    private final Pages pages;
    private final Grid<CuratedPlace> grid = new Grid<>();
    private final Div panel = new Div();
    private final Div agreement = new Div();
    private final Span counts = new Span();
    private final Div notice = new Div();
    private final H2 heading = new H2();
    private final Anchor back = new Anchor();
    private final Anchor check = new Anchor();
    private final Button acceptAgreements = new Button();
    private Curation shown;
    private String title;
    /** The place's words: on a phone only in the assignees' columns and the panel, so the list fits. */
    private Grid.Column<CuratedPlace> textColumn;
    private boolean narrow;
    private com.vaadin.flow.shared.Registration resize;

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(d -> fit(d.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (resize != null) {
            resize.remove();
        }
        super.onDetach(detachEvent);
    }

    private void fit(int windowWidth) {
        narrow = windowWidth > 0 && windowWidth < 700;
        if (textColumn != null) {
            textColumn.setVisible(!narrow);
        }
    }

    CurationView(CurationService curation, Pages pages) {
        this.curation = curation;
        this.pages = pages;
        addClassNames("page", "curate-view");
        back.addClassName("back-link");
        counts.setId("curate-counts");
        counts.addClassName("muted");
        notice.setId("curate-notice");
        notice.addClassName("check-notice");
        check.setText(getTranslation("curation.check-screen"));
        check.setId("curate-check");
        agreement.setId("curate-agreement");
        acceptAgreements.setId("curate-accept-agreements");
        acceptAgreements.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptAgreements.addClickListener(e -> acceptAgreements());
        Div line = new Div(counts, check);
        line.addClassName("check-line");
        Paragraph keys = new Paragraph(getTranslation("curation.keys"));
        keys.addClassNames("muted", "check-keys");

        grid.setId("curate-places");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        ((GridSingleSelectionModel<CuratedPlace>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        grid.setHeight("min(60vh, 40rem)");
        Shortcuts.addShortcutListener(grid, () -> move(1), Key.KEY_J).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> move(-1), Key.KEY_K).listenOn(grid);
        grid.getElement().addEventListener("keydown", e -> {
                    String key = e.getEventData().path("event.key").asString("");
                    choose(key.equals("0") ? -1 : Integer.parseInt(key) - 1, e.getEventData().path(SHOWN_IN_BROWSER).asString(""));
                })
                .setFilter("event.key >= '0' && event.key <= '9' && event.key.length === 1 && !event.ctrlKey" // not translated: a script
                        + " && !event.metaKey && !event.altKey") // not translated: a script
                .addEventData("event.key")
                .addEventData(SHOWN_IN_BROWSER);
        panel.setId("curate-place");
        panel.addClassName("check-item");
        FlexLayout split = new FlexLayout(grid, panel);
        split.addClassName("check-split");
        split.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        split.setWidthFull();
        grid.getStyle().set("flex", "3 1 34rem").set("min-width", "0");
        panel.getStyle().set("flex", "2 1 20rem").set("min-width", "0");
        add(back, heading, line, notice, new H3(getTranslation("curation.agreement.heading")), agreement, acceptAgreements, keys, split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long articleId = event.getRouteParameters().getLong(ARTICLE_ID).orElseThrow(() -> new NotFoundException("article", -1));
        try {
            shown = curation.of(articleId);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // Only leads see every assignee's marks; to anyone else the page does not exist.
            throw new NotFoundException("article", articleId);
        }
        title = getTranslation("curation.page-title", shown.title());
        back.setHref(pages.project(shown.projectId()));
        back.setText(getTranslation("curation.back"));
        check.setHref(pages.check(articleId));
        heading.setText(getTranslation("curation.heading", shown.title()));
        columns();
        draw(null);
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("curation.title") : title) + " · Crosscheck"; // not translated: the product's name
    }

    private void columns() {
        grid.removeAllColumns();
        // Templates drawn in the browser, not a component per row: 2,000 places open in one round trip.
        grid.addColumn(LitRenderer.<CuratedPlace>of("<span class=\"badge ${item.css}\">${item.kind}</span>")
                .withProperty("css", CuratedPlace::kindCss).withProperty("kind", CurationView::kindOf))
                .setHeader(getTranslation("curation.column.kind")).setWidth("7rem").setFlexGrow(0);
        textColumn = grid.addColumn(p -> "“" + Texts.abbreviate(p.text(), 90) + "”").setHeader(getTranslation("curation.column.text")).setFlexGrow(2);
        textColumn.setVisible(!narrow);
        for (Annotator a : shown.annotators()) {
            grid.addColumn(p -> says(p.byAnnotator().get(a.user().id()))).setHeader(a.user().displayName()).setFlexGrow(2);
        }
        grid.addColumn(LitRenderer.<CuratedPlace>of("<span class=\"badge outcome ${item.css}\">${item.state}</span>")
                .withProperty("css", p -> stateCss(p.state())).withProperty("state", p -> stateName(p.state())))
                .setHeader(getTranslation("curation.column.choice")).setWidth("8rem").setFlexGrow(0);
    }

    private static String says(List<AnnotationDetails> marks) {
        if (marks == null || marks.isEmpty()) {
            return "—";
        }
        return marks.stream().map(a -> "“" + Texts.abbreviate(a.span().exact(), 40) + "”"
                + (a.summary().isBlank() ? "" : " " + Texts.abbreviate(KindNames.summary(a), 60))).reduce((x, y) -> x + "; " + y).orElse("");
    }

    private void refresh() {
        CuratedPlace selected = grid.getSelectedItems().stream().findFirst().orElse(null);
        shown = curation.of(shown.articleId());
        draw(selected);
    }

    private void draw(CuratedPlace keep) {
        grid.setItems(shown.places());
        agreement.removeAll();
        if (shown.annotators().size() < 2) {
            agreement.add(new Paragraph(getTranslation("curation.agreement.needs-two")));
        } else {
            agreement.add(AgreementTable.of(shown.agreement(), shown.annotators(), this::kindName));
        }
        long agreed = shown.count(PlaceState.AGREED);
        acceptAgreements.setText(getTranslation("curation.accept", agreed));
        acceptAgreements.setVisible(agreed > 0 && shown.open());
        counts.setText(getTranslation("curation.counts", shown.places().size(), agreed, shown.count(PlaceState.TO_DECIDE),
                shown.count(PlaceState.TAKEN), shown.count(PlaceState.LEFT_OUT)));
        List<String> waiting = shown.annotators().stream().filter(a -> a.assigned() && !a.submitted())
                .map(a -> a.user().displayName()).toList();
        notice.setText(shown.open() ? "" : !waiting.isEmpty() ? getTranslation("curation.waiting", String.join(", ", waiting))
                : getTranslation("curation.not-ready", getTranslation("article.status." + shown.status().name())));
        notice.setVisible(!notice.getText().isEmpty());
        CuratedPlace again = keep == null ? null : shown.places().stream().filter(p -> p.index() == keep.index()).findFirst()
                .orElse(null);
        if (again == null) {
            again = shown.places().stream().filter(p -> p.state() == PlaceState.TO_DECIDE).findFirst()
                    .orElse(shown.places().isEmpty() ? null : shown.places().getFirst());
        }
        if (again != null) {
            grid.select(again);
            if (again.index() > 5) {
                grid.scrollToIndex(again.index());
            }
        } else {
            show(null);
        }
    }

    private String kindName(String kindId) {
        return shown.places().stream().filter(p -> p.place().kind().equals(kindId)).findFirst()
                .map(CurationView::kindOf).orElse(kindId.toLowerCase(Locale.ROOT));
    }

    private void move(int by) {
        List<CuratedPlace> items = shown.places();
        if (items.isEmpty()) {
            return;
        }
        int at = grid.getSelectedItems().stream().findFirst().map(items::indexOf).orElse(-1);
        int next = Math.max(0, Math.min(items.size() - 1, at + by));
        grid.select(items.get(next));
        grid.scrollToIndex(next);
    }

    private void show(CuratedPlace place) {
        panel.removeAll();
        if (place == null) {
            panel.getElement().setAttribute(SHOWN_ATTRIBUTE, "");
            Paragraph none = new Paragraph(getTranslation("curation.nobody"));
            none.addClassName("muted");
            panel.add(none);
            return;
        }
        panel.getElement().setAttribute(SHOWN_ATTRIBUTE, place.key());
        Span badge = new Span(kindOf(place));
        badge.addClassName("badge");
        badge.addClassNames(place.kindCss().split(" "));
        H3 text = new H3("“" + Texts.abbreviate(place.text(), 400) + "”");
        text.addClassName("check-text");
        panel.add(badge, text, stateBadge(place));
        int n = 0;
        for (Annotator a : shown.annotators()) {
            n++;
            List<AnnotationDetails> marks = place.byAnnotator().get(a.user().id());
            Div version = new Div();
            version.addClassName("curate-version");
            Span who = new Span(n + " · " + a.user().displayName());
            who.addClassName("activity-who");
            version.add(who, new Paragraph(says(marks)));
            if (shown.open() && marks != null && !marks.isEmpty()) {
                int index = n - 1;
                Button take = new Button(getTranslation("curation.take", a.user().displayName()));
                take.addClassName("curate-take");
                take.getElement().addEventListener("click", e -> choose(index, e.getEventData().path(SHOWN_IN_BROWSER)
                        .asString(""))).addEventData(SHOWN_IN_BROWSER);
                version.add(take);
            }
            panel.add(version);
        }
        if (shown.open()) {
            Button none = new Button(getTranslation("curation.take-none"));
            none.setId("curate-none");
            none.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            none.getElement().addEventListener("click", e -> choose(-1, e.getEventData().path(SHOWN_IN_BROWSER).asString("")))
                    .addEventData(SHOWN_IN_BROWSER);
            panel.add(none);
        }
    }

    /** Takes the marks of the annotator at {@code index} (−1: none) at the place the browser showed. */
    private void choose(int index, String shownKey) {
        if (shown == null || !shown.open()) {
            return;
        }
        if (index >= shown.annotators().size()) {
            return;
        }
        Set<Long> take = index < 0 ? Set.of() : Set.of(shown.annotators().get(index).user().id());
        CuratedPlace place = shown.places().stream().filter(p -> p.key().equals(shownKey)).findFirst().orElse(null);
        if (place == null || (index >= 0 && place.byAnnotator().get(shown.annotators().get(index).user().id()).isEmpty())) {
            return;
        }
        try {
            curation.choose(shown.articleId(), shownKey, take);
        } catch (DomainException e) { // a ConcurrentEditException among them: the place changed meanwhile
            Notifications.hint(e.message(getLocale()));
            refresh();
            return;
        }
        shown = curation.of(shown.articleId());
        // On to the next place to decide, as a curator works down the list.
        CuratedPlace next = shown.places().stream().filter(p -> p.index() > place.index() && p.state() == PlaceState.TO_DECIDE)
                .findFirst().orElse(shown.places().get(place.index()));
        draw(next);
        grid.focus();
    }

    private void acceptAgreements() {
        try {
            int n = curation.acceptAgreements(shown.articleId());
            Notifications.success(getTranslation("curation.accepted", n));
        } catch (DomainException e) {
            Notifications.hint(e.message(getLocale()));
        }
        refresh();
    }

    /** The kind of the place's marks as a screen names it (a built-in kind in the window's language). */
    private static String kindOf(CuratedPlace place) {
        return place.byAnnotator().values().stream().flatMap(List::stream).findFirst()
                .map(a -> KindNames.of(a.description())).orElse(place.place().kind());
    }

    /** The state as a screen shows it; the enum's label is the API's. */
    private static String stateName(PlaceState state) {
        return I18n.t("curation.place-state." + state.name());
    }

    static Span stateBadge(CuratedPlace place) {
        Span badge = new Span(stateName(place.state()));
        badge.addClassNames("badge", "outcome", stateCss(place.state()));
        return badge;
    }

    private static String stateCss(PlaceState state) {
        return switch (state) {
            case AGREED, TAKEN -> "outcome-approved";
            case LEFT_OUT -> "outcome-rejected";
            case TO_DECIDE -> "outcome-open";
        };
    }
}
