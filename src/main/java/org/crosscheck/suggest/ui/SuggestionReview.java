package org.crosscheck.suggest.ui;

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
import org.crosscheck.base.AlreadyDecidedException;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.annotation.ui.KindNames;
import org.crosscheck.base.ui.Pages;
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
 * <p>
 * The panel shows one suggestion for its whole life, and a decision carries the id and version the
 * panel rendered, never "whatever is selected now". When someone else decides it meanwhile the
 * panel says so in place ("Tom Okafor accepted this 2 s ago.") and keeps its buttons where they
 * were, so that a click already on its way lands on this suggestion and is refused with the same
 * words, instead of landing on whatever a refreshed list would have put there. Moving on is the
 * user's own step.
 */
public class SuggestionReview extends Composite<VerticalLayout> {

    /** The attribute on the panel naming what it shows ("id:version"), which a key press sends with it. */
    public static final String SHOWN_ATTRIBUTE = "data-shown";

    private final Map<Long, ArticleSummary> articles;
    private final Pages pages;
    private final SuggestionService suggestions;
    private final boolean mayReview;
    private final Consumer<SuggestionDetails> decided;
    private final TextField speaker = new TextField(I18n.t("suggest.review.speaker"));
    private final BigDecimalField value = new BigDecimalField(I18n.t("suggest.review.value"));
    private final Select<FigureQualifier> qualifier = new Select<>();
    private final TextField counted = new TextField(I18n.t("suggest.review.counted"));
    private final TextField unit = new TextField(I18n.t("suggest.review.unit"));
    private final Select<ContradictionCategory> category = new Select<>();
    private final TextArea note = new TextArea(I18n.t("suggest.review.note"));
    /** Says who decided the suggestion, once it is decided. */
    private final Span status = new Span();
    /** Says why a decision of this panel was refused. */
    private final Span refused = new Span();
    /** The suggestion shown, as rendered: its id never changes; its version is the one decisions carry. */
    private SuggestionDetails suggestion;
    private Focusable<?> first;

    public SuggestionReview(Pages pages, SuggestionDetails suggestion, Map<Long, ArticleSummary> articles,
                            SuggestionService suggestions,
                     boolean mayReview, Consumer<SuggestionDetails> decided) {
        this.articles = articles;
        this.pages = pages;
        this.suggestions = suggestions;
        this.mayReview = mayReview;
        this.decided = decided;
        status.setId("suggestion-status");
        status.addClassName("suggestion-decided");
        refused.setId("suggestion-refused");
        refused.addClassName("suggestion-refused");
        // Read out when it appears: the refusal answers a click or a key.
        refused.getElement().setAttribute("role", "alert");
        VerticalLayout root = getContent();
        root.setId("suggestion-review");
        root.addClassName("suggestion-review");
        root.setPadding(false);
        root.setSpacing(false);
        render(suggestion);
    }

    /**
     * Draws {@code s}: while it is pending, with the fields to correct and, for a reviewer, Accept
     * and Reject bound to {@code s} as drawn (its id and version).
     */
    private void render(SuggestionDetails s) {
        this.suggestion = s;
        VerticalLayout root = getContent();
        root.removeAll();
        root.getElement().setAttribute(SHOWN_ATTRIBUTE, shown());
        first = null;

        Span badge = new Span(getTranslation("suggest.review.suggested." + s.kind().name()));
        badge.addClassNames("badge", "k-suggestion");
        Span confidence = new Span(getTranslation("suggest.review.sure", s.confidence()));
        confidence.addClassName("muted");
        HorizontalLayout head = new HorizontalLayout(badge, confidence);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        root.add(head);

        switch (s.kind()) {
            case QUOTE, FIGURE -> root.add(inContext(s, articles.get(s.articleId())));
            case CONTRADICTION -> {
                Paragraph why = new Paragraph(s.explanation());
                why.setId("suggestion-explanation");
                root.add(why);
                s.sides().forEach(side -> {
                    ArticleSummary a = articles.get(side.articleId());
                    Anchor open = new Anchor(pages.articleAt(side.articleId(), side.span().start(),
                            side.span().end()), source(a) + ": “" + Texts.abbreviate(side.span().exact(), 160) + "”");
                    open.addClassName("suggestion-side");
                    root.add(new Div(open));
                });
            }
        }
        Div actions = new Div();
        actions.setId("suggestion-actions");
        actions.addClassName("suggestion-actions");
        if (s.status() == SuggestionStatus.PENDING) {
            root.add(fields(s));
            if (mayReview) {
                Button accept = new Button(getTranslation("suggest.review.accept"), e -> accept(s));
                accept.setId("accept-suggestion");
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                accept.setTooltipText("A");
                Button reject = new Button(getTranslation("suggest.review.reject"), e -> reject(s));
                reject.setId("reject-suggestion");
                reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                reject.setTooltipText("R");
                actions.add(new HorizontalLayout(accept, reject));
            }
        }
        // Below the buttons, in room kept for them, so that their appearing moves nothing the user may be
        // about to click (the foot stays at the bottom of the panel when the panel scrolls).
        status.setText(s.status() == SuggestionStatus.PENDING ? "" : told(s).orElse(""));
        status.setVisible(s.status() != SuggestionStatus.PENDING);
        refused.setVisible(!refused.getText().isEmpty());
        Div messages = new Div(status, refused);
        messages.addClassName("suggestion-messages");
        actions.add(messages);
        root.add(actions);
    }

