package org.crosscheck.reader.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.suggest.SuggestedFigure;
import org.crosscheck.suggest.SuggestionDetails;
import org.crosscheck.suggest.SuggestionEdits;
import org.crosscheck.suggest.SuggestionService;
import org.crosscheck.suggest.SuggestionStatus;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One suggestion to review: its words in context, the proposed fields to correct, Accept and
 * Reject. The decision goes through {@link SuggestionService}; {@code decided} hears of it. Nothing a
 * user or an article wrote is rendered as HTML.
 */
class SuggestionReview extends Composite<VerticalLayout> {

    private final SuggestionDetails suggestion;
    private final SuggestionService suggestions;
    private final Consumer<SuggestionDetails> decided;
    private final TextField speaker = new TextField("Speaker");
    private final BigDecimalField value = new BigDecimalField("Value");
    private final Select<FigureQualifier> qualifier = new Select<>();
    private final TextField counted = new TextField("What it counts");
    private final TextField unit = new TextField("Unit");
    private final Select<ContradictionCategory> category = new Select<>();
    private final TextArea note = new TextArea("Note");
    private Focusable<?> first;

    SuggestionReview(SuggestionDetails suggestion, Map<Long, ArticleSummary> articles, SuggestionService suggestions,
                     boolean mayReview, Consumer<SuggestionDetails> decided) {
        this.suggestion = suggestion;
        this.suggestions = suggestions;
        this.decided = decided;
        VerticalLayout root = getContent();
        root.setId("suggestion-review");
        root.addClassName("suggestion-review");
        root.setPadding(false);
        root.setSpacing(false);

        Span badge = new Span("Suggested " + suggestion.kind().name().toLowerCase());
        badge.addClassNames("badge", "k-suggestion");
        Span confidence = new Span(suggestion.confidence() + "% sure");
        confidence.addClassName("muted");
        HorizontalLayout head = new HorizontalLayout(badge, confidence);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        root.add(head);

        switch (suggestion.kind()) {
            case QUOTE, FIGURE -> root.add(inContext(suggestion, articles.get(suggestion.articleId())));
            case CONTRADICTION -> {
                Paragraph why = new Paragraph(suggestion.explanation());
                why.setId("suggestion-explanation");
                root.add(why);
                suggestion.sides().forEach(side -> {
                    ArticleSummary a = articles.get(side.articleId());
                    Anchor open = new Anchor(PagesByViewClass.PAGES.articleAt(side.articleId(), side.span().start(),
                            side.span().end()), source(a) + ": “" + Texts.abbreviate(side.span().exact(), 160) + "”");
                    open.addClassName("suggestion-side");
                    root.add(new Div(open));
                });
            }
        }
        if (suggestion.status() != SuggestionStatus.PENDING) {
            Span status = new Span(suggestion.status() == SuggestionStatus.ACCEPTED ? "Accepted" : "Rejected");
            status.setId("suggestion-status");
            status.addClassName("muted");
            root.add(status);
            return;
        }
        root.add(fields());
        if (mayReview) {
            Button accept = new Button("Accept", e -> accept());
            accept.setId("accept-suggestion");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            accept.setTooltipText("A");
            Button reject = new Button("Reject", e -> reject());
            reject.setId("reject-suggestion");
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            reject.setTooltipText("R");
            root.add(new HorizontalLayout(accept, reject));
        }
    }

    private static String source(ArticleSummary a) {
        return a == null ? "Article" : Texts.isolate(a.outlet() == null || a.outlet().isBlank() ? a.title() : a.outlet());
    }

    private static Div inContext(SuggestionDetails s, ArticleSummary article) {
        Span before = new Span((s.span().prefix().isEmpty() ? "" : "…") + s.span().prefix());
        Span words = new Span(s.span().exact());
        words.addClassName("suggestion-words");
        Span after = new Span(s.span().suffix() + (s.span().suffix().isEmpty() ? "" : "…"));
        Div quoted = new Div(before, words, after);
        quoted.setId("suggestion-text");
        quoted.addClassName("suggestion-context");
        Anchor open = new Anchor(PagesByViewClass.PAGES.articleAt(s.articleId(), s.span().start(), s.span().end()),
                source(article));
        open.setId("suggestion-article");
        return new Div(quoted, open);
    }

