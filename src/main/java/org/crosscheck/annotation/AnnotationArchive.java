package org.crosscheck.annotation;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationRecord.CommentRecord;
import org.crosscheck.annotation.RestoredAnnotation.RestoredComment;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article's annotations with their comment threads, read whole for an export and restored whole
 * from a bundle. A restore publishes no event of its own: it is part of one import, which the
 * exchange feature announces once (a bundle of 100,000 annotations is one change, not 100,000).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AnnotationArchive {

    private final AnnotationRepository annotations;
    private final CommentRepository comments;
    private final CommentThreadStateRepository threads;
    private final ArticleService articles;
    private final ProjectAccess access;
    private final AccountService accounts;

    AnnotationArchive(AnnotationRepository annotations, CommentRepository comments, CommentThreadStateRepository threads,
                      ArticleService articles, ProjectAccess access, AccountService accounts) {
        this.annotations = annotations;
        this.comments = comments;
        this.threads = threads;
        this.articles = articles;
        this.access = access;
        this.accounts = accounts;
    }

    /** Every annotation of the article in text order, each with its thread: three queries, whatever the count. */
    public List<AnnotationRecord> records(long articleId) {
        access.requireRead(articles.projectIdOf(articleId));
        List<Annotation> list = annotations.findByArticleIdOrderBySpanStartAscIdAsc(articleId);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Comment>> byAnnotation = comments.ofArticle(articleId).stream()
                .collect(Collectors.groupingBy(Comment::getAnnotationId));
        Set<Long> resolved = new HashSet<>(threads.resolvedOfArticle(articleId));
        Set<Long> userIds = new HashSet<>();
        list.forEach(a -> userIds.add(a.getAuthorId()));
        byAnnotation.values().forEach(cs -> cs.forEach(c -> userIds.add(c.getAuthorId())));
        Map<Long, UserSummary> users = accounts.findByIds(userIds);
        List<AnnotationRecord> out = new ArrayList<>(list.size());
        for (Annotation a : list) {
            List<CommentRecord> thread = byAnnotation.getOrDefault(a.getId(), List.of()).stream()
                    .map(c -> new CommentRecord(c.getId(), username(c.getOriginalAuthor(), c.getAuthorId(), users),
                            c.getBody(), c.getCreatedAt(), c.getUpdatedAt()))
                    .toList();
            out.add(new AnnotationRecord(a.getId(), a.getArticleId(), a.getKind(), a.span(), a.fields(),
                    username(a.getOriginalAuthor(), a.getAuthorId(), users), a.getCreatedAt(), a.getUpdatedAt(), thread,
                    resolved.contains(a.getId())));
        }
        return out;
    }

    /** The bundle's name for an author who had no account here, else the account's username. */
    private static String username(String original, long userId, Map<Long, UserSummary> users) {
        if (original != null) {
            return original;
        }
        UserSummary user = users.get(userId);
        return user == null ? null : user.username();
    }

    /**
     * Restores annotations on an article of a project the caller leads, in the caller's
     * transaction: offsets taken exactly as given and checked against the text (never moved), fields
     * checked as when a reviewer saves them. Returns the new ids, in the order given.
     */
    @Transactional
    public List<Long> restore(long articleId, List<RestoredAnnotation> restored) {
        ArticleContent article = articles.getForAnnotating(articleId);
        access.requireLead(article.projectId());
        if (!article.textFrozen() && !restored.isEmpty()) {
            throw new DomainException("Annotations are restored only onto an article restored with a frozen text.");
        }
        List<Annotation> made = new ArrayList<>(restored.size());
        for (RestoredAnnotation r : restored) {
            AnnotationService.requireExact(article.text(), r.start(), r.end(), r.exact() == null ? "" : r.exact());
            TextSpan span = TextSpan.select(article.text(), r.start(), r.end());
            made.add(Annotation.restored(article.projectId(), articleId, r.kind(), span, r.fields().validFor(r.kind()),
                    r.author().userId(), r.author().originalUsername(), r.createdAt(), latest(r.createdAt(), r.updatedAt())));
        }
        made = annotations.saveAll(made);
        List<Comment> thread = new ArrayList<>();
        List<CommentThreadState> resolved = new ArrayList<>();
        long me = accounts.me().id();
        for (int i = 0; i < made.size(); i++) {
            Annotation a = made.get(i);
            for (RestoredComment c : restored.get(i).comments()) {
                String body = Texts.optional(c.body(), 4000, "A comment");
                if (body == null) {
                    throw new DomainException("A comment on annotation " + (i + 1) + " of the article is empty.");
                }
                thread.add(Comment.restored(a.getProjectId(), a.getId(), c.author().userId(), c.author().originalUsername(),
                        body, c.createdAt(), latest(c.createdAt(), c.updatedAt())));
            }
            if (restored.get(i).threadResolved()) {
                CommentThreadState state = new CommentThreadState(a.getId());
                state.set(true, me, a.getUpdatedAt());
                resolved.add(state);
            }
        }
        comments.saveAll(thread);
        threads.saveAll(resolved);
        annotations.flush();
        return made.stream().map(Annotation::getId).toList();
    }

    private static Instant latest(Instant created, Instant updated) {
        return updated == null || updated.isBefore(created) ? created : updated;
    }
}
