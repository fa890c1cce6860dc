package org.crosscheck.reader.ui;

import org.crosscheck.article.ArticleContent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.base.BadRequestException;
import org.crosscheck.base.Texts;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server side of {@code <cc-article-text>} (frontend/article-text.js): one light-DOM element
 * that draws an article's text with its highlights from JSON and reports selections and clicks.
 * The element fetches the text itself; the server sends the highlights as a compact array, then only deltas; it never
 * holds a component per highlight, which keeps large articles fast to open and light in memory.
 */
@Tag("cc-article-text")
@JsModule("./article-text.js")
public class ArticleTextElement extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** "a12" (an annotation) or "c7" (a contradiction span): what the element puts on its marks. */
    private static final Pattern MARK_ID = Pattern.compile("[acs][0-9]{1,18}");


    /** The text drawn, which every highlight is checked against before it is sent. */
    private String text = "";

    ArticleTextElement() {
    }

    /**
     * Shows the article's text, which the element fetches itself from {@link ArticleTextEndpoint}
     * (named by its hash): the text stays out of the UI state sent to the browser.
     */
    void setText(ArticleContent article) {
        this.text = article.text();
        // The text's own language and direction: the browser then lays out Arabic or Hebrew right to
        // left, hyphenates and picks fonts for the language, and a screen reader reads it in its voice.
        // Selections are read from the DOM in logical order, so offsets do not depend on direction.
        if (article.language() != null) {
            getElement().setAttribute("lang", article.language());
        } else {
            getElement().removeAttribute("lang");
        }
        getElement().setAttribute("dir", article.rightToLeft() ? "rtl" : "auto");
        getElement().setProperty("loadFailedText", getTranslation("reader.text.load-failed"));
        getElement().setProperty("src", ArticleTextEndpoint.address(article));
    }

    /** The text drawn: what every layer anchors its marks in. */
    String text() {
        return text;
    }

    /**
     * Draws what every layer marks on the text (annotations, contradictions, later suggestions): each
     * layer contributes its own marks, so a new one plugs in without touching the others.
     */
    void draw(List<MarkLayer> layers) {
        getElement().setProperty("annotationsJson", json(layers));
    }

    /**
     * Draws every mark, whatever was sent before: the element asked for them ({@link MarksStaleEvent})
     * and has none. A property set to the value it already had would not be sent again.
     */
    void redraw(List<MarkLayer> layers) {
        getElement().callJsFunction("drawMarks", json(layers));
    }

    private String json(List<MarkLayer> layers) {
        List<Mark> marks = new ArrayList<>();
        layers.forEach(layer -> marks.addAll(layer.marks(text)));
        return JSON.writeValueAsString(marks);
    }

    /**
     * Draws the marks the element fetches itself from {@code address} ({@link ArticleMarksEndpoint}),
     * once {@link #marksSeen} has said which of them are recent enough; changes sent meanwhile wait
     * for them. Marks that are older, or that cannot be fetched, come through {@link MarksStaleEvent}
     * and {@link #redraw} instead.
     */
    void drawFrom(String address) {
        getElement().setProperty("marksSrc", address);
    }

    /** The fetched marks are drawn only if they hold every change counted up to {@code seen} ({@code LiveUpdates#seen}). */
    void marksSeen(long seen) {
        getElement().setProperty("marksSeen", (double) seen);
    }

    Registration addMarksStaleListener(ComponentEventListener<MarksStaleEvent> listener) {
        return addListener(MarksStaleEvent.class, listener);
    }

    /** The marks fetched were older than what the view follows, or could not be fetched: send them. */
    @DomEvent("cc-marks-stale")
    public static class MarksStaleEvent extends ComponentEvent<ArticleTextElement> {
        public MarksStaleEvent(ArticleTextElement source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** The kinds the toolbar offers and their keys: the built-in ones and the project's own. */
    void setKinds(java.util.List<KindDescription> kinds) {
        getElement().setProperty("kindsJson", JSON.writeValueAsString(kinds.stream().map(k -> java.util.Map.of(
                "id", k.markKind(), "label", Words.kind(k, org.crosscheck.base.i18n.I18n.locale()), "key", k.shortcut() == null ? "" : k.shortcut(),
                "cls", k.cssClass())).toList()));
    }

    /** Draws only the marks of kinds not in {@code hidden} ("quote", "figure", "note", "kind-12", "contradiction"). */
    void hideKinds(java.util.Collection<String> hidden) {
        getElement().setProperty("hiddenKinds", String.join(" ", hidden));
    }

    /** Draws or redraws one mark; one whose words are gone (empty) is taken away. */
    void upsert(String markId, Optional<Mark> mark) {
        if (mark.isPresent()) {
            getElement().callJsFunction("upsertAnnotation", JSON.writeValueAsString(mark.get()));
        } else {
            remove(markId);
        }
    }

    void remove(String markId) {
        getElement().callJsFunction("removeAnnotation", markId);
    }

    void scrollTo(String markId) {
        getElement().callJsFunction("scrollToAnnotation", markId);
    }

    /** Selects {@code start}–{@code end} of the text and brings it into view (a search match), ready to annotate. */
    void select(int start, int end) {
        getElement().callJsFunction("selectRange", start, end);
    }

    void clearSelection() {
        getElement().callJsFunction("clearSelection");
    }

    /** Without the right to annotate, the element offers no annotation toolbar or shortcuts. */
    void setReadOnly(boolean readOnly) {
        getElement().setAttribute("readonly", readOnly);
    }

    /** Reports selections only (the compare view): no annotation toolbar, no Q/F/N. */
    void setSelectOnly(boolean selectOnly) {
        getElement().setAttribute("select-only", selectOnly);
    }

    /** This element turns the C key into a {@link LinkEvent} (one element per page should). */
    void setLinkShortcut(boolean on) {
        getElement().setAttribute("link-shortcut", on);
    }

    Registration addAnnotateListener(ComponentEventListener<AnnotateEvent> listener) {
        return addListener(AnnotateEvent.class, listener);
    }

    Registration addMarkClickListener(ComponentEventListener<MarkClickEvent> listener) {
        return addListener(MarkClickEvent.class, listener);
    }

    Registration addSelectListener(ComponentEventListener<SelectEvent> listener) {
        return addListener(SelectEvent.class, listener);
    }

    Registration addLinkListener(ComponentEventListener<LinkEvent> listener) {
        return addListener(LinkEvent.class, listener);
    }

    /** The ? key asks for the keyboard shortcuts (one element per page should). */
    Registration addHelpListener(ComponentEventListener<HelpEvent> listener) {
        getElement().setAttribute("help-shortcut", true);
        return addListener(HelpEvent.class, listener);
    }

    /** The user pressed ?: show the keyboard shortcuts. */
    @DomEvent("cc-help")
    public static class HelpEvent extends ComponentEvent<ArticleTextElement> {
        public HelpEvent(ArticleTextElement source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** The user asked to mark the selection {@code [start, end)} (UTF-16 offsets into the text) as a kind. */
    @DomEvent("cc-annotate")
    public static class AnnotateEvent extends ComponentEvent<ArticleTextElement> {
        private final String kind;
        private final int start;
        private final int end;

        public AnnotateEvent(ArticleTextElement source, boolean fromClient,
                             @EventData("event.detail.kind") String kind,
                             @EventData("event.detail.start") int start,
                             @EventData("event.detail.end") int end) {
            super(source, fromClient);
            this.kind = kind;
            this.start = start;
            this.end = end;
        }

        /**
         * The kind asked for, one of {@code offered}; anything else came from a forged or broken client
         * (or a kind deleted meanwhile) and is refused as such.
         */
        KindDescription kind(java.util.List<KindDescription> offered) {
            return offered.stream().filter(k -> k.markKind().equalsIgnoreCase(kind)).findFirst().orElseThrow(() ->
                    new BadRequestException("unknown annotation kind '" + Texts.abbreviate(kind, 40) + "'"));
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }
    }

    /** A selection of {@code [start, end)} ended in the text. */
    @DomEvent("cc-select")
    public static class SelectEvent extends ComponentEvent<ArticleTextElement> {
        private final int start;
        private final int end;

        public SelectEvent(ArticleTextElement source, boolean fromClient,
                           @EventData("event.detail.start") int start, @EventData("event.detail.end") int end) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }
    }

    /** The user pressed C: link the pending selections as a contradiction. */
    @DomEvent("cc-link")
    public static class LinkEvent extends ComponentEvent<ArticleTextElement> {
        public LinkEvent(ArticleTextElement source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** The user clicked a highlight: the annotations and contradiction spans under the pointer, innermost first. */
    @DomEvent("cc-mark-click")
    public static class MarkClickEvent extends ComponentEvent<ArticleTextElement> {
        private final List<String> markIds;

        public MarkClickEvent(ArticleTextElement source, boolean fromClient, @EventData("event.detail.ids") String ids) {
            super(source, fromClient);
            this.markIds = ids == null || ids.isBlank() ? List.of() : List.of(ids.trim().split("\\s+"));
            for (String id : markIds) {
                if (!MARK_ID.matcher(id).matches()) {
                    throw new BadRequestException("malformed mark id '" + Texts.abbreviate(id, 40) + "'");
                }
            }
        }

        /** The innermost annotation clicked, or -1 when only contradiction spans were. */
        long annotationId() {
            return markIds.stream().filter(id -> id.startsWith("a")).findFirst()
                    .map(id -> Long.parseLong(id.substring(1))).orElse(-1L);
        }

        /** The suggestions clicked (innermost first). */
        List<Long> suggestionIds() {
            return markIds.stream().filter(id -> id.startsWith("s")).map(id -> Long.parseLong(id.substring(1)))
                    .distinct().toList();
        }

        /** The contradiction spans clicked. */
        List<Long> spanIds() {
            return markIds.stream().filter(id -> id.startsWith("c")).map(id -> Long.parseLong(id.substring(1))).toList();
        }
    }
}
