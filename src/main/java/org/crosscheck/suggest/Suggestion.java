package org.crosscheck.suggest;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.base.AbstractEntity;
import org.crosscheck.review.ContradictionCategory;

import java.math.BigDecimal;
import java.time.Instant;

/** A quote, figure or contradiction the engine proposed, until a reviewer accepts or rejects it. */
@Entity
@Table(name = "suggestion")
class Suggestion extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    /** The article of a quote or figure; null for a contradiction, whose sides are suggestion spans. */
    @Column(name = "article_id")
    private Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SuggestionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SuggestionStatus status = SuggestionStatus.PENDING;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Embedded
    private TextSpan span;

    @Column(length = 300)
    private String speaker;

    @Column(name = "speaker_start")
    private Integer speakerStart;

    @Column(name = "speaker_end")
    private Integer speakerEnd;

    @Column(name = "speaker_words", length = 300)
    private String speakerWords;

    @Column(name = "figure_value", precision = 20, scale = 4)
    private BigDecimal figureValue;

    @Column(name = "figure_value_max", precision = 20, scale = 4)
    private BigDecimal figureValueMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "figure_qualifier", length = 16)
    private FigureQualifier figureQualifier;

    @Column(name = "figure_unit", length = 100)
    private String figureUnit;

    @Column(name = "figure_counts", length = 300)
    private String figureCounts;

    /** What figures of different articles are matched on ("deaths (police)"): a row of the claims matrix. */
    @Column(length = 300)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ContradictionCategory category;

    @Column(length = 4000)
    private String explanation;

    /** 0 to 100. */
    @Column(nullable = false)
    private int confidence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "annotation_id")
    private Long annotationId;

    @Column(name = "contradiction_id")
    private Long contradictionId;

    protected Suggestion() {
    }

    static Suggestion quote(long projectId, long articleId, TextSpan span, String speaker, SpeakerMention mention,
                            int confidence, String fingerprint, Instant now) {
        Suggestion s = new Suggestion(projectId, articleId, SuggestionKind.QUOTE, fingerprint, confidence, now);
        s.span = span;
        s.speaker = speaker;
        if (mention != null) {
            s.speakerStart = mention.start();
            s.speakerEnd = mention.end();
            s.speakerWords = mention.words();
        }
        return s;
    }

    static Suggestion figure(long projectId, long articleId, TextSpan span, SuggestedFigure figure, int confidence,
                             String fingerprint, Instant now) {
        Suggestion s = new Suggestion(projectId, articleId, SuggestionKind.FIGURE, fingerprint, confidence, now);
        s.span = span;
        s.figureValue = figure.value();
        s.figureValueMax = figure.valueMax();
        s.figureQualifier = figure.qualifier();
        s.figureUnit = figure.unit();
        s.figureCounts = figure.counted();
        s.topic = figure.topic();
        return s;
    }

    static Suggestion contradiction(long projectId, ContradictionCategory category, String explanation, int confidence,
                                    String fingerprint, Instant now) {
        Suggestion s = new Suggestion(projectId, null, SuggestionKind.CONTRADICTION, fingerprint, confidence, now);
        s.category = category;
        s.explanation = explanation;
        return s;
    }

    private Suggestion(long projectId, Long articleId, SuggestionKind kind, String fingerprint, int confidence,
                       Instant now) {
        this.projectId = projectId;
        this.articleId = articleId;
        this.kind = kind;
        this.fingerprint = fingerprint;
        this.confidence = confidence;
        this.createdAt = now;
    }

    void accept(long by, Instant now, Long annotationId, Long contradictionId) {
        this.status = SuggestionStatus.ACCEPTED;
        this.resolvedBy = by;
        this.resolvedAt = now;
        this.annotationId = annotationId;
        this.contradictionId = contradictionId;
    }

    /** What an accepted suggestion became, once that exists (see SuggestionService's accept). */
    void madeInto(Long annotationId, Long contradictionId) {
        this.annotationId = annotationId;
        this.contradictionId = contradictionId;
    }

    void reject(long by, Instant now) {
        this.status = SuggestionStatus.REJECTED;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    long getProjectId() {
        return projectId;
    }

    Long getArticleId() {
        return articleId;
    }

    SuggestionKind getKind() {
        return kind;
    }

    SuggestionStatus getStatus() {
        return status;
    }

    String getFingerprint() {
        return fingerprint;
    }

    TextSpan getSpan() {
        return span;
    }

    String getSpeaker() {
        return speaker;
    }

    SpeakerMention speakerMention() {
        return speakerStart == null || speakerEnd == null ? null : new SpeakerMention(speakerStart, speakerEnd, speakerWords);
    }

    SuggestedFigure figure() {
        return kind == SuggestionKind.FIGURE
                ? new SuggestedFigure(figureValue, figureValueMax, figureQualifier, figureUnit, figureCounts, topic) : null;
    }

    ContradictionCategory getCategory() {
        return category;
    }

    String getExplanation() {
        return explanation;
    }

    int getConfidence() {
        return confidence;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getResolvedBy() {
        return resolvedBy;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    Long getAnnotationId() {
        return annotationId;
    }

    Long getContradictionId() {
        return contradictionId;
    }
}
