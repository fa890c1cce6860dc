package org.crosscheck.suggest;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;
import java.util.Set;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    String FILTER = "s.projectId = :projectId and (:kind is null or s.kind = :kind) and (:status is null or s.status = :status)"
            + " and (:articleId is null or s.articleId = :articleId or exists (select 1 from SuggestionSpan x"
            + " where x.suggestionId = s.id and x.articleId = :articleId))";

    @Query("select s from Suggestion s where " + FILTER + " order by s.id")
    List<Suggestion> page(@Param("projectId") long projectId, @Param("kind") SuggestionKind kind,
                          @Param("status") SuggestionStatus status, @Param("articleId") Long articleId, Pageable page);

    @Query("select count(s) from Suggestion s where " + FILTER)
    long count(@Param("projectId") long projectId, @Param("kind") SuggestionKind kind,
               @Param("status") SuggestionStatus status, @Param("articleId") Long articleId);

    /** How many of the filtered suggestions come before {@code id} (the list is in id order). */
    @Query("select count(s) from Suggestion s where " + FILTER + " and s.id < :id")
    long rank(@Param("projectId") long projectId, @Param("kind") SuggestionKind kind,
              @Param("status") SuggestionStatus status, @Param("articleId") Long articleId, @Param("id") long id);

    /** Locked, so that two reviewers accepting one suggestion at once are served one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Suggestion s where s.id = :id")
    Optional<Suggestion> findForUpdate(@Param("id") long id);

    String PENDING_UNDER = "select s from Suggestion s where s.articleId = :articleId and s.kind = :kind"
            + " and s.status = org.crosscheck.suggest.SuggestionStatus.PENDING"
            + " and s.span.start < :end and s.span.end > :start order by s.id";

    /** The article's pending quotes or figures lying (partly) on {@code [start, end)}. */
    @Query(PENDING_UNDER)
    List<Suggestion> pendingUnder(@Param("articleId") long articleId, @Param("kind") SuggestionKind kind,
                                  @Param("start") int start, @Param("end") int end);

    /** As {@link #pendingUnder}, locked: a mark taking them over and a reviewer deciding one are served in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(PENDING_UNDER)
    List<Suggestion> pendingUnderForUpdate(@Param("articleId") long articleId, @Param("kind") SuggestionKind kind,
                                           @Param("start") int start, @Param("end") int end);

    /** The pending proposed contradictions with a side lying (partly) on {@code [start, end)} of the article. */
    @Query("select distinct x.suggestionId from SuggestionSpan x, Suggestion s where s.id = x.suggestionId"
            + " and s.status = org.crosscheck.suggest.SuggestionStatus.PENDING and x.articleId = :articleId"
            + " and x.span.start < :end and x.span.end > :start")
    List<Long> pendingContradictionsTouching(@Param("articleId") long articleId, @Param("start") int start,
                                             @Param("end") int end);

    @Query("select s.fingerprint from Suggestion s where s.projectId = :projectId and s.status <> org.crosscheck.suggest.SuggestionStatus.PENDING")
    Set<String> resolvedFingerprints(@Param("projectId") long projectId);

    /** The sides of pending contradictions go with them (the database cascades). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Suggestion s where s.projectId = :projectId and s.status = org.crosscheck.suggest.SuggestionStatus.PENDING")
    int deletePending(@Param("projectId") long projectId);

    @Query("select s from Suggestion s where s.projectId = :projectId and s.kind = org.crosscheck.suggest.SuggestionKind.FIGURE"
            + " and s.status = org.crosscheck.suggest.SuggestionStatus.PENDING and s.topic is not null order by s.articleId, s.span.start")
    List<Suggestion> pendingClaims(@Param("projectId") long projectId, Pageable limit);
}
