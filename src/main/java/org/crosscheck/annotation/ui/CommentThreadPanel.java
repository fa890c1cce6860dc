package org.crosscheck.annotation.ui;

import org.crosscheck.base.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.annotation.CommentDetails;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An annotation's comment thread: the comments, a reply box, editing your own, resolve and reopen. */
public class CommentThreadPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final long annotationId;
    private final CommentService comments;
    private final boolean mayComment;
    private final long myUserId;

    public CommentThreadPanel(long annotationId, CommentService comments, boolean mayComment, long myUserId) {
        this.annotationId = annotationId;
        this.comments = comments;
        this.mayComment = mayComment;
        this.myUserId = myUserId;
        setId("comments");
        addClassName("comment-thread");
        refresh();
    }

    public long annotationId() {
        return annotationId;
    }

    public void refresh() {
        removeAll();
        CommentDetails.Thread thread = comments.thread(annotationId);
        Span title = new Span("Comments" + (thread.comments().isEmpty() ? "" : " (" + thread.comments().size() + ")"));
        title.addClassName("comment-title");
        HorizontalLayout head = new HorizontalLayout(title);
        head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (thread.resolved()) {
            Span resolved = new Span("Resolved");
            resolved.addClassNames("badge", "resolved");
            resolved.setId("thread-resolved");
            head.add(resolved);
        }
        if (mayComment && !thread.comments().isEmpty()) {
            Button toggle = new Button(thread.resolved() ? "Reopen" : "Resolve", e -> {
                comments.setResolved(annotationId, !thread.resolved());
                refresh();
            });
            toggle.setId("resolve-thread");
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            head.add(toggle);
        }
        add(head);
        for (CommentDetails c : thread.comments()) {
            add(comment(c));
        }
        if (mayComment) {
            TextArea reply = new TextArea();
            reply.setId("comment-reply");
            reply.setPlaceholder(thread.comments().isEmpty() ? "Start a discussion…" : "Reply…");
            reply.setWidthFull();
            reply.setMaxLength(4000);
            Button send = new Button("Comment", e -> {
                comments.add(annotationId, reply.getValue());
                refresh();
            });
            send.setId("comment-send");
            send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            add(reply, send);
        }
    }

    private Div comment(CommentDetails c) {
        Div box = new Div();
        box.addClassName("comment");
        Span who = new Span((c.author() == null ? "A former member" : Texts.isolate(c.author().displayName())) + " · "
                + TIME.format(c.createdAt()) + (c.edited() ? " (edited)" : ""));
        who.addClassName("muted");
        Div body = new Div(c.body());
        body.addClassName("comment-body");
        box.add(who, body);
        if (mayComment && c.author() != null && c.author().id() == myUserId) {
            Button edit = new Button("Edit", e -> {
                TextArea text = new TextArea();
                text.setValue(c.body());
                text.setWidthFull();
                text.addClassName("comment-edit");
                Button save = new Button("Save", s -> {
                    comments.edit(c.id(), text.getValue(), c.version());
                    refresh();
                });
                save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                save.addClassName("comment-save");
                Button cancel = new Button("Cancel", s -> refresh());
                cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
                box.removeAll();
                box.add(who, text, new HorizontalLayout(save, cancel));
            });
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.addClassName("comment-edit-button");
            box.add(edit);
        }
        return box;
    }
}
