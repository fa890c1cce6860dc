package org.crosscheck.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Crosscheck bundle, format version {@value #VERSION}: a zip of JSON files.
 * <pre>
 * manifest.json          Manifest: format, version, what it holds
 * project.json           ProjectEntry
 * members.json           [MemberEntry]
 * articles/00001.json    ArticleEntry, one file per article, with its annotations and their comments
 * contradictions.json    [ContradictionEntry]
 * </pre>
 * Ids are those of the exporting instance; they only link the files to each other. People are
 * usernames. Offsets are UTF-16 code units into the article's {@code text}, as stored.
 */
final class Bundle {

    static final String FORMAT = "crosscheck-bundle";
    static final int VERSION = 1;

    static final String MANIFEST = "manifest.json";
    static final String PROJECT = "project.json";
    static final String MEMBERS = "members.json";
    static final String CONTRADICTIONS = "contradictions.json";
    /** The project's own kinds, described ({@link org.crosscheck.annotation.KindDescription}); absent in older bundles. */
    static final String KINDS = "kinds.json";
    /**
     * The agreement of each article's annotators when the project marks independently: figures only,
     * read by people and scripts, ignored by an import (they follow from the annotations).
     */
    static final String AGREEMENT = "agreement.json";
    static final String ARTICLE_PREFIX = "articles/";

    private Bundle() {
    }

    static String articleEntry(int index) {
        return ARTICLE_PREFIX + String.format("%05d", index) + ".json";
    }

    record Manifest(String format, int version, String generator, Instant exportedAt, String exportedBy,
                    boolean complete, int articles, int contradictions) {
    }

    record ProjectEntry(long id, String name, String description, Instant createdAt, boolean membersMayExport) {
    }

    record MemberEntry(String username, String role) {
    }

    /** {@code byline} only when the article has one, so that bundles of articles without stay as they were. */
    record ArticleEntry(long id, String title, String outlet, String url, LocalDate publishedOn,
                        @com.fasterxml.jackson.annotation.JsonInclude(
                                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String byline,
                        String sourceName,
                        String format, Instant importedAt, String importedBy, String contentHash, String original,
                        String text, List<AnnotationEntry> annotations,
                        @com.fasterxml.jackson.annotation.JsonInclude(
                                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Instant publishedAt) {
    }

    record AnnotationEntry(long id, String kind, int start, int end, String exact, String prefix, String suffix,
                           String speaker, BigDecimal value, String qualifier, String counted, String unit, String note,
                           String author, Instant createdAt, Instant updatedAt, boolean threadResolved,
                           List<CommentEntry> comments,
                           @com.fasterxml.jackson.annotation.JsonInclude(
                                   com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                           java.util.Map<String, String> values) {
    }

    record CommentEntry(long id, String author, String body, Instant createdAt, Instant updatedAt) {
    }

    record ContradictionEntry(long id, String category, String status, String note, String statusReason, String author,
                              Instant createdAt, Instant updatedAt, List<SpanEntry> spans) {
    }

    record SpanEntry(long articleId, Long annotationId, int start, int end, String exact, String prefix, String suffix,
                     String addedBy, Instant addedAt) {
    }

    /** One article's agreement in {@link #AGREEMENT}: its annotators (usernames), over all kinds and per kind. */
    record ArticleAgreement(long articleId, List<String> annotators, AgreementScore overall, List<AgreementScore> kinds) {
    }

    /** F1 (mean of the pairs, overlap rule) and Krippendorff's alpha of one kind ("*": all kinds). */
    record AgreementScore(String kind, Double f1, Double alpha) {
    }
}
