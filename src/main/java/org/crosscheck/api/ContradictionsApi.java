package org.crosscheck.api;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ContradictionFilter;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.SpanRef;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** Contradictions of a project: list (filtered as in the grid), link, add spans, change status. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Contradictions")
@RequestMapping("/api/v1")
class ContradictionsApi {

    private final ProjectService projects;
    private final ContradictionService contradictions;
    private final AnnotationService annotations;

    ContradictionsApi(ProjectService projects, ContradictionService contradictions, AnnotationService annotations) {
        this.projects = projects;
        this.contradictions = contradictions;
        this.annotations = annotations;
    }

    record SpanJson(long spanId, long articleId, String outlet, int start, int end, String exact, Long annotationId) {
        static SpanJson of(ContradictionDetails.Side s) {
            return new SpanJson(s.spanId(), s.articleId(), s.outlet(), s.span().start(), s.span().end(), s.span().exact(),
                    s.annotationId());
        }
    }

    record ContradictionJson(long id, long projectId, String category, String status, String note, String statusReason,
                             String author, Instant createdAt, Instant updatedAt, List<SpanJson> spans, long version) {
        static ContradictionJson of(ContradictionDetails c) {
            return new ContradictionJson(c.id(), c.projectId(), c.category().name(), c.status().name(), c.note(),
                    c.statusReason(), c.author() == null ? null : c.author().username(), c.createdAt(), c.updatedAt(),
                    c.spans().stream().map(SpanJson::of).toList(), c.version());
        }
    }

    /** A span: an annotation's ({@code annotationId}), or {@code articleId} with UTF-16 {@code start}/{@code end}. */
    record SpanRequest(Long annotationId, Long articleId, Integer start, Integer end) {
    }

    record NewContradiction(String category, String note, List<SpanRequest> spans) {
    }

    record NewSpans(List<SpanRequest> spans) {
    }

    record StatusChange(String status, String reason) {
    }

    @GetMapping("/projects/{projectId}/contradictions")
    ApiPage<ContradictionJson> list(@PathVariable long projectId, @RequestParam(required = false) List<String> category,
                                    @RequestParam(required = false) List<String> status,
                                    @RequestParam(required = false) Long article,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        projects.get(projectId);
        Pageable request = ApiPage.request(page, size);
        ContradictionFilter filter = new ContradictionFilter(
                category == null || category.isEmpty() ? EnumSet.allOf(ContradictionCategory.class)
                        : EnumSet.copyOf(category.stream().map(c -> ApiEnums.parse(ContradictionCategory.class, c, "category")).toList()),
                status == null || status.isEmpty() ? EnumSet.allOf(ContradictionStatus.class)
                        : EnumSet.copyOf(status.stream().map(c -> ApiEnums.parse(ContradictionStatus.class, c, "status")).toList()),
                article);
        return ApiPage.of(contradictions.page(projectId, filter, request).stream().map(ContradictionJson::of).toList(),
                request, contradictions.count(projectId, filter));
    }

    @PostMapping("/projects/{projectId}/contradictions")
    ResponseEntity<ContradictionJson> create(@PathVariable long projectId, @RequestBody NewContradiction request) {
        projects.get(projectId);
        ContradictionDetails created = contradictions.create(projectId, ApiEnums.parse(ContradictionCategory.class, request.category(), "category"), request.note(),
                refs(request.spans()));
        return ResponseEntity.created(URI.create("/api/v1/contradictions/" + created.id()))
                .eTag(ETags.of(created.version())).body(ContradictionJson.of(created));
    }

    @GetMapping("/contradictions/{id}")
    ResponseEntity<ContradictionJson> get(@PathVariable long id) {
        ContradictionDetails c = contradictions.get(id);
        return ResponseEntity.ok().eTag(ETags.of(c.version())).body(ContradictionJson.of(c));
    }

    @PostMapping("/contradictions/{id}/spans")
    ResponseEntity<ContradictionJson> addSpans(@PathVariable long id, @RequestBody NewSpans request) {
        ContradictionDetails c = contradictions.addSpans(id, refs(request.spans()));
        return ResponseEntity.ok().eTag(ETags.of(c.version())).body(ContradictionJson.of(c));
    }

    @PatchMapping("/contradictions/{id}")
    ResponseEntity<ContradictionJson> changeStatus(@PathVariable long id, @RequestBody StatusChange request,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        contradictions.get(id);
        ContradictionDetails c = contradictions.changeStatus(id, ApiEnums.parse(ContradictionStatus.class, request.status(), "status"), request.reason(),
                ETags.required(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(c.version())).body(ContradictionJson.of(c));
    }

    private List<SpanRef> refs(List<SpanRequest> spans) {
        if (spans == null || spans.isEmpty()) {
            throw ApiException.invalid("spans", "spans lists the spans to link: {\"annotationId\"} or {\"articleId\",\"start\",\"end\"}.");
        }
        if (spans.size() > 20) {
            throw ApiException.invalid("spans", "At most 20 spans at a time.");
        }
        return spans.stream().map(s -> {
            if (s == null) {
                throw ApiException.invalid("spans", "A span cannot be null.");
            }
            if (s.annotationId() != null) {
                AnnotationDetails a = annotations.get(s.annotationId());
                return new SpanRef(a.articleId(), a.span().start(), a.span().end(), a.id());
            }
            if (s.articleId() == null || s.start() == null || s.end() == null) {
                throw ApiException.invalid("spans", "A span is {\"annotationId\"} or {\"articleId\",\"start\",\"end\"}.");
            }
            return SpanRef.of(s.articleId(), s.start(), s.end());
        }).toList();
    }
}
