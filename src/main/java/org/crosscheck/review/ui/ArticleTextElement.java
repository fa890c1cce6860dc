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
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

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

    /** What the browser needs to draw one highlight: id, kind, offsets, tooltip. */
    record Mark(long id, String k, int s, int e, String t) {

        static Mark of(AnnotationView a) {
            String label = a.kind().label() + ": " + a.summary()
                    + (a.author() == null ? "" : " (" + a.author().displayName() + ")");
            return new Mark(a.id(), a.kind().name().toLowerCase(), a.span().start(), a.span().end(), label);
        }
    }

    ArticleTextElement() {
        setId("article-text");
    }

    void setText(String text) {
        getElement().setProperty("text", text);
    }

    void setAnnotations(List<AnnotationView> annotations) {
        getElement().setProperty("annotationsJson", JSON.writeValueAsString(annotations.stream().map(Mark::of).toList()));
    }

    void upsert(AnnotationView annotation) {
        getElement().callJsFunction("upsertAnnotation", JSON.writeValueAsString(Mark.of(annotation)));
    }

    void remove(long annotationId) {
        getElement().callJsFunction("removeAnnotation", (double) annotationId);
    }

    void scrollTo(long annotationId) {
        getElement().callJsFunction("scrollToAnnotation", (double) annotationId);
    }

    void clearSelection() {
        getElement().callJsFunction("clearSelection");
    }

    /** Without the right to annotate, the element offers no annotation toolbar or shortcuts. */
    void setReadOnly(boolean readOnly) {
        getElement().setAttribute("readonly", readOnly);
    }

    Registration addAnnotateListener(ComponentEventListener<AnnotateEvent> listener) {
        return addListener(AnnotateEvent.class, listener);
    }

    Registration addMarkClickListener(ComponentEventListener<MarkClickEvent> listener) {
        return addListener(MarkClickEvent.class, listener);
    }

    /** The user asked to mark the selection {@code [start, end)} (UTF-16 offsets into the text) as a kind. */
    @DomEvent("cc-annotate")
    public static class AnnotateEvent extends ComponentEvent<ArticleTextElement> {
        private final AnnotationKind kind;
        private final int start;
        private final int end;

        public AnnotateEvent(ArticleTextElement source, boolean fromClient,
                      @EventData("event.detail.kind") String kind,
                      @EventData("event.detail.start") int start,
                      @EventData("event.detail.end") int end) {
            super(source, fromClient);
            this.kind = AnnotationKind.valueOf(kind.toUpperCase());
            this.start = start;
            this.end = end;
        }

        AnnotationKind kind() {
            return kind;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }
    }

    /** The user clicked a highlight; {@code ids} are the annotations under the pointer, innermost first. */
    @DomEvent("cc-mark-click")
    public static class MarkClickEvent extends ComponentEvent<ArticleTextElement> {
        private final long firstId;

        public MarkClickEvent(ArticleTextElement source, boolean fromClient, @EventData("event.detail.id") double firstId) {
            super(source, fromClient);
            this.firstId = (long) firstId;
        }

        long annotationId() {
            return firstId;
        }
    }
}
