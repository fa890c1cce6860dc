package org.crosscheck.annotation;

import org.crosscheck.base.Texts;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.CommentEvents.CommentAdded;
import org.crosscheck.annotation.CommentEvents.CommentEdited;
import org.crosscheck.annotation.CommentEvents.ThreadResolved;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Comment threads on annotations: reply (anyone who may annotate), edit your own, resolve or reopen. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CommentService {

    private final CommentRepository comments;
    private final CommentThreadStateRepository threads;
    private final AnnotationService annotations;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentRepository comments, CommentThreadStateRepository threads, AnnotationService annotations,
                   ProjectAccess access, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.threads = threads;
        this.annotations = annotations;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public CommentDetails.Thread thread(long annotationId) {
        annotations.get(annotationId); // checks read access
        List<Comment> list = comments.findByAnnotationIdOrderByCreatedAtAscIdAsc(annotationId);
        Map<Long, UserSummary> authors = accounts.findByIds(list.stream().map(Comment::getAuthorId).distinct().toList());
        boolean resolved = threads.findById(annotationId).map(CommentThreadState::isResolved).orElse(false);
        return new CommentDetails.Thread(annotationId, list.stream().map(c -> view(c, authors.get(c.getAuthorId()))).toList(),
                resolved);
    }

    @Transactional
    public CommentDetails add(long annotationId, String body) {
        AnnotationDetails annotation = annotations.get(annotationId);
        access.requireAnnotate(annotation.projectId());
        UserSummary me = accounts.me();
        Comment comment = comments.saveAndFlush(new Comment(annotation.projectId(), annotationId, me.id(),
                clean(body), clock.instant()));
        events.publishEvent(new CommentAdded(annotation.projectId(), annotation.articleId(), annotationId,
                comment.getId(), comment.getBody(), me.id()));
        return view(comment, me);
    }

    /** Only the author edits a comment, and only the version they saw. */
    @Transactional
    public CommentDetails edit(long commentId, String body, long expectedVersion) {
        Comment comment = comments.findById(commentId).orElseThrow(() -> new NotFoundException("comment", commentId));
        access.requireVisible(comment.getProjectId(), "comment", commentId);
        access.requireAnnotate(comment.getProjectId());
        UserSummary me = accounts.me();
        if (comment.getAuthorId() != me.id()) {
            throw new AccessDeniedException("Only its author may edit comment " + commentId);
        }
        comment.requireVersion(expectedVersion, "annotation.error.comment-changed", comment.getBody());
        String before = comment.getBody();
        comment.edit(clean(body), clock.instant());
        comments.flush();
        AnnotationDetails annotation = annotations.get(comment.getAnnotationId());
        events.publishEvent(new CommentEdited(comment.getProjectId(), annotation.articleId(), annotation.id(), commentId,
                before, comment.getBody(), me.id()));
        return view(comment, me);
    }

    @Transactional
    public void setResolved(long annotationId, boolean resolved) {
        AnnotationDetails annotation = annotations.get(annotationId);
        access.requireAnnotate(annotation.projectId());
        long me = accounts.me().id();
        CommentThreadState state = threads.findById(annotationId).orElseGet(() -> new CommentThreadState(annotationId));
        state.set(resolved, me, clock.instant());
        threads.saveAndFlush(state);
        events.publishEvent(new ThreadResolved(annotation.projectId(), annotation.articleId(), annotationId, resolved, me));
    }

    private static String clean(String body) {
        String text = Texts.optional(body, 4000, "A comment");
        if (text == null) {
            throw DomainException.of("annotation.error.comment-empty");
        }
        return text;
    }

    private static CommentDetails view(Comment c, UserSummary author) {
        return new CommentDetails(c.getId(), c.getAnnotationId(), author, c.getBody(), c.getCreatedAt(), c.getUpdatedAt(),
                c.getVersion());
    }
}