    private Div fields() {
        Div form = new Div();
        form.addClassName("suggestion-fields");
        switch (suggestion.kind()) {
            case QUOTE -> {
                speaker.setId("suggestion-speaker");
                speaker.setValue(Optional.ofNullable(suggestion.speaker()).orElse(""));
                speaker.setPlaceholder("Who said it?");
                speaker.setWidthFull();
                form.add(speaker);
                first = speaker;
            }
            case FIGURE -> {
                SuggestedFigure f = suggestion.figure();
                value.setId("suggestion-value");
                value.setValue(f.value());
                qualifier.setId("suggestion-qualifier");
                qualifier.setLabel("Qualifier");
                qualifier.setItems(FigureQualifier.values());
                qualifier.setItemLabelGenerator(FigureQualifier::label);
                qualifier.setValue(f.valueMax() != null && (f.qualifier() == null || f.qualifier() == FigureQualifier.NONE)
                        ? FigureQualifier.AT_LEAST : f.qualifier() == null ? FigureQualifier.NONE : f.qualifier());
                counted.setId("suggestion-counted");
                counted.setValue(Optional.ofNullable(f.counted()).orElse(""));
                counted.setPlaceholder("e.g. police officers killed");
                unit.setId("suggestion-unit");
                unit.setValue(Optional.ofNullable(f.unit()).orElse(""));
                if (f.valueMax() != null) {
                    Span range = new Span("Read as " + f.claim() + ".");
                    range.addClassName("muted");
                    form.add(range);
                }
                form.add(new HorizontalLayout(qualifier, value), counted, unit);
                counted.setWidthFull();
                first = value;
            }
            case CONTRADICTION -> {
                category.setId("suggestion-category");
                category.setLabel("Category");
                category.setItems(ContradictionCategory.values());
                category.setItemLabelGenerator(ContradictionCategory::label);
                category.setValue(suggestion.category());
                note.setId("suggestion-note");
                note.setValue(Optional.ofNullable(suggestion.explanation()).orElse(""));
                note.setWidthFull();
                form.add(category, note);
                first = category;
            }
        }
        return form;
    }

    /** Puts the cursor in the first field, to correct it before accepting (the E key). */
    void edit() {
        if (first != null) {
            first.focus();
        }
    }

    boolean pending() {
        return suggestion.status() == SuggestionStatus.PENDING;
    }

    void accept() {
        if (!pending()) {
            return;
        }
        SuggestionEdits edits = switch (suggestion.kind()) {
            case QUOTE -> new SuggestionEdits(speaker.getValue(), null, null, null, null, null, null);
            case FIGURE -> new SuggestionEdits(null, value.getValue(), qualifier.getValue(), counted.getValue(),
                    unit.getValue().isBlank() ? null : unit.getValue(), null, null);
            case CONTRADICTION -> new SuggestionEdits(null, null, null, null, null, category.getValue(), note.getValue());
        };
        try {
            SuggestionService.AcceptedSuggestion accepted = suggestions.accept(suggestion.id(), edits);
            Notifications.success(accepted.annotation() != null ? accepted.annotation().kind().label() + " saved."
                    : "Contradiction linked.");
            decided.accept(accepted.suggestion());
        } catch (DomainException e) {
            Notifications.hint(e.getMessage());
        }
    }

    void reject() {
        if (!pending()) {
            return;
        }
        try {
            decided.accept(suggestions.reject(suggestion.id()));
            Notifications.info("Suggestion rejected.");
        } catch (DomainException e) {
            Notifications.hint(e.getMessage());
        }
    }
}
