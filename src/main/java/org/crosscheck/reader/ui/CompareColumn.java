package org.crosscheck.reader.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.SpanRef;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** One column of the compare view: an article, its text with marks, and the span picked in it. */
final class CompareColumn {

    final ArticleContent article;
    final ArticleTextElement text = new ArticleTextElement();
    final Div scroller = new Div(text);
    final Span pendingLabel = new Span("—");
    SpanRef pending;
    String pendingText;
    /** The kind of the annotation the pending span was taken from; null for a selection. */
    AnnotationKind pendingKind;
    private final AnnotationService annotations;
    private final ContradictionService contradictions;
    private Map<Long, AnnotationDetails> annotationsById = Map.of();

    /**
     * @param onContradictionSpan called with the span id when a contradiction's mark is clicked
     * @param onLink              called when the user presses C to link what is picked
     */
    CompareColumn(ArticleContent article, String id, AnnotationService annotations, ContradictionService contradictions,
                  LongConsumer onContradictionSpan, Runnable onLink) {
        this.article = article;
        this.annotations = annotations;
        this.contradictions = contradictions;
        text.setId(id + "-text");
        text.setSelectOnly(true);
        text.setText(article);
        scroller.addClassName("reader-text");
        scroller.setId(id + "-scroller");
        pendingLabel.addClassName("pending");
        pendingLabel.setId(id + "-pending");
        text.addSelectListener(e -> {
            try {
                TextSpan span = TextSpan.select(article.text(), e.start(), e.end());
                pick(SpanRef.of(article.id(), span.start(), span.end()), span.exact(), null);
            } catch (DomainException ignored) {
                // a selection of white space only: nothing to pick
            }
        });
        text.addMarkClickListener(e -> {
            e.spanIds().stream().findFirst().ifPresent(onContradictionSpan::accept);
            AnnotationDetails a = annotationsById.get(e.annotationId());
            if (a != null) {
                pick(new SpanRef(article.id(), a.span().start(), a.span().end(), a.id()), a.span().exact(), a.kind());
            }
        });
        text.addLinkListener(e -> onLink.run());
        reload();
    }

    void pick(SpanRef ref, String exact, AnnotationKind kind) {
        pending = ref;
        pendingText = exact;
        pendingKind = kind;
        pendingLabel.setText("“" + exact + "”");
    }

    /** Where the column's article comes from, as the link dialog names it. */
    String source() {
        return article.outlet() == null ? article.title() : article.outlet();
    }

    void clear() {
        pending = null;
        pendingText = null;
        pendingKind = null;
        pendingLabel.setText("—");
        text.clearSelection();
    }

    void reload() {
        List<AnnotationDetails> list = annotations.forArticle(article.id());
        annotationsById = list.stream().collect(Collectors.toMap(AnnotationDetails::id, a -> a));
        java.util.Locale locale = org.crosscheck.base.i18n.I18n.locale();
        text.draw(List.of(AnnotationMarks.of(list, locale), ContradictionMarks.of(contradictions.forArticle(article.id()),
                article.id(), locale)));
    }

    /** The column with its head: a select to show another article instead ({@code onSwitch}), title and outlet. */
    Div column(List<ArticleSummary> all, String id, Consumer<ArticleSummary> onSwitch) {
        Select<ArticleSummary> pick = new Select<>();
        pick.setId(id + "-article");
        pick.setItems(all);
        pick.setItemLabelGenerator(a -> (a.outlet() == null ? "" : Texts.isolate(a.outlet()) + " — ")
                + Texts.isolate(a.title()));
        all.stream().filter(a -> a.id() == article.id()).findFirst().ifPresent(pick::setValue);
        pick.setWidthFull();
        pick.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onSwitch.accept(e.getValue());
            }
        });
        H3 title = new H3(article.title());
        Div meta = new Div(article.outlet() == null ? "" : article.outlet());
        meta.addClassName("muted");
        Div head = new Div(pick, title, meta);
        head.addClassName("column-head");
        Div column = new Div(head, scroller);
        column.addClassNames("compare-column", "compare-column-" + id);
        return column;
    }
}
