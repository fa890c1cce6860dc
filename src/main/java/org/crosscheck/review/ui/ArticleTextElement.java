package org.crosscheck.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationView;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.base.BadRequestException;
import org.crosscheck.base.Texts;
import org.crosscheck.review.ContradictionView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The server side of {@code <cc-article-text>} (frontend/article-text.js): one light-DOM element
 * that draws an article's text with its highlights from JSON and reports selections and clicks.
 * The server sends the text once and the highlights as a compact array, then only deltas; it never
 * holds a component per highlight, which keeps large articles fast to open and light in memory.
 */
@Tag("cc-article-text")
@JsModule("./article-text.js")
public class ArticleTextElement extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(ArticleTextElement.class);
    /** "a12" (an annotation) or "c7" (a contradiction span): what the element puts on its marks. */
    private static final Pattern MARK_ID = Pattern.compile("[ac][0-9]{1,18}");

    /** What the browser needs to draw one highlight: id ("a12", "c7"), kind, offsets, tooltip. */
    record Mark(String id, String k, int s, int e, String t) {

        /** The annotation's highlight, where its words are in {@code text}; none when they are not (orphaned). */
        static Optional<Mark> of(AnnotationView a, String text) {
            String label = a.kind().label() + ": " + a.summary()
                    + (a.author() == null ? "" : " (" + Texts.isolate(a.author().displayName()) + ")");
            return anchored(annotationMarkId(a.id()), a.kind().name().toLowerCase(), a.span(), text, label);
        }

        static List<Mark> of(ContradictionView c, long articleId, String text) {
            List<Mark> marks = new ArrayList<>();
            for (ContradictionView.Side side : c.spansIn(articleId)) {
                String others = c.othersThan(side.spanId()).stream()
                        .map(o -> o.source() + ": “" + o.span().exact() + "”").collect(Collectors.joining("; "));
                String label = "Contradiction (" + c.category().label() + ", " + c.status().label().toLowerCase() + ")"
                        + (others.isEmpty() ? "" : " with " + others);
                anchored(spanMarkId(side.spanId()), "contradiction", side.span(), text, label).ifPresent(marks::add);
            }
            return marks;
        }

        /**
         * A highlight is drawn only on its own words: where the stored offsets no longer hold the
         * span's exact text it is re-anchored by quote and context, or left out when the words are gone.
         */
        private static Optional<Mark> anchored(String id, String kind, TextSpan span, String text, String label) {
            Optional<TextSpan> found = span.anchorIn(text);
            if (found.isEmpty()) {
                log.warn("Not drawing {}: its text “{}” is no longer in the article", id, Texts.abbreviate(span.exact(), 60));
            } else if (found.get().start() != span.start()) {
                log.warn("Drawing {} at {} instead of {}: its stored offsets no longer hold its text", id,
                        found.get().start(), span.start());
            }
            return found.map(s -> new Mark(id, kind, s.start(), s.end(), label));
        }
    }

    static String annotationMarkId(long annotationId) {
        return "a" + annotationId;
    }

    static String spanMarkId(long spanId) {
        return "c" + spanId;
    }

    /** The text drawn, which every highlight is checked against before it is sent. */
    private String text = "";

    ArticleTextElement() {
    }

    void setText(String text) {
        this.text = text;
        getElement().setProperty("text", text);
    }

    /** Draws the article's annotations and the spans of the contradictions it takes part in. */
    void setMarks(long articleId, List<AnnotationView> annotations, List<ContradictionView> contradictions) {
        List<Mark> marks = new ArrayList<>();
        annotations.forEach(a -> Mark.of(a, text).ifPresent(marks::add));
        contradictions.forEach(c -> marks.addAll(Mark.of(c, articleId, text)));
        getElement().setProperty("annotationsJson", JSON.writeValueAsString(marks));
    }

    void upsert(AnnotationView annotation) {
        Optional<Mark> mark = Mark.of(annotation, text);
        if (mark.isPresent()) {
            getElement().callJsFunction("upsertAnnotation", JSON.writeValueAsString(mark.get()));
        } else {
            remove(annotationMarkId(annotation.id()));
        }
    }

    void remove(String markId) {
        getElement().callJsFunction("removeAnnotation", markId);
    }

    void scrollTo(String markId) {
        getElement().callJsFunction("scrollToAnnotation", markId);
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

        /** The kind asked for; anything else came from a forged or broken client and is refused as such. */
        AnnotationKind kind() {
            for (AnnotationKind k : AnnotationKind.values()) {
                if (k.name().equalsIgnoreCase(kind)) {
                    return k;
                }
            }
            throw new BadRequestException("unknown annotation kind '" + Texts.abbreviate(kind, 40) + "'");
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

        /** The contradiction spans clicked. */
        List<Long> spanIds() {
            return markIds.stream().filter(id -> id.startsWith("c")).map(id -> Long.parseLong(id.substring(1))).toList();
        }
    }
}
