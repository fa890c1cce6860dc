package org.crosscheck.api;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationFilter;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.KindDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentDetails;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.article.ArticleService;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.review.ContradictionService;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;

/** Quotes, figures and notes on an article, and their comment threads. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Annotations and comments")
@RequestMapping("/api/v1")
class AnnotationsApi {

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final CommentService comments;
    private final ContradictionService contradictions;
    private final ProjectAccess access;

    AnnotationsApi(ArticleService articles, AnnotationService annotations, CommentService comments,
                   ContradictionService contradictions, ProjectAccess access) {
        this.access = access;
        this.articles = articles;
        this.annotations = annotations;
        this.comments = comments;
        this.contradictions = contradictions;
    }

    /** Offsets are UTF-16 code units into the article's text, as stored (Java's and JavaScript's string indexes). */
    record AnnotationJson(long id, long articleId, String kind, int start, int end, String exact, String prefix,
                          String suffix, String speaker, BigDecimal value, String qualifier, String counted, String unit,
                          String note, String author, Instant createdAt, Instant updatedAt, long version,
                          String origin, String kindName, Map<String, String> fields) {
        static AnnotationJson of(AnnotationDetails a) {
            AnnotationFields f = a.fields();
            Map<String, String> fields = new LinkedHashMap<>();
            a.description().addedFields().forEach(field -> {
                if (f.value(field.key()) != null) {
                    fields.put(field.key(), f.value(field.key()));
                }
            });
            return new AnnotationJson(a.id(), a.articleId(), a.description().id(), a.span().start(), a.span().end(),
                    a.span().exact(), a.span().prefix(), a.span().suffix(), f.speaker(), f.figureValue(),
                    f.figureQualifier() == null ? null : f.figureQualifier().name(), f.figureCounts(), f.figureUnit(),
                    f.note(), a.author() == null ? null : a.author().username(), a.createdAt(), a.updatedAt(), a.version(),
                    a.origin(), a.kindName(), fields);
        }
    }

    /** {@code fields}: the values of the kind's own fields by key (GET /projects/{id}/kinds lists them). */
    record NewAnnotation(String kind, Integer start, Integer end, String exact, String speaker, BigDecimal value,
                         String qualifier, String counted, String unit, String note, Map<String, String> fields) {
    }

    /** The fields to change; an absent one keeps its value, "" clears an optional one (in {@code fields} too). */
    record AnnotationChange(String speaker, BigDecimal value, String qualifier, String counted, String unit, String note,
                            Map<String, String> fields) {
    }

    record CommentJson(long id, long annotationId, String author, String body, Instant createdAt, Instant updatedAt,
                       long version) {
        static CommentJson of(CommentDetails c) {
            return new CommentJson(c.id(), c.annotationId(), c.author() == null ? null : c.author().username(), c.body(),
                    c.createdAt(), c.updatedAt(), c.version());
        }
    }

    record CommentBody(String body) {
    }

    @GetMapping("/articles/{articleId}/annotations")
    ApiPage<AnnotationJson> list(@PathVariable long articleId, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        Pageable request = ApiPage.request(page, size);
        AnnotationFilter all = new AnnotationFilter(EnumSet.allOf(AnnotationKind.class), null);
        return ApiPage.of(annotations.page(articleId, all, request).stream().map(AnnotationJson::of).toList(), request,
                annotations.count(articleId, all));
    }

    @PostMapping("/articles/{articleId}/annotations")
    ResponseEntity<AnnotationJson> create(@PathVariable long articleId, @RequestBody NewAnnotation request) {
        boolean knownShape = ApiEnums.find(AnnotationKind.class, request.kind()).filter(k -> k != AnnotationKind.CUSTOM).isPresent()
                || KindDescription.projectKindId(request.kind()).isPresent();
        if (request.start() == null || request.end() == null || !knownShape) {
            // The role first, as the service checks it before the rest: an observer learns nothing from input checks.
            access.requireAnnotate(articles.projectIdOf(articleId));
            if (request.start() == null || request.end() == null) {
                throw ApiException.invalid(request.start() == null ? "start" : "end",
                        "start and end are UTF-16 offsets into the article's text.");
            }
        }
        String kind = KindDescription.projectKindId(request.kind()).isPresent() ? request.kind()
                : ApiEnums.parse(AnnotationKind.class, request.kind(), "kind").name();
        AnnotationDetails created = annotations.createExactly(articleId, kind, request.start(), request.end(),
                request.exact(), new AnnotationFields(request.speaker(), request.value(), ApiEnums.parseOptional(FigureQualifier.class, request.qualifier(), "qualifier"),
                        request.counted(), request.unit(), request.note(), values(request.fields())));
        return ResponseEntity.created(URI.create("/api/v1/annotations/" + created.id())).eTag(ETags.of(created.version()))
                .body(AnnotationJson.of(created));
    }

    @GetMapping("/annotations/{id}")
    ResponseEntity<AnnotationJson> get(@PathVariable long id) {
        AnnotationDetails annotation = annotations.get(id);
        return ResponseEntity.ok().eTag(ETags.of(annotation.version())).body(AnnotationJson.of(annotation));
    }

    @PatchMapping("/annotations/{id}")
    ResponseEntity<AnnotationJson> update(@PathVariable long id, @RequestBody AnnotationChange change,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AnnotationDetails current = annotations.get(id);
        long expected = ETags.required(ifMatch);
        AnnotationFields f = current.fields();
        AnnotationFields changed = new AnnotationFields(
                merge(change.speaker(), f.speaker()),
                change.value() != null ? change.value() : f.figureValue(),
                change.qualifier() != null ? ApiEnums.parse(FigureQualifier.class, change.qualifier(), "qualifier") : f.figureQualifier(),
                merge(change.counted(), f.figureCounts()),
                merge(change.unit(), f.figureUnit()),
                merge(change.note(), f.note()),
                mergeValues(change.fields(), f.values()));
        AnnotationDetails saved = annotations.update(id, changed, expected);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(AnnotationJson.of(saved));
    }

    /**
     * Deletes the annotation. Contradiction spans on its words stay, with their own anchor, unless
     * {@code fromContradictions=remove} takes them out too (as the reader asks).
     */
    @DeleteMapping("/annotations/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                @RequestParam(defaultValue = "keep") String fromContradictions) {
        annotations.get(id);
        long expected = ETags.required(ifMatch);
        if ("remove".equals(fromContradictions)) {
            contradictions.deleteAnnotation(id, true, expected);
        } else if ("keep".equals(fromContradictions)) {
            annotations.delete(id, expected);
        } else {
            throw ApiException.invalid("fromContradictions", "fromContradictions is keep (the default) or remove.");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/annotations/{id}/comments")
    ApiPage<CommentJson> comments(@PathVariable long id, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        Pageable request = ApiPage.request(page, size);
        return ApiPage.ofList(comments.thread(id).comments().stream().map(CommentJson::of).toList(), request);
    }

    @PostMapping("/annotations/{id}/comments")
    ResponseEntity<CommentJson> comment(@PathVariable long id, @RequestBody CommentBody request) {
        CommentDetails created = comments.add(id, request.body());
        return ResponseEntity.created(URI.create("/api/v1/comments/" + created.id())).eTag(ETags.of(created.version()))
                .body(CommentJson.of(created));
    }

    @PatchMapping("/comments/{id}")
    ResponseEntity<CommentJson> editComment(@PathVariable long id, @RequestBody CommentBody request,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CommentDetails saved = comments.edit(id, request.body(), ETags.required(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(CommentJson.of(saved));
    }

    /** The values given, without empty ones (an empty value is no value). */
    private static Map<String, String> values(Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    /** The current values, with those given replacing theirs and "" clearing one. */
    private static Map<String, String> mergeValues(Map<String, String> given, Map<String, String> current) {
        Map<String, String> out = new LinkedHashMap<>(current);
        if (given != null) {
            given.forEach((k, v) -> {
                if (v == null || v.isBlank()) {
                    out.remove(k);
                } else {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    private static String merge(String given, String current) {
        if (given == null) {
            return current;
        }
        return given.isEmpty() ? null : given;
    }
}
