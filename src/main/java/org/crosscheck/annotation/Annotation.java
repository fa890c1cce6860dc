package org.crosscheck.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A marked span of one article: a quote, a figure or a note. */
@Entity
@Table(name = "annotation")
class Annotation extends AbstractEntity {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnnotationKind kind;

    @Embedded
    private TextSpan span;

    @Column(length = 300)
    private String speaker;

    @Column(name = "figure_value", precision = 20, scale = 4)
    private BigDecimal figureValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "figure_qualifier", length = 16)
    private FigureQualifier figureQualifier;

    @Column(name = "figure_counts", length = 300)
    private String figureCounts;

    @Column(name = "figure_unit", length = 100)
    private String figureUnit;

    @Column(length = 4000)
    private String note;

    /** The project kind, for an annotation of kind CUSTOM. */
    @Column(name = "kind_id")
    private Long kindId;

    /** The values of the fields its kind's description adds to the columns (all of a project kind's), as JSON by key. */
    @Column(name = "field_values", length = 20000)
    private String fieldValues;

    @Column(nullable = false, length = 16)
    private String origin = "MANUAL";

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Who saved the current version (null for annotations older than this column: their author). */
    @Column(name = "updated_by")
    private Long updatedBy;

    /** The author's username from an imported bundle, when they have no account here (the importer stands in). */
    @Column(name = "original_author", length = 64)
    private String originalAuthor;

    protected Annotation() {
    }

    /** An annotation as it was in an imported bundle: its author, times and fields kept. */
    static Annotation restored(long projectId, long articleId, KindDescription kind, TextSpan span, AnnotationFields fields,
                               long authorId, String originalAuthor, Instant createdAt, Instant updatedAt) {
        Annotation a = new Annotation(projectId, articleId, kind, span, authorId, createdAt);
        a.apply(fields, authorId, updatedAt);
        a.originalAuthor = originalAuthor;
        return a;
    }

    /** MANUAL, or SUGGESTED for an annotation a reviewer accepted from the suggestions. */
    String getOrigin() {
        return origin;
    }

    void markSuggested() {
        this.origin = "SUGGESTED";
    }

    String getOriginalAuthor() {
        return originalAuthor;
    }

    Annotation(long projectId, long articleId, KindDescription kind, TextSpan span, long authorId, Instant now) {
        this.projectId = projectId;
        this.articleId = articleId;
        this.kind = kind.kind();
        this.kindId = kind.projectKindId();
        this.span = span;
        this.authorId = authorId;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = authorId;
    }

    void apply(AnnotationFields fields, long by, Instant now) {
        this.updatedBy = by;
        this.speaker = fields.speaker();
        this.figureValue = fields.figureValue();
        this.figureQualifier = fields.figureQualifier();
        this.figureCounts = fields.figureCounts();
        this.figureUnit = fields.figureUnit();
        this.note = fields.note();
        this.fieldValues = fields.values().isEmpty() ? null : JSON.writeValueAsString(fields.values());
        this.updatedAt = now;
    }

    long getProjectId() {
        return projectId;
    }

    long getArticleId() {
        return articleId;
    }

    AnnotationKind getKind() {
        return kind;
    }

    long getUpdatedBy() {
        return updatedBy == null ? authorId : updatedBy;
    }

    long getAuthorId() {
        return authorId;
    }

    TextSpan span() {
        return span;
    }

    AnnotationFields fields() {
        return new AnnotationFields(speaker, figureValue, figureQualifier, figureCounts, figureUnit, note, values(fieldValues));
    }

    static Map<String, String> values(String json) {
        return json == null ? Map.of() : JSON.readValue(json, VALUES);
    }

    Long getKindId() {
        return kindId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
