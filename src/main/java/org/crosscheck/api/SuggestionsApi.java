package org.crosscheck.api;

import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.suggest.ClaimsMatrix;
import org.crosscheck.suggest.SuggestedFigure;
import org.crosscheck.suggest.SuggestionDetails;
import org.crosscheck.suggest.SuggestionEdits;
import org.crosscheck.suggest.SuggestionFilter;
import org.crosscheck.suggest.SuggestionKind;
import org.crosscheck.suggest.SuggestionRunDetails;
import org.crosscheck.suggest.SuggestionRunner;
import org.crosscheck.suggest.SuggestionService;
import org.crosscheck.suggest.SuggestionStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Suggestions of a project: compute them, list them, accept or reject one; the claims matrix. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Suggestions")
@RequestMapping("/api/v1")
class SuggestionsApi {

    private final ProjectService projects;
    private final SuggestionService suggestions;
    private final SuggestionRunner runner;

    SuggestionsApi(ProjectService projects, SuggestionService suggestions, SuggestionRunner runner) {
        this.projects = projects;
        this.suggestions = suggestions;
        this.runner = runner;
    }

    /** A side of a proposed contradiction: UTF-16 offsets into the article's text and the exact words there. */
    record SpanJson(long articleId, int start, int end, String exact) {
    }

    /**
     * A suggestion: a quote or figure on {@code articleId} at UTF-16 {@code start}–{@code end} holding
     * {@code exact}, or a contradiction between {@code spans}; {@code confidence} from 0 to 1.
     */
    record SuggestionJson(long id, long projectId, String kind, String status, Long articleId, Integer start, Integer end,
                          String exact, String speaker, BigDecimal value, BigDecimal valueMax, String qualifier,
                          String unit, String counted, String topic, String category, String explanation,
                          List<SpanJson> spans, double confidence, Instant createdAt, Instant resolvedAt,
                          Long annotationId, Long contradictionId, long version, MentionJson speakerMention) {
        static SuggestionJson of(SuggestionDetails s) {
            SuggestedFigure f = s.figure();
            return new SuggestionJson(s.id(), s.projectId(), s.kind().name(), s.status().name(), s.articleId(),
                    s.span() == null ? null : s.span().start(), s.span() == null ? null : s.span().end(),
                    s.span() == null ? null : s.span().exact(), s.speaker(), f == null ? null : f.value(),
                    f == null ? null : f.valueMax(), f == null || f.qualifier() == null ? null : f.qualifier().name(),
                    f == null ? null : f.unit(), f == null ? null : f.counted(), f == null ? null : f.topic(),
                    s.category() == null ? null : s.category().name(), s.explanation(),
                    s.sides().stream().map(x -> new SpanJson(x.articleId(), x.span().start(), x.span().end(),
                            x.span().exact())).toList(),
                    s.confidence() / 100.0, s.createdAt(), s.resolvedAt(), s.annotationId(), s.contradictionId(),
                    s.version(), s.speakerMention() == null ? null : new MentionJson(s.speakerMention().start(),
                            s.speakerMention().end(), s.speakerMention().words()));
        }
    }

    /** Where the text named a suggested quote's speaker ("he", "the minister"): UTF-16 offsets and the words. */
    record MentionJson(int start, int end, String exact) {
    }

    record RunJson(long id, long projectId, String status, int articlesTotal, int articlesDone, int proposed,
                   Instant startedAt, Instant finishedAt, String error, String progressUrl) {
        static RunJson of(SuggestionRunDetails r) {
            return new RunJson(r.id(), r.projectId(), r.status(), r.articlesTotal(), r.articlesDone(), r.proposed(),
                    r.startedAt(), r.finishedAt(), r.error(), SuggestionsApi.progressUrl(r));
        }
    }

    /** What a reviewer changed before accepting; every field is optional. */
    record Edits(String speaker, BigDecimal value, String qualifier, String counted, String unit, String category,
                 String note) {
    }

    record Accepted(SuggestionJson suggestion, AnnotationsApi.AnnotationJson annotation,
                    ContradictionsApi.ContradictionJson contradiction) {
    }