    private static String source(ArticleSummary a) {
        return a == null ? I18n.t("suggest.review.article") : Texts.isolate(a.outlet() == null || a.outlet().isBlank() ? a.title() : a.outlet());
    }

    private Div inContext(SuggestionDetails s, ArticleSummary article) {
        Span before = new Span((s.span().prefix().isEmpty() ? "" : "…") + s.span().prefix());
        Span words = new Span(s.span().exact());
        words.addClassName("suggestion-words");
        Span after = new Span(s.span().suffix() + (s.span().suffix().isEmpty() ? "" : "…"));
        Div quoted = new Div(before, words, after);
        quoted.setId("suggestion-text");
        quoted.addClassName("suggestion-context");
        Anchor open = new Anchor(pages.articleAt(s.articleId(), s.span().start(), s.span().end()),
                source(article));
        open.setId("suggestion-article");
        return new Div(quoted, open);
    }

    private Div fields(SuggestionDetails s) {
        Div form = new Div();
        form.addClassName("suggestion-fields");
        switch (s.kind()) {
            case QUOTE -> {
                speaker.setId("suggestion-speaker");
                speaker.setValue(Optional.ofNullable(s.speaker()).orElse(""));
                speaker.setPlaceholder(getTranslation("suggest.review.speaker-placeholder"));
                speaker.setWidthFull();
                form.add(speaker);
                speakerMention(s).ifPresent(form::add);
                first = speaker;
            }
            case FIGURE -> {
                SuggestedFigure f = s.figure();
                value.setId("suggestion-value");
                value.setValue(f.value());
                qualifier.setId("suggestion-qualifier");
                qualifier.setLabel(getTranslation("suggest.review.qualifier"));
                qualifier.setItems(FigureQualifier.values());
                qualifier.setItemLabelGenerator(q -> getTranslation("suggest.qualifier." + q.name()));
                qualifier.setValue(f.valueMax() != null && (f.qualifier() == null || f.qualifier() == FigureQualifier.NONE)
                        ? FigureQualifier.AT_LEAST : f.qualifier() == null ? FigureQualifier.NONE : f.qualifier());
                counted.setId("suggestion-counted");
                counted.setValue(Optional.ofNullable(f.counted()).orElse(""));
                counted.setPlaceholder(getTranslation("suggest.review.counted-placeholder"));
                unit.setId("suggestion-unit");
                unit.setValue(Optional.ofNullable(f.unit()).orElse(""));
                if (f.valueMax() != null) {
                    Span range = new Span(getTranslation("suggest.review.read-as", SuggestionWords.claim(f, getLocale())));
                    range.addClassName("muted");
                    form.add(range);
                }
                form.add(new HorizontalLayout(qualifier, value), counted, unit);
                counted.setWidthFull();
                first = value;
            }
            case CONTRADICTION -> {
                category.setId("suggestion-category");
                category.setLabel(getTranslation("suggest.review.category"));
                category.setItems(ContradictionCategory.values());
                category.setItemLabelGenerator(c -> getTranslation("suggest.category." + c.name()));
                category.setValue(s.category());
                note.setId("suggestion-note");
                note.setValue(Optional.ofNullable(s.explanation()).orElse(""));
                note.setWidthFull();
                // The explanation is above already; the note keeps a few lines and scrolls, leaving room for the decision.
                note.setMaxHeight("8rem");
                form.add(category, note);
                first = category;
            }
        }
        return form;
    }

    /**
     * Which words the engine read as the speaker ("he", "the minister"), with a link to them in the
     * article: a reviewer checks who "he" is against the text, not against the engine's word. Nothing
     * where no words were recorded (a quote that goes on with the voice before it, or a suggestion
     * computed before the words were kept).
     */
    private Optional<Div> speakerMention(SuggestionDetails s) {
        if (s.speaker() == null || s.speakerMention() == null) {
            return Optional.empty();
        }
        Div line = new Div();
        line.setId("suggestion-speaker-mention");
        line.addClassNames("muted", "suggestion-speaker-mention");
        line.add(new Span(getTranslation("suggest.review.named-as", Texts.abbreviate(s.speakerMention().words(), 80))
                + " "));
        Anchor show = new Anchor(pages.articleAt(s.articleId(), s.speakerMention().start(),
                s.speakerMention().end()), getTranslation("suggest.review.show"));
        show.setId("suggestion-speaker-mention-link");
        line.add(show);
        return Optional.of(line);
    }

