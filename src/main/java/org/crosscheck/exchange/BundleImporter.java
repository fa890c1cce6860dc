package org.crosscheck.exchange;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.AccountService.ImportedAuthor;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationArchive;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindService;
import org.crosscheck.annotation.KindService.AdoptedKind;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.annotation.RestoredAnnotation;
import org.crosscheck.annotation.RestoredAnnotation.RestoredComment;
import org.crosscheck.article.ArticleFormat;
import org.crosscheck.article.ArticleRecord;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainException;
import org.crosscheck.exchange.Bundle.AnnotationEntry;
import org.crosscheck.exchange.Bundle.ArticleEntry;
import org.crosscheck.exchange.Bundle.ContradictionEntry;
import org.crosscheck.exchange.Bundle.MemberEntry;
import org.crosscheck.exchange.Bundle.SpanEntry;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.ContradictionArchive;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.RestoredContradiction;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills a new or empty project from a bundle, inside the caller's transaction: any problem (a
 * reference to an article or annotation the bundle does not have, a duplicate id, offsets outside
 * or beside their words) throws, and the transaction takes everything back.
 */
@Component
class BundleImporter {

    private final ProjectService projects;
    private final ArticleService articles;
    private final AnnotationArchive annotations;
    private final ContradictionArchive contradictions;
    private final AccountService accounts;

    private final EntityManager entityManager;
    private final KindService kindService;

    BundleImporter(KindService kindService, ProjectService projects, ArticleService articles, AnnotationArchive annotations,
                   ContradictionArchive contradictions, AccountService accounts, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.kindService = kindService;
        this.projects = projects;
        this.articles = articles;
        this.annotations = annotations;
        this.contradictions = contradictions;
        this.accounts = accounts;
    }

    ImportSummary fill(long projectId, BundleReader bundle) {
        UserSummary me = accounts.me();
        Map<String, ImportedAuthor> authors = new HashMap<>();
        List<ContradictionEntry> linked = bundle.contradictions();
        Set<Long> anchoredArticles = new HashSet<>();
        linked.forEach(c -> {
            if (c.spans() == null) {
                throw DomainException.of("exchange.bundle.contradiction-no-spans", String.valueOf(c.id()));
            }
            c.spans().forEach(s -> anchoredArticles.add(s.articleId()));
        });

        // The bundle's kinds, made the project's (or matched to its own by name) before any annotation needs them.
        Map<String, AdoptedKind> kinds = new HashMap<>();
        for (KindDescription kind : bundle.kinds()) {
            if (kind.builtIn() || kind.projectKindId() == null) {
                throw DomainException.of("exchange.bundle.kind-without-id");
            }
            kinds.put(kind.id(), kindService.adopt(projectId, kind));
        }
        Map<Long, Long> articleIds = new HashMap<>();
        Map<Long, Long> annotationIds = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        long annotationCount = 0;
        long commentCount = 0;
        for (String name : bundle.articleEntries()) {
            ArticleEntry a = bundle.article(name);
            if (articleIds.containsKey(a.id())) {
                throw DomainException.of("exchange.bundle.article-id-twice", String.valueOf(a.id()), name);
            }
            List<AnnotationEntry> list = a.annotations() == null ? List.of() : a.annotations();
            ArticleRecord record = new ArticleRecord(a.id(), a.title(), a.outlet(), a.url(), a.publishedOn(),
                    a.sourceName(), format(a.format(), name), a.importedAt(), a.importedBy(), a.original(), a.text(), null,
                    a.byline(), a.publishedAt());
            long newId = articles.restore(projectId, record, author(a.importedBy(), me, authors).userId(),
                    !list.isEmpty() || anchoredArticles.contains(a.id()));
            articleIds.put(a.id(), newId);
            if (anchoredArticles.contains(a.id())) {
                texts.put(newId, a.text());
            }
            List<RestoredAnnotation> restored = new ArrayList<>(list.size());
            for (AnnotationEntry n : list) {
                if (annotationIds.containsKey(n.id())) {
                    throw DomainException.of("exchange.bundle.annotation-id-twice", String.valueOf(n.id()));
                }
                annotationIds.put(n.id(), -1L);
                List<RestoredComment> thread = n.comments() == null ? List.of() : n.comments().stream()
                        .map(c -> new RestoredComment(author(c.author(), me, authors), c.body(), c.createdAt(),
                                c.updatedAt()))
                        .toList();
                commentCount += thread.size();
                AdoptedKind adopted = KindDescription.projectKindId(n.kind()).isPresent() ? kinds.get(n.kind()) : null;
                if (KindDescription.projectKindId(n.kind()).isPresent() && adopted == null) {
                    throw DomainException.of("exchange.bundle.undescribed-kind", String.valueOf(n.id()), n.kind());
                }
                Map<String, String> values = n.values() == null ? Map.of() : n.values();
                restored.add(new RestoredAnnotation(adopted != null ? adopted.kind() : KindDescription.of(kind(n.kind(), n.id())),
                        n.start(), n.end(), n.exact(),
                        new AnnotationFields(n.speaker(), n.value(), qualifier(n.qualifier(), n.id()), n.counted(), n.unit(),
                                n.note(), adopted != null ? adopted.translate(values) : values),
                        author(n.author(), me, authors), required(n.createdAt(), "exchange.bundle.annotation-no-time", n.id()), n.updatedAt(),
                        thread, n.threadResolved()));
            }
            List<Long> made;
            try {
                made = annotations.restore(newId, restored);
            } catch (DomainException e) {
                throw new ImportRefused("exchange.bundle.in-article", a.title(), name, e);
            }
            for (int i = 0; i < made.size(); i++) {
                annotationIds.put(list.get(i).id(), made.get(i));
            }
            annotationCount += made.size();
            // This article is in the database now: the session need not hold its text until the commit
            // (a bundle may hold gigabytes of articles).
            entityManager.flush();
            entityManager.clear();
        }

        for (ContradictionEntry c : linked) {
            List<RestoredContradiction.Span> spans = new ArrayList<>();
            for (SpanEntry s : c.spans()) {
                Long article = articleIds.get(s.articleId());
                if (article == null) {
                    throw DomainException.of("exchange.bundle.missing-article", String.valueOf(c.id()),
                            String.valueOf(s.articleId()));
                }
                Long annotation = null;
                if (s.annotationId() != null) {
                    annotation = annotationIds.get(s.annotationId());
                    if (annotation == null) {
                        throw DomainException.of("exchange.bundle.missing-annotation", String.valueOf(c.id()),
                                String.valueOf(s.annotationId()));
                    }
                }
                spans.add(new RestoredContradiction.Span(article, annotation, s.start(), s.end(), s.exact(),
                        author(s.addedBy(), me, authors), s.addedAt()));
            }
            try {
                contradictions.restore(projectId, new RestoredContradiction(category(c.category(), c.id()),
                        status(c.status(), c.id()), c.note(), c.statusReason(), author(c.author(), me, authors),
                        required(c.createdAt(), "exchange.bundle.contradiction-no-time", c.id()), c.updatedAt(), spans), texts);
            } catch (DomainException e) {
                throw new ImportRefused("exchange.bundle.in-contradiction", String.valueOf(c.id()), e);
            }
        }

        List<ImportNote> notes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        // Members the project has already keep the role they have here; the bundle only adds people.
        Set<String> already = new HashSet<>();
        projects.members(projectId).forEach(m -> already.add(m.user().username().toLowerCase()));
        for (MemberEntry m : bundle.members()) {
            if (m.username() == null || already.contains(m.username().strip().toLowerCase())) {
                continue;
            }
            ProjectRole role = role(m.role());
            if (accounts.findByUsername(m.username().strip().toLowerCase()).isPresent()) {
                projects.setMember(projectId, m.username(), role);
            } else {
                unknown.add(m.username());
            }
        }
        if (!unknown.isEmpty()) {
            notes.add(ImportNote.of("exchange.import.note.unknown-members", String.join(", ", unknown)));
        }
        return new ImportSummary(projectId, "bundle", articleIds.size(), annotationCount, commentCount, linked.size(), 0,
                List.of(), notes);
    }

