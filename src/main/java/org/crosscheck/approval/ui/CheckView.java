package org.crosscheck.approval.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.ui.KindNames;
import org.crosscheck.approval.ApprovalService;
import org.crosscheck.approval.ApprovalService.CheckItem;
import org.crosscheck.approval.ApprovalService.Checklist;
import org.crosscheck.approval.CheckState;
import org.crosscheck.approval.Outcome;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.LiveChange;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.i18n.Messages;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.collab.Presence;
import org.crosscheck.collab.ui.LiveSubscription;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Checking one article: its annotations and contradictions in text order, each with its latest
 * decision. A checker goes down the list with J and K and decides with A (approve), C (needs
 * change) and R (reject); every member sees the outcomes here, so an author sees what came back.
 * A decision names the thing as the browser showed it ("annotation:12:3"), so a list redrawn by a
 * teammate's change never moves it onto another thing or another version.
 */
@Route("articles/:" + CheckView.ARTICLE_ID + "([0-9]{1,18})/check")
@PermitAll
public class CheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String BRAND = " · Crosscheck"; // not translated: the product's name

    public static final String ARTICLE_ID = "articleId";
    /** The attribute of the detail panel that holds the key of the thing it shows. */
    static final String SHOWN_ATTRIBUTE = "data-shown";
    private static final String SHOWN_IN_BROWSER = "(document.getElementById('check-item') || {getAttribute: () => ''})"
            + ".getAttribute('" + SHOWN_ATTRIBUTE + "') || ''";

    private final ApprovalService approvals;
    private final Pages pages;
    private final LiveSubscription live;
    private final Grid<CheckItem> grid = new Grid<>();
    private final Div panel = new Div();
    private final Span counts = new Span();
    private final Div notice = new Div();
    private final H2 heading = new H2();
    private final Anchor back = new Anchor();
    private final Anchor reader = new Anchor();
    private Checklist list;
    /** The page's title after "Check · ": the article's title, once known. */
    private String title;
    /** Who made it: on a phone only in the panel, so the list keeps the words and the outcome. */
    private Grid.Column<CheckItem> byColumn;
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
        byColumn.setVisible(windowWidth <= 0 || windowWidth >= 700);
    }

    CheckView(ApprovalService approvals, AccountService accounts, Pages pages, LiveUpdates liveUpdates, Presence presence) {
        this.approvals = approvals;
        this.pages = pages;
        this.live = new LiveSubscription(liveUpdates, presence);
        addClassNames("page", "check-view");
        back.addClassName("back-link");
        reader.setText(getTranslation("approval.open-reader"));
        reader.setId("check-open-reader");
        counts.setId("check-counts");
        counts.addClassName("muted");
        notice.setId("check-notice");
        notice.addClassName("check-notice");
        Div head = new Div(heading, live.avatars());
        head.addClassName("check-head");
        Div line = new Div(counts, reader);
        line.addClassName("check-line");
        Paragraph keys = new Paragraph(getTranslation("approval.keys"));
        keys.addClassNames("muted", "check-keys");

        grid.setId("check-list");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(i -> {
            Span badge = new Span(kindName(i));
            badge.addClassName("badge");
            badge.addClassNames(i.kindCss().split(" "));
            return badge;
        }).setHeader(getTranslation("approval.column.kind")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(i -> "“" + Texts.abbreviate(i.text(), 140) + "”").setHeader(getTranslation("approval.column.text"))
                .setFlexGrow(3);
        byColumn = grid.addColumn(i -> i.author() == null ? "" : i.author().displayName())
                .setHeader(getTranslation("approval.column.by")).setAutoWidth(true).setFlexGrow(0).setKey("by");
        grid.addComponentColumn(i -> outcomeBadge(i.state())).setHeader(getTranslation("approval.column.outcome"))
                .setWidth("11rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("approval.empty"));
        grid.setPartNameGenerator(i -> i.toCheck() ? null : "decided");
        // A click on the row shown keeps it shown (and puts the keyboard in the list).
        ((com.vaadin.flow.component.grid.GridSingleSelectionModel<CheckItem>) grid.getSelectionModel())
                .setDeselectAllowed(false);
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        grid.setHeight("min(60vh, 40rem)");
        Shortcuts.addShortcutListener(grid, () -> move(1), Key.KEY_J).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> move(-1), Key.KEY_K).listenOn(grid);
        // A, C and R decide on what the panel showed in the browser when the key went down.
        grid.getElement().addEventListener("keydown", e -> {
                    String key = e.getEventData().path("event.key").asString("");
                    decide(switch (key) {
                        case "a" -> Outcome.APPROVED;
                        case "c" -> Outcome.NEEDS_CHANGE;
                        default -> Outcome.REJECTED;
                    }, e.getEventData().path(SHOWN_IN_BROWSER).asString(""));
                })
                .setFilter("(event.key === 'a' || event.key === 'c' || event.key === 'r') && !event.ctrlKey" // not translated: a script
                        + " && !event.metaKey && !event.altKey") // not translated: a script
                .addEventData("event.key")
                .addEventData(SHOWN_IN_BROWSER);

        panel.setId("check-item");
        panel.addClassName("check-item");
        FlexLayout split = new FlexLayout(grid, panel);
        split.addClassName("check-split");
        split.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        split.setWidthFull();
        grid.getStyle().set("flex", "3 1 34rem").set("min-width", "0");
        panel.getStyle().set("flex", "2 1 20rem").set("min-width", "0");
        add(back, head, line, notice, keys, split);

        live.follow(this, accounts::me, () -> list == null ? List.of() : List.of(LiveChange.article(list.articleId())),
                changes -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long articleId = event.getRouteParameters().getLong(ARTICLE_ID).orElseThrow(() -> new NotFoundException("article", -1));
        list = approvals.checklist(articleId);
        title = list.title();
        back.setHref(pages.project(list.projectId()));
        back.setText(getTranslation("approval.back"));
        reader.setHref(pages.article(articleId));
        heading.setText(getTranslation("approval.heading", list.title()));
        draw(null);
        live.restart();
    }

    @Override
    public String getPageTitle() {
        String check = getTranslation("approval.title");
        return (title == null ? check : check + " · " + title) + BRAND;
    }

    private void refresh() {
        CheckItem selected = grid.getSelectedItems().stream().findFirst().orElse(null);
        try {
            list = approvals.checklist(list.articleId());
        } catch (NotFoundException gone) {
            Notifications.info(getTranslation("approval.gone"));
            grid.setItems(List.of());
            show(null);
            return;
        }
        draw(selected);
    }

    private void draw(CheckItem keep) {
        grid.setItems(list.items());
        counts.setText(getTranslation("approval.counts", list.toCheck(), list.count(Outcome.APPROVED),
                list.count(Outcome.NEEDS_CHANGE), list.count(Outcome.REJECTED)));
        if (!list.mayCheck()) {
            notice.setText(getTranslation("approval.notice.observer"));
        } else if (list.status() != ArticleStatus.READY_FOR_REVIEW) {
            notice.setText(getTranslation("approval.error.not-ready." + list.status().name()));
        } else {
            notice.setText("");
        }
        notice.setVisible(!notice.getText().isEmpty());
        CheckItem again = keep == null ? null : list.items().stream()
                .filter(i -> i.subject() == keep.subject() && i.id() == keep.id()).findFirst().orElse(null);
        if (again == null && keep == null) {
            again = list.items().stream().filter(CheckItem::toCheck).findFirst()
                    .orElse(list.items().isEmpty() ? null : list.items().getFirst());
        }
        if (again != null) {
            grid.select(again);
            grid.scrollToItem(again);
        } else {
            grid.deselectAll();
            show(null);
        }
    }

    private void move(int by) {
        List<CheckItem> items = list.items();
        if (items.isEmpty()) {
            return;
        }
        int at = grid.getSelectedItems().stream().findFirst().map(items::indexOf).orElse(-1);
        int next = Math.max(0, Math.min(items.size() - 1, at + by));
        grid.select(items.get(next));
        grid.scrollToIndex(next);
    }

    private void show(CheckItem item) {
        panel.removeAll();
        if (item == null) {
            panel.getElement().setAttribute(SHOWN_ATTRIBUTE, "");
            Paragraph none = new Paragraph(getTranslation(list == null || list.items().isEmpty() ? "approval.nothing"
                    : "approval.choose"));
            none.addClassName("muted");
            panel.add(none);
            return;
        }
        panel.getElement().setAttribute(SHOWN_ATTRIBUTE, item.key());
        Span badge = new Span(kindName(item));
        badge.addClassName("badge");
        badge.addClassNames(item.kindCss().split(" "));
        H3 text = new H3("“" + Texts.abbreviate(item.text(), 600) + "”");
        text.addClassName("check-text");
        panel.add(badge, text);
        if (!item.details().isBlank()) {
            Paragraph details = new Paragraph(Texts.abbreviate(item.details(), 600));
            details.setId("check-details");
            panel.add(details);
        }
        Paragraph by = new Paragraph(item.author() == null ? getTranslation("approval.by-someone")
                : getTranslation("approval.by", item.author().displayName()));
        by.addClassName("muted");
        panel.add(by);
        Div outcome = new Div(outcomeBadge(item.state()));
        outcome.setId("check-outcome");
        CheckState state = item.state();
        if (state != null) {
            Span who = new Span(" " + (state.decidedBy() == null ? "" : state.decidedBy().displayName() + ", ")
                    + I18n.dates("base.format.date-time", ZoneId.systemDefault()).format(state.decidedAt()));
            who.addClassName("muted");
            outcome.add(who);
            if (state.comment() != null) {
                Paragraph words = new Paragraph(state.comment());
                words.setId("check-comment");
                words.addClassName("check-comment");
                outcome.add(words);
            }
        }
        panel.add(outcome);
        if (list.open()) {
            Button approve = action(getTranslation("approval.action.approve"), "check-approve", Outcome.APPROVED);
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button change = action(getTranslation("approval.action.needs-change"), "check-needs-change", Outcome.NEEDS_CHANGE);
            Button reject = action(getTranslation("approval.action.reject"), "check-reject", Outcome.REJECTED);
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div actions = new Div(approve, change, reject);
            actions.addClassName("check-actions");
            panel.add(actions);
        }
    }

    /** A button that decides on what the panel showed in the browser when it was clicked. */
    private Button action(String label, String id, Outcome outcome) {
        Button button = new Button(label);
        button.setId(id);
        button.getElement().addEventListener("click", e -> decide(outcome, e.getEventData().path(SHOWN_IN_BROWSER)
                .asString(""))).addEventData(SHOWN_IN_BROWSER);
        return button;
    }

    private void decide(Outcome outcome, String shown) {
        if (list == null || !list.open()) {
            if (list != null && list.mayCheck()) {
                Notifications.hint(getTranslation("approval.error.not-ready"));
            }
            return;
        }
        CheckItem item = list.items().stream().filter(i -> i.key().equals(shown)).findFirst().orElse(null);
        if (item == null) {
            Notifications.hint(getTranslation("approval.changed-meanwhile"));
            refresh();
            return;
        }
        if (outcome.needsComment()) {
            new CommentDialog(outcome, item, words -> save(item, outcome, words)).open();
        } else {
            save(item, outcome, null);
        }
    }

    /** Saves the decision; a refusal with a field goes back to the dialog (null when saved). */
    private String save(CheckItem item, Outcome outcome, String words) {
        try {
            approvals.decide(item.subject(), item.id(), item.version(), outcome, words);
        } catch (ConcurrentEditException e) {
            // The service's words are English only; the same refusal in the window's language.
            Notifications.hint(getTranslation("approval.error.changed", inSentence(kindName(item))));
            refresh();
            return null;
        } catch (DomainException e) {
            if ("comment".equals(e.field())) {
                return e.message(I18n.locale());
            }
            Notifications.hint(e.message(I18n.locale()));
            return null;
        }
        Notifications.success(getTranslation("approval.decided." + outcome.name(), kindName(item)));
        list = approvals.checklist(list.articleId());
        int at = list.items().indexOf(list.items().stream()
                .filter(i -> i.subject() == item.subject() && i.id() == item.id()).findFirst().orElse(null));
        // On to the next thing to check after this one, as a checker works down the list; when none
        // is left, the one just decided stays shown with its outcome.
        List<CheckItem> items = list.items();
        CheckItem next = at < 0 ? null : items.get(at);
        for (int i = 1; i <= items.size(); i++) {
            CheckItem candidate = items.get((Math.max(at, 0) + i) % items.size());
            if (candidate.toCheck()) {
                next = candidate;
                break;
            }
        }
        draw(next);
        grid.focus();
        return null;
    }

    /** A built-in kind's name in the window's language, a project kind's as its lead named it. */
    static String kindName(CheckItem item) {
        return item.kind() == null ? I18n.t("approval.contradiction") : KindNames.of(item.kind());
    }

    /**
     * A kind's name inside a sentence ("Reject this quote"): English writes a common noun in lower
     * case, German keeps the capital every noun has.
     */
    static String inSentence(String kindName) {
        return Messages.ENGLISH.getLanguage().equals(I18n.locale().getLanguage())
                ? kindName.toLowerCase(Locale.ROOT) : kindName;
    }

    static Span outcomeBadge(CheckState state) {
        Span badge = new Span(state == null ? I18n.t("approval.outcome.to-check")
                : I18n.t((state.current() ? "approval.outcome." : "approval.outcome.changed-since.") + state.outcome().name()));
        badge.addClassNames("badge", "outcome",
                state == null || !state.current() ? "outcome-open" : "outcome-" + state.outcome().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'));
        return badge;
    }
}
