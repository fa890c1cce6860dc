package org.crosscheck.review;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.review.ContradictionRecord.SpanRecord;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A project's contradictions read page by page for an export, and restored from a bundle. As with
 * annotations, a restore publishes nothing itself: the import is announced once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ContradictionArchive {

    private final ContradictionRepository contradictions;
    private final ContradictionSpanRepository spans;
    private final ArticleService articles;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final jakarta.persistence.EntityManager entities;

    ContradictionArchive(ContradictionRepository contradictions, ContradictionSpanRepository spans,
                         ArticleService articles, ProjectAccess access, AccountService accounts,
                         jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.contradictions = contradictions;
        this.spans = spans;
        this.articles = articles;
        this.access = access;
        this.accounts = accounts;
    }

    /** Up to {@code size} contradictions with one of the statuses and an id above {@code afterId}, by id, with their spans. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<ContradictionRecord> page(long projectId, Collection<ContradictionStatus> statuses, long afterId, int size) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return records(contradictions.after(projectId, statuses, afterId, PageRequest.of(0, Math.min(size, 500))));
    }

    /**
     * The contradictions with a side in the article, with all their spans, read in the caller's
     * transaction just before the article is deleted: what the trash keeps to link its spans again.
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public List<ContradictionRecord> touching(long articleId) {
        access.requireVisible(articles.projectIdOf(articleId), "article", articleId);
        return records(contradictions.touching(articleId));
    }

    private List<ContradictionRecord> records(List<Contradiction> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ContradictionSpan>> byContradiction = spans
                .findByContradictionIdInOrderByIdAsc(list.stream().map(Contradiction::getId).toList()).stream()
                .collect(Collectors.groupingBy(ContradictionSpan::getContradictionId));
        Set<Long> userIds = new HashSet<>();
        list.forEach(c -> userIds.add(c.getAuthorId()));
        byContradiction.values().forEach(ss -> ss.forEach(s -> userIds.add(s.getAddedBy())));
        Map<Long, UserSummary> users = accounts.findByIds(userIds);
        LongFunction<String> name = id -> users.containsKey(id) ? users.get(id).username() : null;
        return list.stream().map(c -> new ContradictionRecord(c.getId(), c.getCategory(), c.getStatus(), c.getNote(),
                c.getStatusReason(), c.getOriginalAuthor() != null ? c.getOriginalAuthor() : name.apply(c.getAuthorId()),
                c.getCreatedAt(), c.getUpdatedAt(),
                byContradiction.getOrDefault(c.getId(), List.of()).stream()
                        .map(s -> new SpanRecord(s.getId(), s.getArticleId(), s.getAnnotationId(), s.span(),
                                name.apply(s.getAddedBy()), s.getAddedAt()))
                        .toList()))
                .toList();
    }

    /**
     * Restores one contradiction into a project the caller leads, in the caller's transaction; each
     * span must lie on its own words in an article of the project (checked, never moved).
     */
    @PreAuthorize("@projectAccess.canLead(#projectId)")
    @Transactional
    public long restore(long projectId, RestoredContradiction r, Map<Long, String> textsByArticle) {
        if (r.category() == null || r.status() == null) {
            throw DomainException.of("review.error.restore-category-status");
        }
        if (r.spans().size() < 2 && r.status() != ContradictionStatus.DISMISSED) {
            throw DomainException.of("review.error.restore-two-spans");
        }
        Instant updated = r.updatedAt() == null || r.updatedAt().isBefore(r.createdAt()) ? r.createdAt() : r.updatedAt();
        Contradiction c = contradictions.save(Contradiction.restored(projectId, r.category(), r.status(),
                Texts.optional(r.note(), 4000, "The note"), Texts.optional(r.statusReason(), 2000, "The reason"),
                r.author().userId(), r.author().originalUsername(), r.createdAt(), updated));
        List<ContradictionSpan> made = new ArrayList<>();
        for (RestoredContradiction.Span s : r.spans()) {
            String text = textsByArticle.computeIfAbsent(s.articleId(), id -> {
                ArticleContent article = articles.get(id);
                if (article.projectId() != projectId) {
                    throw DomainException.of("review.error.restore-foreign-article");
                }
                return article.text();
            });
            TextSpan span = TextSpan.select(text, s.start(), s.end());
            if (span.start() != s.start() || span.end() != s.end() || (s.exact() != null && !s.exact().equals(span.exact()))) {
                throw DomainException.of("review.error.restore-words", String.valueOf(s.start()),
                        String.valueOf(s.end()));
            }
            made.add(new ContradictionSpan(c.getId(), s.articleId(), s.annotationId(), span, s.addedBy().userId(),
                    s.addedAt() == null ? r.createdAt() : s.addedAt()));
        }
        spans.saveAll(made);
        // As for annotations: written, and cleared so that an import of thousands stays linear.
        entities.flush();
        entities.clear();
        return c.getId();
    }
}