    private ImportedAuthor author(String username, UserSummary me, Map<String, ImportedAuthor> cache) {
        String key = username == null ? "" : username.strip().toLowerCase();
        return cache.computeIfAbsent(key, k -> accounts.importedAuthor(username, me));
    }

    /** {@code value}, refused for the reason {@code key} gives (with the thing's id) when missing. */
    private static <T> T required(T value, String key, long id) {
        if (value == null) {
            throw DomainException.of(key, String.valueOf(id));
        }
        return value;
    }

    private static ArticleFormat format(String value, String where) {
        if (value == null) {
            return ArticleFormat.TEXT;
        }
        return parse(ArticleFormat.class, value, "exchange.bundle.unknown.article-format", where);
    }

    private static AnnotationKind kind(String value, long id) {
        return parse(AnnotationKind.class, value, "exchange.bundle.unknown.kind", String.valueOf(id));
    }

    private static FigureQualifier qualifier(String value, long id) {
        return value == null ? null : parse(FigureQualifier.class, value, "exchange.bundle.unknown.qualifier", String.valueOf(id));
    }

    private static ContradictionCategory category(String value, long id) {
        return parse(ContradictionCategory.class, value, "exchange.bundle.unknown.category", String.valueOf(id));
    }

    private static ContradictionStatus status(String value, long id) {
        return parse(ContradictionStatus.class, value, "exchange.bundle.unknown.status", String.valueOf(id));
    }

    private static ProjectRole role(String value) {
        return value == null ? ProjectRole.OBSERVER : parse(ProjectRole.class, value, "exchange.bundle.unknown.role", "");
    }

    /** The constant {@code value} names; else refused for the reason {@code key} gives, with where it is and the value. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value, String key, String where) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.of(key, where, String.valueOf(value));
        }
    }
}
