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

import org.crosscheck.base.i18n.I18n;

import java.time.ZoneId;

/** An annotation's comment thread: the comments, a reply box, editing your own, resolve and reopen. */
public class CommentThreadPanel extends Div {

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
        Span title = new Span(thread.comments().isEmpty() ? getTranslation("annotation.comments.title")
                : getTranslation("annotation.comments.title-count", thread.comments().size()));
        title.addClassName("comment-title");
        HorizontalLayout head = new HorizontalLayout(title);
        head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (thread.resolved()) {
            Span resolved = new Span(getTranslation("annotation.comments.resolved"));
            resolved.addClassNames("badge", "resolved");
            resolved.setId("thread-resolved");
            head.add(resolved);
        }
        if (mayComment && !thread.comments().isEmpty()) {
            Button toggle = new Button(getTranslation(thread.resolved() ? "annotation.comments.reopen" : "annotation.comments.resolve"), e -> {
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
            reply.setPlaceholder(getTranslation(thread.comments().isEmpty() ? "annotation.comments.start"
                    : "annotation.comments.reply"));
            reply.setWidthFull();
            reply.setMaxLength(4000);
            Button send = new Button(getTranslation("annotation.comments.send"), e -> {
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
        String author = c.author() == null ? getTranslation("annotation.comments.former-member")
                : Texts.isolate(c.author().displayName());
        String time = I18n.dates("base.format.day-month-time", ZoneId.systemDefault()).format(c.createdAt());
        Span who = new Span(getTranslation(c.edited() ? "annotation.comments.meta-edited" : "annotation.comments.meta",
                author, time));
        who.addClassName("muted");
        Div body = new Div(c.body());
        body.addClassName("comment-body");
        box.add(who, body);
        if (mayComment && c.author() != null && c.author().id() == myUserId) {
            Button edit = new Button(getTranslation("base.action.edit"), e -> {
                TextArea text = new TextArea();
                text.setValue(c.body());
                text.setWidthFull();
                text.addClassName("comment-edit");
                Button save = new Button(getTranslation("base.action.save"), s -> {
                    comments.edit(c.id(), text.getValue(), c.version());
                    refresh();
                });
                save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                save.addClassName("comment-save");
                Button cancel = new Button(getTranslation("base.action.cancel"), s -> refresh());
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
