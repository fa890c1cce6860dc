package org.crosscheck.suggest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** One computation of a project's suggestions and how far it got, kept in the database so any node can report it. */
@Entity
@Table(name = "suggestion_run")
class SuggestionRun extends AbstractEntity {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false, length = 16)
    private String status = RUNNING;

    @Column(name = "articles_total", nullable = false)
    private int articlesTotal;

    @Column(name = "articles_done", nullable = false)
    private int articlesDone;

    @Column(nullable = false)
    private int proposed;

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 1000)
    private String error;

    protected SuggestionRun() {
    }

    SuggestionRun(long projectId, int articlesTotal, long startedBy, Instant now) {
        this.projectId = projectId;
        this.articlesTotal = articlesTotal;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    void progress(int done) {
        this.articlesDone = done;
    }

    void finish(int proposed, Instant now) {
        this.status = DONE;
        this.articlesDone = articlesTotal;
        this.proposed = proposed;
        this.finishedAt = now;
    }

    void fail(String error, Instant now) {
        this.status = FAILED;
        this.error = error.length() > 1000 ? error.substring(0, 1000) : error;
        this.finishedAt = now;
    }

    SuggestionRunDetails details() {
        return new SuggestionRunDetails(getId(), projectId, status, articlesTotal, articlesDone, proposed, startedAt,
                finishedAt, error);
    }

    long getProjectId() {
        return projectId;
    }

    String getStatus() {
        return status;
    }

    Instant getStartedAt() {
        return startedAt;
    }
}