    @PostMapping("/projects/{projectId}/suggestions/run")
    ResponseEntity<RunJson> run(@PathVariable long projectId) {
        projects.get(projectId);
        SuggestionRunDetails run = runner.start(projectId);
        return ResponseEntity.accepted().location(URI.create(progressUrl(run))).body(RunJson.of(run));
    }

    @GetMapping("/projects/{projectId}/suggestions/runs/{runId}")
    RunJson progress(@PathVariable long projectId, @PathVariable long runId) {
        projects.get(projectId);
        return RunJson.of(suggestions.run(projectId, runId));
    }

    @GetMapping("/projects/{projectId}/suggestions")
    ApiPage<SuggestionJson> list(@PathVariable long projectId, @RequestParam(required = false) String kind,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(required = false) Long article,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        projects.get(projectId);
        Pageable request = ApiPage.request(page, size);
        SuggestionFilter filter = new SuggestionFilter(ApiEnums.parseOptional(SuggestionKind.class, kind, "kind"),
                ApiEnums.parseOptional(SuggestionStatus.class, status, "status"), article);
        return ApiPage.of(suggestions.page(projectId, filter, request).stream().map(SuggestionJson::of).toList(), request,
                suggestions.count(projectId, filter));
    }

    @GetMapping("/suggestions/{id}")
    SuggestionJson get(@PathVariable long id) {
        return SuggestionJson.of(suggestions.get(id));
    }

    @PostMapping("/suggestions/{id}/accept")
    ResponseEntity<Accepted> accept(@PathVariable long id, @RequestBody(required = false) Edits edits) {
        SuggestionService.AcceptedSuggestion accepted = suggestions.accept(id, edits == null ? null : new SuggestionEdits(
                edits.speaker(), edits.value(), ApiEnums.parseOptional(FigureQualifier.class, edits.qualifier(), "qualifier"),
                edits.counted(), edits.unit(), ApiEnums.parseOptional(ContradictionCategory.class, edits.category(), "category"),
                edits.note()));
        URI made = accepted.annotation() != null ? URI.create("/api/v1/annotations/" + accepted.annotation().id())
                : URI.create("/api/v1/contradictions/" + accepted.contradiction().id());
        return ResponseEntity.created(made).body(new Accepted(SuggestionJson.of(accepted.suggestion()),
                accepted.annotation() == null ? null : AnnotationsApi.AnnotationJson.of(accepted.annotation()),
                accepted.contradiction() == null ? null : ContradictionsApi.ContradictionJson.of(accepted.contradiction())));
    }

    @PostMapping("/suggestions/{id}/reject")
    SuggestionJson reject(@PathVariable long id) {
        return SuggestionJson.of(suggestions.reject(id));
    }

    /** An article that is a copy of another, with the aligned paragraphs (UTF-16 offsets into each text). */
    record NearDuplicateJson(long articleId, long ofArticleId, double similarity, List<PairJson> paragraphs) {
        record PairJson(int start, int end, int ofStart, int ofEnd, double similarity) {
        }
    }

    @GetMapping("/projects/{projectId}/near-duplicates")
    List<NearDuplicateJson> nearDuplicates(@PathVariable long projectId) {
        projects.get(projectId);
        return suggestions.nearDuplicates(projectId).stream().map(d -> new NearDuplicateJson(d.articleId(),
                d.ofArticleId(), d.similarity(), d.pairs().stream().map(p -> new NearDuplicateJson.PairJson(p.start(),
                        p.end(), p.ofStart(), p.ofEnd(), p.similarity())).toList())).toList();
    }

    /** The claims matrix as JSON, or as CSV with {@code ?format=csv} or {@code Accept: text/csv}. */
    @GetMapping("/projects/{projectId}/claims")
    ResponseEntity<?> claims(@PathVariable long projectId, @RequestParam(required = false) String format,
                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        projects.get(projectId);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"));
        if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
            throw ApiException.invalid("format", "format is json or csv.");
        }
        if (csv) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claims-project-" + projectId + ".csv\"")
                    .body(suggestions.claimsCsv(projectId));
        }
        ClaimsMatrix m = suggestions.claims(projectId);
        return ResponseEntity.ok(m);
    }

    private static String progressUrl(SuggestionRunDetails r) {
        return "/api/v1/projects/" + r.projectId() + "/suggestions/runs/" + r.id();
    }
}