    /** The suggestion this panel shows and decides on. */
    public long suggestionId() {
        return suggestion.id();
    }

    /** "id:version" of what the panel shows: what a key press names (see {@link #SHOWN_ATTRIBUTE}). */
    public String shown() {
        return suggestion.id() + ":" + suggestion.version();
    }

    /** Puts the cursor in the first field, to correct it before accepting (the E key). */
    public void edit() {
        if (first != null) {
            first.focus();
        }
    }

    /**
     * After others' changes: if this suggestion was decided (or computed away) meanwhile, the panel
     * says so below its buttons. Nothing else is redrawn: the buttons stay the very components the
     * user may be clicking, bound to the version the user saw, so that click is refused with who
     * decided (a redrawn button would swallow it). The same suggestion stays shown either way.
     */
    public void refreshFromOthers() {
        try {
            SuggestionDetails now = suggestions.get(suggestion.id());
            if (now.version() != suggestion.version() && now.status() != SuggestionStatus.PENDING) {
                status.setText(told(now).orElse(""));
                status.setVisible(true);
            }
        } catch (NotFoundException gone) {
            status.setText(getTranslation(GONE));
            status.setVisible(true);
        }
    }

    private static final String GONE = "suggest.review.gone";

    /** Who decided {@code s} and when, in the window's language; empty while it is pending. */
    private Optional<String> told(SuggestionDetails s) {
        return suggestions.decisionOf(s).map(SuggestionWords::told);
    }

    /** Accepts the suggestion shown (the A key; the key's own check is the host's, see SuggestionsView). */
    public void accept() {
        accept(suggestion);
    }

    /** Rejects the suggestion shown (the R key). */
    public void reject() {
        reject(suggestion);
    }

    private void accept(SuggestionDetails shown) {
        SuggestionEdits edits = switch (shown.kind()) {
            case QUOTE -> new SuggestionEdits(speaker.getValue(), null, null, null, null, null, null);
            case FIGURE -> new SuggestionEdits(null, value.getValue(), qualifier.getValue(), counted.getValue(),
                    unit.getValue().isBlank() ? null : unit.getValue(), null, null);
            case CONTRADICTION -> new SuggestionEdits(null, null, null, null, null, category.getValue(), note.getValue());
        };
        decide(getTranslation("suggest.review.accept-not-recorded"), () -> {
            SuggestionService.AcceptedSuggestion accepted = suggestions.accept(shown.id(), shown.version(), edits);
            Notifications.success(accepted.annotation() != null
                    ? getTranslation("suggest.review.saved", KindNames.of(accepted.annotation().description()))
                    : getTranslation("suggest.review.contradiction-linked"));
            return accepted.suggestion();
        });
    }

    private void reject(SuggestionDetails shown) {
        decide(getTranslation("suggest.review.reject-not-recorded"), () -> {
            SuggestionDetails rejected = suggestions.reject(shown.id(), shown.version());
            Notifications.info(getTranslation("suggest.review.rejected"));
            return rejected;
        });
    }

    /**
     * A decision on exactly what the panel shows. Refused because it was decided or changed meanwhile,
     * or is gone: the panel says why beside where the user clicked, and shows the suggestion as it is
     * now; nothing else is decided and nothing moves on by itself.
     */
    private void decide(String notRecorded, java.util.function.Supplier<SuggestionDetails> decision) {
        SuggestionDetails made;
        try {
            made = decision.get();
        } catch (AlreadyDecidedException e) {
            // The status line, drawn anew, says who decided and when; this line says what became of the click.
            refuse(decidedNow().orElseGet(() -> e.message(getLocale())), notRecorded);
            return;
        } catch (ConcurrentEditException e) {
            // The only version check here is the shown suggestion's own (SuggestionService#loadForDecision).
            String changed = getTranslation("suggest.review.changed-since");
            refuse(changed, changed + " " + notRecorded);
            return;
        } catch (NotFoundException e) {
            String gone = getTranslation(GONE);
            refuse(gone, gone + " " + notRecorded);
            return;
        } catch (DomainException e) {
            // The decision itself was refused (a figure without what it counts): the panel stays as it is.
            Notifications.hint(e.message(getLocale()));
            return;
        }
        decided.accept(made);
    }

    /** Who decided the suggestion shown, as it is stored now (a refusal said someone did). */
    private Optional<String> decidedNow() {
        try {
            return told(suggestions.get(suggestion.id()));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    /** Tells {@code why} at once, and shows the suggestion as it is now with {@code inPanel} below it. */
    private void refuse(String why, String inPanel) {
        refused.setText(inPanel);
        Notifications.hint(why);
        try {
            SuggestionDetails now = suggestions.get(suggestion.id());
            render(now);
        } catch (NotFoundException gone) {
            refused.setVisible(true);
        }
    }
}
