package org.crosscheck.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.crosscheck.approval.ApprovalService;
import org.crosscheck.approval.ApprovalService.CheckItem;
import org.crosscheck.approval.CheckState;
import org.crosscheck.approval.CheckSubject;
import org.crosscheck.approval.Outcome;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.review.ContradictionService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * Checking work: an article's annotations and contradictions with the checkers' latest decisions,
 * and a decision on one of them (approve, needs change, reject), by a lead or a checker.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Checks")
@RequestMapping("/api/v1")
class ChecksApi {

    private final ApprovalService approvals;
    private final AnnotationService annotations;
    private final ContradictionService contradictions;

    ChecksApi(ApprovalService approvals, AnnotationService annotations, ContradictionService contradictions) {
        this.approvals = approvals;
        this.annotations = annotations;
        this.contradictions = contradictions;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckJson(String outcome, boolean current, String comment, String decidedBy, Instant decidedAt) {
        static CheckJson of(CheckState s) {
            return s == null ? null : new CheckJson(s.outcome().name(), s.current(), s.comment(),
                    s.decidedBy() == null ? null : s.decidedBy().username(), s.decidedAt());
        }
    }

    record ItemJson(String subject, long id, long version, String kind, String text, String author, boolean toCheck,
                    @JsonInclude(JsonInclude.Include.NON_NULL) CheckJson check) {
        static ItemJson of(CheckItem i) {
            return new ItemJson(i.subject().type(), i.id(), i.version(), i.kindName(), i.text(),
                    i.author() == null ? null : i.author().username(), i.toCheck(), CheckJson.of(i.state()));
        }
    }

    record ChecklistJson(long articleId, String status, boolean mayCheck, long toCheck, long approved, long needsChange,
                         long rejected, List<ItemJson> items) {
    }

    /** {@code {"outcome": "APPROVED" | "NEEDS_CHANGE" | "REJECTED", "comment"?, "version"?}}; without a version, the current one. */
    record Decision(String outcome, String comment, Long version) {
    }

    /** The article's annotations and contradictions, in text order, each with its latest decision. */
    @GetMapping("/articles/{id}/checks")
    ChecklistJson checklist(@PathVariable long id) {
        ApprovalService.Checklist list = approvals.checklist(id);
        return new ChecklistJson(list.articleId(), list.status().name(), list.mayCheck(), list.toCheck(),
                list.count(Outcome.APPROVED), list.count(Outcome.NEEDS_CHANGE), list.count(Outcome.REJECTED),
                list.items().stream().map(ItemJson::of).toList());
    }

    /** Decides on the annotation as of {@code version} (409 if it changed since); needs change and reject need a comment. */
    @PostMapping("/annotations/{id}/check")
    CheckJson checkAnnotation(@PathVariable long id, @RequestBody Decision decision) {
        long version = decision != null && decision.version() != null ? decision.version() : annotations.get(id).version();
        return decide(CheckSubject.ANNOTATION, id, version, decision);
    }

    @PostMapping("/contradictions/{id}/check")
    CheckJson checkContradiction(@PathVariable long id, @RequestBody Decision decision) {
        long version = decision != null && decision.version() != null ? decision.version() : contradictions.get(id).version();
        return decide(CheckSubject.CONTRADICTION, id, version, decision);
    }

    private CheckJson decide(CheckSubject subject, long id, long version, Decision decision) {
        if (decision == null || decision.outcome() == null) {
            throw ApiException.invalid("outcome", "Send {\"outcome\": \"APPROVED\"}, or NEEDS_CHANGE or REJECTED with a comment.");
        }
        return CheckJson.of(approvals.decide(subject, id, version, ApiEnums.parse(Outcome.class, decision.outcome(), "outcome"),
                decision.comment()));
    }
}
