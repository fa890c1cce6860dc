package org.crosscheck.article;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One outlet's text of the event. {@link #text} is what every annotation offset refers to. */
@Entity
@Table(name = "article")
class Article extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 200)
    private String outlet;

    @Column(length = 2000)
    private String url;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** The moment of publication where known; its UTC date is then {@link #publishedOn}. */
    @Column(name = "published_at")
    private Instant publishedAt;

    /** Who wrote it, as the page said; kept apart from the text, where no annotation can be anchored in it. */
    @Column(length = 300)
    private String byline;

    /** Where the text came from: a file name, or "pasted". */
    @Column(name = "source_name", nullable = false, length = 500)
    private String sourceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_format", nullable = false, length = 16)
    private ArticleFormat originalFormat;

    /** The text exactly as imported (HTML source included); never rendered. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "original_text", nullable = false)
    private String originalText;

    @Column(name = "body_text", nullable = false)
    private String text;

    /** The text's length in UTF-16 units, kept so that lists need not read the texts. */
    @Column(name = "body_length", nullable = false)
    private int textLength;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    /** Set when the first annotation is made: from then on the text never changes. */
    @Column(name = "text_frozen", nullable = false)
    private boolean textFrozen;

    @Column(name = "imported_by", nullable = false)
    private long importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    /** The language of the text (a BCP 47 tag), detected on import and editable; null when unknown. */
    @Column(length = 16)
    private String language;

    protected Article() {
    }

    Article(long projectId, ArticleDraft draft, String text, long importedBy, Instant importedAt) {
        this.projectId = projectId;
        this.title = draft.title();
        this.outlet = draft.outlet();
        this.url = draft.url();
        setPublished(draft.publishedOn(), draft.publishedAt());
        this.byline = draft.byline();
        this.sourceName = draft.sourceName();
        this.originalFormat = draft.format();
        this.originalText = draft.original();
        setText(text);
        this.language = ArticleLanguage.detect(text).orElse(null);
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    long getProjectId() {
        return projectId;
    }

    String getTitle() {
        return title;
    }

    String getOutlet() {
        return outlet;
    }

    String getUrl() {
        return url;
    }

    LocalDate getPublishedOn() {
        return publishedOn;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getByline() {
        return byline;
    }

    String getSourceName() {
        return sourceName;
    }

    /** The original as imported (read lazily: only a bundle or the trash needs it). */
    String getOriginalText() {
        return originalText;
    }

    String getText() {
        return text;
    }

    String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    String getContentHash() {
        return contentHash;
    }

    boolean isTextFrozen() {
        return textFrozen;
    }

    long getImportedBy() {
        return importedBy;
    }

    ArticleFormat getOriginalFormat() {
        return originalFormat;
    }

    Instant getImportedAt() {
        return importedAt;
    }

    void setText(String normalized) {
        this.text = normalized;
        this.textLength = normalized.length();
        this.contentHash = ArticleText.contentHash(normalized);
    }

    void freezeText() {
        this.textFrozen = true;
    }

    void setDetails(String title, String outlet, String url, LocalDate publishedOn, Instant publishedAt, String byline) {
        this.byline = byline;
        this.title = title;
        this.outlet = outlet;
        this.url = url;
        setPublished(publishedOn, publishedAt);
    }

    private void setPublished(LocalDate publishedOn, Instant publishedAt) {
        this.publishedAt = publishedAt == null ? null : publishedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.publishedOn = publishedAt == null ? publishedOn : LocalDate.ofInstant(publishedAt, java.time.ZoneOffset.UTC);
    }
}
