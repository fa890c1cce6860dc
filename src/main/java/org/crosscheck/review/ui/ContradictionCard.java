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

        Span kind = new Span("Contradiction · " + c.category().label());
        kind.addClassNames("badge", "k-contradiction");
        Span status = new Span(c.status().label());
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
            Span source = new Span(side.source() + (current != null && side.spanId() == current ? " (this)" : ""));
            source.addClassName("side-source");
            Span text = new Span("“" + side.span().exact() + "”");
            text.addClassName("side-text");
            row.add(source, text);
            if (service.mayChange(c)) {
                Button remove = new Button("Remove", e -> confirmRemove(c, side, service, onChanged));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                remove.addClassName("remove-span");
                row.add(remove);
            }
            add(row);
        }
        if (c.statusReason() != null) {
            Div reason = new Div(c.status().label() + ": " + c.statusReason());
            reason.addClassName("muted");
            reason.setId("contradiction-reason");
            add(reason);
        }
        Div by = new Div("by " + (c.author() == null ? "a former member" : Texts.isolate(c.author().displayName())));
        by.addClassName("muted");
        add(by);

        HorizontalLayout actions = new HorizontalLayout();
        Anchor compare = new Anchor(ContradictionLinks.compare(pages, c, current), "Open in compare view");
        compare.setId("open-compare");
        actions.add(compare);
        if (withHistory) {
            Anchor history = new Anchor(pages.history("contradiction", c.id()), "History");
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

    private static String verb(ContradictionStatus status) {
        return switch (status) {
            case OPEN -> "Reopen";
            case CONFIRMED -> "Confirm";
            case DISMISSED -> "Dismiss";
        };
    }

    private static void askReason(ContradictionDetails c, ContradictionStatus target, ContradictionService service,
                                  Consumer<ContradictionDetails> onChanged) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(verb(target) + " contradiction");
        dialog.setWidth("30rem");
        TextArea reason = new TextArea("Reason");
        reason.setId("status-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setPlaceholder("e.g. The UN statement says “almost 1,000”.");
        dialog.add(reason);
        Button save = new Button(verb(target), e -> {
            ContradictionDetails changed = service.changeStatus(c.id(), target, reason.getValue(), c.version());
            dialog.close();
            Notifications.success("Contradiction " + changed.status().label().toLowerCase() + ".");
            onChanged.accept(changed);
        });
        save.setId("save-status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        reason.focus();
    }

    private static void confirmRemove(ContradictionDetails c, ContradictionDetails.Side side, ContradictionService service,
                                      Consumer<ContradictionDetails> onChanged) {
        String consequence = c.spans().size() <= 2
                ? " Only one span would remain, so the contradiction will be dismissed automatically."
                : "";
        ConfirmDialog confirm = new ConfirmDialog("Remove from the contradiction?",
                side.source() + ": “" + side.span().exact() + "” will no longer be part of it." + consequence,
                "Remove", e -> {
            // From the contradiction as this card showed it: the consequence above was worked out from it.
            ContradictionDetails changed = service.removeSpan(side.spanId(), c.version());
            Notifications.success(changed.status() == ContradictionStatus.DISMISSED && c.status() != ContradictionStatus.DISMISSED
                    ? "Removed. Fewer than two spans remain, so the contradiction was dismissed." : "Removed.");
            onChanged.accept(changed);
        });
        confirm.setId("confirm-remove-span");
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
