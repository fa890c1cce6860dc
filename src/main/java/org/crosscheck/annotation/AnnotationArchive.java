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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article's annotations with their comment threads, read whole for an export and restored whole
 * from a bundle. A restore publishes no event of its own: it is part of one import, which the
 * exchange feature announces once (a bundle of 100,000 annotations is one change, not 100,000).
 * A restore writes what it made and leaves the persistence context empty, so an import stays linear
 * in its size: callers hold no entity across it.
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
    private final jakarta.persistence.EntityManager entities;
    private final ProjectKindRepository projectKinds;

    AnnotationArchive(ProjectKindRepository projectKinds, AnnotationRepository annotations, CommentRepository comments, CommentThreadStateRepository threads,
                      ArticleService articles, ProjectAccess access, AccountService accounts,
                      jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.projectKinds = projectKinds;
        this.annotations = annotations;
        this.comments = comments;
        this.threads = threads;
        this.articles = articles;
        this.access = access;
        this.accounts = accounts;
    }

    /**
     * A reader of the project's annotations with their threads, for an export that goes article by
     * article in whatever order it chooses: it holds the authors' names and the resolved threads of
     * the project, and reads one article's annotations (in text order) when asked. Read inside the
     * caller's transaction, which keeps one view of the project.
     */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public ExportReader exportReader(long projectId) {
        Set<Long> userIds = new HashSet<>(annotations.authorIdsOfProject(projectId));
        userIds.addAll(comments.authorIdsOfProject(projectId));
        return new ExportReader(projectId, accounts.findByIds(userIds), new HashSet<>(threads.resolvedOfProject(projectId)),
                new HashSet<>(comments.articlesWithCommentsOf(projectId)), projectKinds(projectId));
    }

    private Map<Long, KindDescription> projectKinds(long projectId) {
        Map<Long, KindDescription> out = new java.util.LinkedHashMap<>();
        projectKinds.findByProjectIdOrderByNameAscIdAsc(projectId).forEach(k -> out.put(k.getId(), k.describe()));
        return out;
    }

    /** See {@link #exportReader}. */
    public final class ExportReader {

        private final long projectId;
        private final Map<Long, UserSummary> users;
        private final Set<Long> resolved;
        /** The articles worth asking for comments: most have none. */
        private final Set<Long> withComments;
        private final Map<Long, KindDescription> projectKinds;

        private ExportReader(long projectId, Map<Long, UserSummary> users, Set<Long> resolved, Set<Long> withComments,
                             Map<Long, KindDescription> projectKinds) {
            this.projectId = projectId;
            this.projectKinds = projectKinds;
            this.users = users;
            this.resolved = resolved;
            this.withComments = withComments;
        }

        /** The article's annotations in text order, each with its thread oldest first (none of another project). */
        public List<AnnotationRecord> of(long articleId) {
            Map<Long, List<CommentRecord>> threadOf = new java.util.HashMap<>();
            for (CommentRow c : withComments.contains(articleId) ? comments.exportRowsOf(projectId, articleId)
                    : List.<CommentRow>of()) {
                threadOf.computeIfAbsent(c.annotationId(), k -> new ArrayList<>()).add(new CommentRecord(c.id(),
                        username(c.originalAuthor(), c.authorId(), users), c.body(), c.createdAt(), c.updatedAt()));
            }
            return annotations.exportRowsOf(projectId, articleId).stream().map(a -> new AnnotationRecord(a.id(),
                    a.articleId(), a.kind(), new TextSpan(a.start(), a.end(), a.exact(), a.prefix(), a.suffix()),
                    new AnnotationFields(a.speaker(), a.value(), a.qualifier(), a.counted(), a.unit(), a.note(),
                            Annotation.values(a.fieldValues())),
                    username(a.originalAuthor(), a.authorId(), users), a.createdAt(), a.updatedAt(),
                    List.copyOf(threadOf.getOrDefault(a.id(), List.of())), resolved.contains(a.id()),
                    a.kindId() == null ? KindDescription.of(a.kind()) : kindOf(a.kindId()))).toList();
        }

        /** A kind defined after the export started is read when an annotation of it comes. */
        private KindDescription kindOf(long kindId) {
            return projectKinds.computeIfAbsent(kindId, id -> AnnotationArchive.this.projectKinds.findById(id)
                    .map(ProjectKind::describe).orElseThrow());
        }

        /** The project's own kinds, which its annotations may have (a bundle carries them). */
        public List<KindDescription> projectKinds() {
            return List.copyOf(projectKinds.values());
        }
    }

    /** One comment as an export reads it. */
    record CommentRow(long id, long annotationId, long authorId, String originalAuthor, String body, Instant createdAt,
                      Instant updatedAt) {
    }

    /** One annotation as an export reads it: a row of the table, no entity. */
    record Row(long id, long articleId, AnnotationKind kind, int start, int end, String exact, String prefix,
               String suffix, String speaker, java.math.BigDecimal value, FigureQualifier qualifier, String counted,
               String unit, String note, Long kindId, String fieldValues, long authorId, String originalAuthor, Instant createdAt, Instant updatedAt) {
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
            throw DomainException.of("annotation.error.restore-unfrozen");
        }
        List<Annotation> made = new ArrayList<>(restored.size());
        for (RestoredAnnotation r : restored) {
            if (!r.kind().builtIn() && projectKinds.findById(r.kind().projectKindId())
                    .filter(k -> k.getProjectId() == article.projectId()).isEmpty()) {
                throw DomainException.of("annotation.error.restore-foreign-kind", r.kind().name());
            }
            made.add(annotation(article, r, r.kind()));
        }
        made = annotations.saveAll(made);
        saveThreads(made, restored);
        List<Long> ids = made.stream().map(Annotation::getId).toList();
        // Written, and not needed again in this import: without this, every later flush of the import
        // would check each of the (up to 100,000) annotations restored before, and the import would
        // take time quadratic in its size.
        entities.flush();
        entities.clear();
        return ids;
    }

    /**
     * One annotation with its thread, as an export has it, read in the caller's transaction just
     * before it is deleted: what the trash keeps, to put it back later with {@link #restoreDeleted}.
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public AnnotationRecord record(long annotationId) {
        Annotation a = annotations.findById(annotationId)
                .orElseThrow(() -> new org.crosscheck.base.NotFoundException("annotation", annotationId));
        access.requireVisible(a.getProjectId(), "annotation", annotationId);
        List<Comment> thread = comments.findByAnnotationIdOrderByCreatedAtAscIdAsc(annotationId);
        Set<Long> userIds = new HashSet<>();
        userIds.add(a.getAuthorId());
        thread.forEach(c -> userIds.add(c.getAuthorId()));
        Map<Long, UserSummary> users = accounts.findByIds(userIds);
        KindDescription kind = a.getKindId() == null ? KindDescription.of(a.getKind())
                : projectKinds.findById(a.getKindId()).map(ProjectKind::describe).orElseThrow();
        return new AnnotationRecord(a.getId(), a.getArticleId(), a.getKind(), a.span(), a.fields(),
                username(a.getOriginalAuthor(), a.getAuthorId(), users), a.getCreatedAt(), a.getUpdatedAt(),
                thread.stream().map(c -> new CommentRecord(c.getId(), username(c.getOriginalAuthor(), c.getAuthorId(), users),
                        c.getBody(), c.getCreatedAt(), c.getUpdatedAt())).toList(),
                threads.findById(annotationId).map(CommentThreadState::isResolved).orElse(false), kind);
    }

    /**
     * Puts back one deleted annotation with its thread (from the trash, or an undo), in the caller's
     * transaction, exactly where it was: refused when the text there is not what it marked, or its
     * kind is gone. Its author or a lead may, as for any change of it. The kind is read as the
     * project has it now. Publishes nothing: the caller announces the restore. Returns the new id.
     */
    @Transactional
    public long restoreDeleted(long articleId, RestoredAnnotation r) {
        ArticleContent article = articles.getForAnnotating(articleId);
        access.requireMayChange(article.projectId(), r.author().userId(), accounts.me().id(), "a deleted annotation");
        KindDescription kind = r.kind();
        if (!kind.builtIn()) {
            kind = projectKinds.findById(kind.projectKindId()).filter(k -> k.getProjectId() == article.projectId())
                    .map(ProjectKind::describe).orElseThrow(() -> DomainException.of("annotation.error.restore-kind-deleted",
                            Texts.abbreviate(r.kind().name(), 40)));
        }
        if (!article.textFrozen()) {
            articles.freezeText(articleId, article.contentHash());
        }
        List<Annotation> made = annotations.saveAll(List.of(annotation(article, r, kind)));
        saveThreads(made, List.of(r));
        annotations.flush();
        return made.getFirst().getId();
    }

    private static Annotation annotation(ArticleContent article, RestoredAnnotation r, KindDescription kind) {
        AnnotationService.requireExact(article.text(), r.start(), r.end(), r.exact() == null ? "" : r.exact());
        TextSpan span = TextSpan.select(article.text(), r.start(), r.end());
        return Annotation.restored(article.projectId(), article.id(), kind, span, r.fields().validFor(kind),
                r.author().userId(), r.author().originalUsername(), r.createdAt(), latest(r.createdAt(), r.updatedAt()));
    }

    private void saveThreads(List<Annotation> made, List<RestoredAnnotation> restored) {
        List<Comment> thread = new ArrayList<>();
        List<CommentThreadState> resolved = new ArrayList<>();
        long me = accounts.me().id();
        for (int i = 0; i < made.size(); i++) {
            Annotation a = made.get(i);
            for (RestoredComment c : restored.get(i).comments()) {
                String body = Texts.optional(c.body(), 4000, "A comment");
                if (body == null) {
                    throw DomainException.of("annotation.error.restore-comment-empty", i + 1);
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
    }

    private static Instant latest(Instant created, Instant updated) {
        return updated == null || updated.isBefore(created) ? created : updated;
    }
}
