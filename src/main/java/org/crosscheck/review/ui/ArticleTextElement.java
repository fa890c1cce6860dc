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
import org.crosscheck.review.ContradictionView;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
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

    /** What the browser needs to draw one highlight: id ("a12", "c7"), kind, offsets, tooltip. */
    record Mark(String id, String k, int s, int e, String t) {

        static Mark of(AnnotationView a) {
            String label = a.kind().label() + ": " + a.summary()
                    + (a.author() == null ? "" : " (" + a.author().displayName() + ")");
            return new Mark(annotationMarkId(a.id()), a.kind().name().toLowerCase(), a.span().start(), a.span().end(),
                    label);
        }

        static List<Mark> of(ContradictionView c, long articleId) {
            List<Mark> marks = new ArrayList<>();
            for (ContradictionView.Side side : c.spansIn(articleId)) {
                String others = c.othersThan(side.spanId()).stream()
                        .map(o -> o.source() + ": “" + o.span().exact() + "”").collect(Collectors.joining("; "));
                String label = "Contradiction (" + c.category().label() + ", " + c.status().label().toLowerCase() + ")"
                        + (others.isEmpty() ? "" : " with " + others);
                marks.add(new Mark(spanMarkId(side.spanId()), "contradiction", side.span().start(), side.span().end(),
                        label));
            }
            return marks;
        }
    }

    static String annotationMarkId(long annotationId) {
        return "a" + annotationId;
    }

    static String spanMarkId(long spanId) {
        return "c" + spanId;
    }

    ArticleTextElement() {
    }

    void setText(String text) {
        getElement().setProperty("text", text);
    }

    /** Draws the article's annotations and the spans of the contradictions it takes part in. */
    void setMarks(long articleId, List<AnnotationView> annotations, List<ContradictionView> contradictions) {
        List<Mark> marks = new ArrayList<>(annotations.stream().map(Mark::of).toList());
        contradictions.forEach(c -> marks.addAll(Mark.of(c, articleId)));
        getElement().setProperty("annotationsJson", JSON.writeValueAsString(marks));
    }

    void upsert(AnnotationView annotation) {
        getElement().callJsFunction("upsertAnnotation", JSON.writeValueAsString(Mark.of(annotation)));
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

        AnnotationKind kind() {
            return AnnotationKind.valueOf(kind.toUpperCase());
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
            this.markIds = List.of(ids.trim().split("\\s+"));
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
