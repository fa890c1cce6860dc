package org.crosscheck.review.ui;

import org.crosscheck.base.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.ContradictionDetails;

import java.util.function.Consumer;

/**
 * One contradiction: its category and status, every side with its outlet and text, and what the
 * viewer may do (open the compare view, change the status with a reason, take a span out).
 */
public class ContradictionCard extends Div {

    /**
     * @param current     the span the user came from (marked "this"), or null
     * @param onChanged   receives the contradiction after a change
     * @param withHistory whether to link its audit trail (the caller leads the project)
     */
    public ContradictionCard(Pages pages, ContradictionDetails c, Long current, ContradictionService service,
                             Consumer<ContradictionDetails> onChanged, boolean withHistory) {
        addClassName("contradiction-card");
        setId("contradiction-" + c.id());

        Span kind = new Span(getTranslation("review.card.badge", categoryName(c.category())));
        kind.addClassNames("badge", "k-contradiction");
        Span status = new Span(statusName(c.status()));
        status.addClassName("status-" + c.status().name().toLowerCase());
        status.setId("contradiction-status");
        HorizontalLayout head = new HorizontalLayout(kind, status);
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(head);
        if (c.note() != null) {
            Div note = new Div(c.note());
            note.addClassName("details-note");
            add(note);
        }
        for (ContradictionDetails.Side side : c.spans()) {
            Div row = new Div();
            row.addClassName("contradiction-side");
            if (current != null && side.spanId() == current) {
                row.addClassName("this-side");
            }
            Span source = new Span(current != null && side.spanId() == current
                    ? getTranslation("review.card.this", side.source()) : side.source());
            source.addClassName("side-source");
            Span text = new Span("“" + side.span().exact() + "”");
            text.addClassName("side-text");
            row.add(source, text);
            if (service.mayChange(c)) {
                Button remove = new Button(getTranslation("base.action.remove"),
                        e -> confirmRemove(c, side, service, onChanged));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                remove.addClassName("remove-span");
                row.add(remove);
            }
            add(row);
        }
        if (c.statusReason() != null) {
            Div reason = new Div(getTranslation("review.card.reason", statusName(c.status()), c.statusReason()));
            reason.addClassName("muted");
            reason.setId("contradiction-reason");
            add(reason);
        }
        Div by = new Div(c.author() == null ? getTranslation("review.card.by-former-member")
                : getTranslation("review.card.by", Texts.isolate(c.author().displayName())));
        by.addClassName("muted");
        add(by);

        HorizontalLayout actions = new HorizontalLayout();
        Anchor compare = new Anchor(ContradictionLinks.compare(pages, c, current),
                getTranslation("review.card.open-compare"));
        compare.setId("open-compare");
        actions.add(compare);
        if (withHistory) {
            Anchor history = new Anchor(pages.history("contradiction", c.id()), getTranslation("review.card.history"));
            history.setId("contradiction-history");
            actions.add(history);
        }
        if (service.mayChange(c)) {
            for (ContradictionStatus target : ContradictionStatus.values()) {
                if (target != c.status()) {
                    Button b = new Button(verb(target), e -> askReason(c, target, service, onChanged));
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    b.setId("status-" + target.name().toLowerCase());
                    actions.add(b);
                }
            }
        }
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(actions);
    }

    /** "Reopen", "Confirm", "Dismiss": what the button that moves a contradiction to {@code status} says. */
    private static String verb(ContradictionStatus status) {
        return I18n.t("review.verb." + status.name());
    }

    /** The status as a screen shows it; the enum's label is the API's and the exports'. */
    public static String statusName(ContradictionStatus status) {
        return I18n.t("review.status." + status.name());
    }

    /** The category as a screen shows it; the enum's label is the API's and the exports'. */
    public static String categoryName(org.crosscheck.review.ContradictionCategory category) {
        return I18n.t("review.category." + category.name());
    }

    private static void askReason(ContradictionDetails c, ContradictionStatus target, ContradictionService service,
                                  Consumer<ContradictionDetails> onChanged) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(I18n.t("review.reason.title." + target.name()));
        dialog.setWidth("30rem");
        TextArea reason = new TextArea(I18n.t("review.reason.label"));
        reason.setId("status-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setPlaceholder(I18n.t("review.reason.placeholder"));
        dialog.add(reason);
        Button save = new Button(verb(target), e -> {
            ContradictionDetails changed = service.changeStatus(c.id(), target, reason.getValue(), c.version());
            dialog.close();
            Notifications.success(I18n.t("review.changed." + changed.status().name()));
            onChanged.accept(changed);
        });
        save.setId("save-status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(I18n.t("base.action.cancel"), e -> dialog.close()), save);
        dialog.open();
        reason.focus();
    }

    private static void confirmRemove(ContradictionDetails c, ContradictionDetails.Side side, ContradictionService service,
                                      Consumer<ContradictionDetails> onChanged) {
        // The consequence is worked out from the contradiction as this card showed it.
        String text = I18n.t(c.spans().size() <= 2 ? "review.remove.text-dismissing" : "review.remove.text",
                side.source(), side.span().exact());
        ConfirmDialog confirm = new ConfirmDialog(I18n.t("review.remove.title"), text, I18n.t("base.action.remove"), e -> {
            // From the contradiction as this card showed it: the consequence above was worked out from it.
            ContradictionDetails changed = service.removeSpan(side.spanId(), c.version());
            Notifications.success(changed.status() == ContradictionStatus.DISMISSED && c.status() != ContradictionStatus.DISMISSED
                    ? I18n.t("review.remove.done-dismissed") : I18n.t("review.remove.done"));
            onChanged.accept(changed);
        });
        confirm.setId("confirm-remove-span");
        confirm.setCancelable(true);
        confirm.setCancelText(I18n.t("base.action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
