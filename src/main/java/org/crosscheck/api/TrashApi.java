package org.crosscheck.api;

import org.crosscheck.trash.AnnotationHistory;
import org.crosscheck.trash.Restored;
import org.crosscheck.trash.RestoreRefusedException;
import org.crosscheck.trash.TrashItem;
import org.crosscheck.trash.TrashService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A project's trash (leads): what was deleted, restored on request; and an annotation's history
 * (every member who may read it).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Trash")
@RequestMapping("/api/v1")
class TrashApi {

    private final TrashService trash;
    private final AnnotationHistory history;

    TrashApi(TrashService trash, AnnotationHistory history) {
        this.trash = trash;
        this.history = history;
    }

    /** {@code type}: ANNOTATION, CONTRADICTION_SPAN or ARTICLE; {@code deletedBy} null for a user since deleted. */
    record TrashItemJson(long id, String type, long subjectId, Long articleId, String label, String deletedBy,
                         Instant deletedAt, Instant keptUntil) {
        static TrashItemJson of(TrashItem t) {
            return new TrashItemJson(t.id(), t.type().name(), t.subjectId(), t.articleId(), t.label(),
                    t.deletedBy() == null ? null : t.deletedBy().username(), t.deletedAt(), t.keptUntil());
        }
    }

    /** What a restore brought back: its type, new id, the article it is (on) now and a sentence for people. */
    record RestoredJson(String type, long id, Long articleId, String message) {
        static RestoredJson of(Restored r) {
            return new RestoredJson(r.type().name(), r.id(), r.articleId(), r.message());
        }
    }

    record VersionJson(int number, Instant at, String by, String action, List<ChangeJson> changes) {
    }

    record ChangeJson(String field, String before, String after) {
    }

    record HistoryJson(long annotationId, List<VersionJson> versions) {
    }

    /** The project's trash, newest first: leads only (403 for other members, 404 for anyone else). */
    @GetMapping("/projects/{projectId}/trash")
    ApiPage<TrashItemJson> list(@PathVariable long projectId, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return ApiPage.ofList(trash.list(projectId).stream().map(TrashItemJson::of).toList(), ApiPage.request(page, size));
    }

    /**
     * Restores one item with its comments and spans (201); refused with the reason (409,
     * {@code restore-refused}) when the article's text changed under it, its article is gone or it
     * was restored already.
     */
    @PostMapping("/projects/{projectId}/trash/{itemId}/restore")
    ResponseEntity<RestoredJson> restore(@PathVariable long projectId, @PathVariable long itemId) {
        Restored restored;
        try {
            restored = trash.restore(projectId, itemId);
        } catch (RestoreRefusedException e) {
            throw new ApiException(HttpStatus.CONFLICT, "restore-refused", null, e.getMessage(), Map.of());
        }
        String where = switch (restored.type()) {
            case ANNOTATION -> "/api/v1/annotations/" + restored.id();
            case CONTRADICTION_SPAN -> "/api/v1/contradictions/" + restored.id();
            case ARTICLE -> "/api/v1/articles/" + restored.id();
        };
        return ResponseEntity.created(URI.create(where)).body(RestoredJson.of(restored));
    }

    /** Every version of the annotation, oldest first: who, when, what changed. */
    @GetMapping("/annotations/{id}/history")
    HistoryJson history(@PathVariable long id) {
        return new HistoryJson(id, history.of(id).stream().map(v -> new VersionJson(v.number(), v.at(), v.username(),
                v.action(), v.changes().stream().map(c -> new ChangeJson(c.field(), c.before(), c.after())).toList()))
                .toList());
    }
}
