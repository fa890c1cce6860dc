package org.crosscheck.trash;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface TrashRepository extends JpaRepository<TrashedItem, Long> {

    /** What the project's trash offers: not restored, not older than {@code since}; newest first. */
    @Query("""
            select t from TrashedItem t where t.projectId = :projectId and t.restoredAt is null and t.deletedAt >= :since
            order by t.deletedAt desc, t.id desc""")
    List<TrashedItem> offered(long projectId, Instant since, Pageable page);

    @Query("""
            select count(t) from TrashedItem t where t.projectId = :projectId and t.restoredAt is null
              and t.deletedAt >= :since""")
    long countOffered(long projectId, Instant since);

    /** The latest deletion of this thing by this user that is still in the trash (an undo puts it back). */
    Optional<TrashedItem> findFirstByTypeAndSubjectIdAndDeletedByAndRestoredAtIsNullAndDeletedAtGreaterThanEqualOrderByIdDesc(
            TrashType type, long subjectId, long deletedBy, Instant since);

    /** The id a restored thing has now (an article restored under a new id). */
    @Query("""
            select t.restoredAs from TrashedItem t where t.type = :type and t.subjectId = :subjectId
              and t.restoredAs is not null order by t.id desc""")
    List<Long> restoredAs(TrashType type, long subjectId, Pageable page);

    /** The thing a restored one was restored from, if it was. */
    @Query("select t.subjectId from TrashedItem t where t.type = :type and t.restoredAs = :id order by t.id desc")
    List<Long> restoredFrom(TrashType type, long id, Pageable page);

    /** Forgets what was deleted before {@code before}: the same on every node, so running it twice is harmless. */
    @Modifying
    @Query("delete from TrashedItem t where t.deletedAt < :before")
    int purge(Instant before);
}
