package org.crosscheck.api;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.article.ArticleListFilter;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import java.util.Map;

import org.crosscheck.article.ArticleContent;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.crosscheck.article.ArticleDetails;
import org.crosscheck.article.ArticleDraft;
import org.crosscheck.article.BodyDetector;
import org.crosscheck.article.ArticleFileReader;
import org.crosscheck.article.ArticleFormat;
import org.crosscheck.article.ArticleListEntry;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleService.ImportRequest;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.article.ArticleText;
import org.crosscheck.article.ImportedFile;
import org.crosscheck.article.PageDetails;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectService;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/** A project's articles: list, import (JSON or files), read with the text, delete. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Articles")
@RequestMapping("/api/v1")
class ArticlesApi {

    private final ProjectService projects;
    private final ArticleService articles;
    private final ArticleFileReader fileReader;
    private final ProjectAccess access;
    private final ArticleWorkflow workflow;
    private final AccountService accounts;

    ArticlesApi(ProjectService projects, ArticleService articles, ArticleFileReader fileReader, ProjectAccess access,
                ArticleWorkflow workflow, AccountService accounts) {
        this.workflow = workflow;
        this.accounts = accounts;
        this.access = access;
        this.projects = projects;
        this.articles = articles;
        this.fileReader = fileReader;
    }

    /** {@code leftOut} only in the answer to an import with {@code detectBody=true}; {@code byline} when the article has one. */
    record ArticleJson(long id, long projectId, String title, String outlet, String url, LocalDate publishedOn,
                       String source, int length, boolean textFrozen, Instant importedAt, Long annotations,
                       Long contradictions, long version,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<BodyDetector.LeftOut> leftOut,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String byline,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Instant publishedAt,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String status,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<String> assignees) {
        static ArticleJson of(ArticleListEntry a) {
            return new ArticleJson(a.id(), a.projectId(), a.title(), a.outlet(), a.url(), a.publishedOn(), a.sourceName(),
                    a.length(), a.textFrozen(), a.importedAt(), a.annotations(), a.contradictions(), a.version(), null, a.byline(),
                    a.publishedAt(), null, null);
        }

        static ArticleJson of(ArticleSummary a) {
            return new ArticleJson(a.id(), a.projectId(), a.title(), a.outlet(), a.url(), a.publishedOn(), a.sourceName(),
                    a.length(), a.textFrozen(), a.importedAt(), null, null, a.version(), null, a.byline(), a.publishedAt(),
                    null, null);
        }

        ArticleJson detected(BodyDetector.DetectedBody d) {
            return new ArticleJson(id, projectId, title, outlet, url, publishedOn, source, length, textFrozen, importedAt,
                    annotations, contradictions, version, d.leftOut(), byline, publishedAt, status, assignees);
        }

        /** With where its work stands: the status and the assignees' usernames. */
        ArticleJson with(ArticleWorkflow.WorkState w) {
            return new ArticleJson(id, projectId, title, outlet, url, publishedOn, source, length, textFrozen, importedAt,
                    annotations, contradictions, version, leftOut, byline, publishedAt, w.status().name(),
                    w.assignees().stream().map(UserSummary::username).toList());
        }
    }

    record ArticleTextJson(long id, long projectId, String title, String outlet, String url, LocalDate publishedOn,
                           boolean textFrozen, long version, String text,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String byline,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Instant publishedAt) {
        static ArticleTextJson of(ArticleContent a) {
            return new ArticleTextJson(a.id(), a.projectId(), a.title(), a.outlet(), a.url(), a.publishedOn(),
                    a.textFrozen(), a.version(), a.text(), a.byline(), a.publishedAt());
        }
    }

    /** {@code publishedAt}: the moment of publication (ISO 8601 with an offset); its UTC date wins over {@code publishedOn}. */
    record NewArticle(String title, String outlet, String url, LocalDate publishedOn, String text, String byline,
                      Instant publishedAt) {
    }

    /**
     * A change to an article's details: a field left out stays as it is, an empty string clears it
     * (the title cannot be cleared). {@code publishedOn} is a date ("2025-10-01"), {@code publishedAt}
     * a moment with an offset ("2025-10-01T09:14:00+08:00").
     */
    record ArticleChange(String title, String outlet, String url, String publishedOn, String publishedAt, String byline) {
    }

    /** Filtered by {@code status} (TODO, IN_PROGRESS, READY_FOR_REVIEW, DONE) and {@code assignee} (a username). */
    @GetMapping("/projects/{projectId}/articles")
    ApiPage<ArticleJson> list(@PathVariable long projectId, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) String assignee) {
        projects.get(projectId);
        Pageable request = ApiPage.request(page, size);
        Long assigneeId = assignee == null ? null : accounts.findByUsername(assignee).map(UserSummary::id).orElse(-1L);
        ArticleListFilter filter = new ArticleListFilter(ApiEnums.parseOptional(ArticleStatus.class, status, "status"),
                assigneeId);
        List<ArticleListEntry> entries = articles.page(projectId, filter, request);
        Map<Long, ArticleWorkflow.WorkState> work = workflow.statesOf(projectId,
                entries.stream().map(ArticleListEntry::id).toList());
        return ApiPage.of(entries.stream().map(a -> ArticleJson.of(a).with(work.get(a.id()))).toList(), request,
                articles.count(projectId, filter));
    }

    /** Who works on the article (usernames). */
    record AssigneesJson(long articleId, List<String> assignees) {
        static AssigneesJson of(ArticleWorkflow.WorkState w) {
            return new AssigneesJson(w.articleId(), w.assignees().stream().map(UserSummary::username).toList());
        }
    }

    /** Where the article's work stands. */
    record StatusJson(long articleId, String status, String changedBy, Instant changedAt, String reason,
                      List<String> assignees) {
        static StatusJson of(ArticleWorkflow.WorkState w) {
            return new StatusJson(w.articleId(), w.status().name(), w.changedBy() == null ? null : w.changedBy().username(),
                    w.changedAt(), w.reason(), w.assignees().stream().map(UserSummary::username).toList());
        }
    }

    record AssigneesChange(List<String> assignees) {
    }

    record StatusChange(String status, String reason) {
    }

    @GetMapping("/articles/{id}/assignees")
    AssigneesJson assignees(@PathVariable long id) {
        return AssigneesJson.of(workflow.stateOf(id));
    }

    /** Leads: exactly these members (usernames) work on the article; an observer or a non-member is refused (422). */
    @org.springframework.web.bind.annotation.PutMapping("/articles/{id}/assignees")
    AssigneesJson setAssignees(@PathVariable long id, @RequestBody AssigneesChange change) {
        workflow.requireMayAssign(id);
        if (change == null || change.assignees() == null || change.assignees().contains(null)) {
            throw ApiException.invalid("assignees", "Send {\"assignees\": [usernames]}.");
        }
        if (change.assignees().size() > ArticleWorkflow.MAX_ASSIGNEES) {
            throw ApiException.invalid("assignees", "An article can have at most " + ArticleWorkflow.MAX_ASSIGNEES
                    + " assignees.");
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (String username : change.assignees()) {
            ids.add(accounts.findByUsername(username).map(UserSummary::id).orElseThrow(() ->
                    ApiException.invalid("assignees", "Only members of the project can be assigned.")));
        }
        return AssigneesJson.of(workflow.setAssignees(id, ids));
    }

    /** Moves the article's work: {@code {"status","reason"?}}; a move back needs a reason. */
    @PostMapping("/articles/{id}/status")
    StatusJson changeStatus(@PathVariable long id, @RequestBody StatusChange change) {
        workflow.stateOf(id);
        if (change == null) {
            throw ApiException.invalid("status", "Send {\"status\": \"IN_PROGRESS\"} and, to go back, a reason.");
        }
        return StatusJson.of(workflow.changeStatus(id, ApiEnums.parse(ArticleStatus.class, change.status(), "status"),
                change.reason()));
    }

    @GetMapping("/articles/{id}/status")
    StatusJson status(@PathVariable long id) {
        return StatusJson.of(workflow.stateOf(id));
    }

    /** One article from JSON; refused as a duplicate (409) unless {@code allowDuplicate=true}. */
    @PostMapping(path = "/projects/{projectId}/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<ArticleJson>> importJson(@PathVariable long projectId, @RequestBody NewArticle request,
                                                 @RequestParam(defaultValue = "false") boolean allowDuplicate,
                                                 @RequestParam(defaultValue = "false") boolean detectBody) {
        projects.get(projectId);
        if (request.text() == null || request.text().isBlank()) {
            throw ApiException.invalid("text", "text is the article's text and cannot be empty.");
        }
        ArticleDraft draft = new ArticleDraft(request.title(), request.outlet(), request.url(), request.publishedOn(),
                "api", ArticleFormat.TEXT, request.text(), request.byline(), request.publishedAt());
        if (!detectBody) {
            return imported(projectId, List.of(new ImportRequest(draft, request.text())), allowDuplicate);
        }
        BodyDetector.DetectedBody d = detected("text", request.text(), request.title());
        // What the request leaves out, the page may name: its headline (or its opening words), outlet, address, date, byline.
        PageDetails page = d.details();
        String title = given(request.title()) != null ? request.title()
                : page.headline() != null ? page.headline() : BodyDetector.openingWords(d.body());
        ArticleDraft detailed = new ArticleDraft(title, or(request.outlet(), page.outlet()), or(request.url(), page.url()),
                request.publishedOn() != null ? request.publishedOn() : page.publishedOn(), "api", ArticleFormat.TEXT,
                request.text(), or(request.byline(), page.byline()),
                request.publishedAt() != null || request.publishedOn() != null ? request.publishedAt() : page.publishedAt());
        return withDetection(imported(projectId, List.of(new ImportRequest(detailed, d.body())), allowDuplicate), List.of(d));
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String or(String value, String fallback) {
        return given(value) != null ? value : fallback;
    }

    /** The body of a page scrape, or a refusal naming the field when nothing like an article is in it. */
    private static BodyDetector.DetectedBody detected(String field, String text, String title) {
        BodyDetector.DetectedBody d = BodyDetector.detect(text, title);
        if (d.body().isBlank()) {
            throw ApiException.invalid(field, "No article body was found in " + field
                    + "; import it without detectBody to keep all of it.");
        }
        return d;
    }

    private static ResponseEntity<List<ArticleJson>> withDetection(ResponseEntity<List<ArticleJson>> made,
                                                                   List<BodyDetector.DetectedBody> detections) {
        List<ArticleJson> body = new ArrayList<>();
        for (int i = 0; i < made.getBody().size(); i++) {
            body.add(made.getBody().get(i).detected(detections.get(i)));
        }
        return ResponseEntity.status(made.getStatusCode()).headers(made.getHeaders()).body(body);
    }

    /**
     * One or many files (field {@code file}, repeated), checked as the upload dialog checks them:
     * all are imported, or none (422 naming each refused file).
     */
    @PostMapping(path = "/projects/{projectId}/articles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<ArticleJson>> importFiles(@PathVariable long projectId,
                                                  @RequestPart(name = "file", required = false) List<MultipartFile> files,
                                                  @RequestParam(defaultValue = "false") boolean allowDuplicate,
                                                  @RequestParam(defaultValue = "false") boolean detectBody)
            throws IOException {
        projects.get(projectId);
        if (files == null || files.isEmpty()) {
            throw ApiException.invalid("file", "Send one or more files in the form field \"file\".");
        }
        if (files.size() > fileReader.limits().maxFiles()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", "file",
                    "At most " + fileReader.limits().maxFiles() + " files per import.", Map.of());
        }
        if (!detectBody) {
            return imported(projectId, checkedFiles(files), allowDuplicate);
        }
        List<ImportRequest> requests = new ArrayList<>();
        List<BodyDetector.DetectedBody> detections = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        Set<String> texts = new HashSet<>();
        for (MultipartFile file : files) {
            String name = name(file);
            ImportedFile read = read(file);
            if (!read.isOk()) {
                refused.put(name, read.problem());
            } else if (!texts.add(ArticleText.contentHash(read.text()))) {
                refused.put(name, "The same text as another file of this import.");
            } else {
                BodyDetector.DetectedBody d = BodyDetector.detect(read.text(), read.draft().title());
                if (d.body().isBlank()) {
                    refused.put(name, "No article body was found in it.");
                    continue;
                }
                // The draft has the page's headline, date, byline, outlet and address already (as the reader found them).
                requests.add(new ImportRequest(read.draft(), d.body()));
                detections.add(d);
            }
        }
        refuseIfAny(refused, files.size());
        return withDetection(imported(projectId, requests, allowDuplicate), detections);
    }

    /**
     * The files checked one at a time, then read again from the container's temporary files as the
     * import takes them: an upload of 50 MB is never all in memory at once (it took five times that).
     */
    private List<ImportRequest> checkedFiles(List<MultipartFile> files) throws IOException {
        Map<String, String> refused = new LinkedHashMap<>();
        Set<String> texts = new HashSet<>();
        for (MultipartFile file : files) {
            ImportedFile read = read(file);
            if (!read.isOk()) {
                refused.put(name(file), read.problem());
            } else if (!texts.add(ArticleText.contentHash(read.text()))) {
                refused.put(name(file), "The same text as another file of this import.");
            }
        }
        refuseIfAny(refused, files.size());
        return new AbstractList<>() {
            @Override
            public ImportRequest get(int index) {
                try {
                    ImportedFile read = read(files.get(index));
                    return new ImportRequest(read.draft(), read.text());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public int size() {
                return files.size();
            }
        };
    }

    private ImportedFile read(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return fileReader.read(name(file), in);
        }
    }

    private static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
    }

    private static void refuseIfAny(Map<String, String> refused, int files) {
        if (!refused.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-files", "file",
                    refused.size() + " of " + files + " files cannot be imported; nothing was imported.",
                    Map.of("files", refused));
        }
    }

    private ResponseEntity<List<ArticleJson>> imported(long projectId, List<ImportRequest> requests, boolean allowDuplicate) {
        access.requireLead(projectId); // before the duplicate check: whether a text is there is the lead's business
        if (!allowDuplicate) {
            Map<String, Long> duplicates = new LinkedHashMap<>();
            for (ImportRequest request : requests) {
                articles.findDuplicate(projectId, request.text())
                        .ifPresent(existing -> duplicates.put(request.draft().sourceName(), existing.id()));
            }
            if (!duplicates.isEmpty()) {
                throw new ApiException(HttpStatus.CONFLICT, "duplicate-article", null,
                        "The project already has this text (article " + duplicates.values().iterator().next()
                                + "); nothing was imported. Add ?allowDuplicate=true to import it again.",
                        Map.of("duplicates", duplicates));
            }
        }
        List<ArticleSummary> created = articles.importArticles(projectId, requests);
        return ResponseEntity.status(HttpStatus.CREATED).body(created.stream().map(ArticleJson::of).toList());
    }

    @GetMapping("/articles/{id}")
    ResponseEntity<ArticleTextJson> get(@PathVariable long id) {
        ArticleContent article = articles.get(id);
        return ResponseEntity.ok().eTag(ETags.of(article.version())).body(ArticleTextJson.of(article));
    }

    /** Changes the details (not the text) of an article: leads only; If-Match with the ETag read. */
    @PatchMapping("/articles/{id}")
    ResponseEntity<ArticleJson> update(@PathVariable long id, @RequestBody ArticleChange change,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ArticleContent current = articles.get(id);
        long expected = ETags.required(ifMatch);
        Instant at = change.publishedAt() == null ? current.publishedAt()
                : change.publishedAt().isEmpty() ? null : instant(change.publishedAt());
        LocalDate on = change.publishedOn() == null ? current.publishedOn()
                : change.publishedOn().isEmpty() ? null : date(change.publishedOn());
        if (change.publishedAt() != null && !change.publishedAt().isEmpty() && change.publishedOn() != null
                && !change.publishedOn().isEmpty() && !LocalDate.ofInstant(at, ZoneOffset.UTC).equals(on)) {
            throw ApiException.invalid("publishedOn", "publishedOn is the UTC date of publishedAt: send one of them, or both alike.");
        }
        if (change.publishedAt() == null && change.publishedOn() != null && !java.util.Objects.equals(on, current.publishedOn())) {
            at = null; // a new day: the old time of day belonged to the old day
        }
        if (at != null) {
            on = LocalDate.ofInstant(at, ZoneOffset.UTC);
        }
        ArticleDetails details = new ArticleDetails(merge(change.title(), current.title()), merge(change.outlet(), current.outlet()),
                merge(change.url(), current.url()), on, merge(change.byline(), current.byline()),
                at == null ? null : LocalTime.ofInstant(at, ZoneOffset.UTC));
        ArticleSummary saved = articles.updateDetails(id, details, expected);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(ArticleJson.of(saved));
    }

    private static String merge(String given, String current) {
        return given == null ? current : given.isEmpty() ? null : given;
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("publishedAt", "publishedAt is a moment with its offset, as 2025-10-01T09:14:00+08:00 "
                    + "or 2025-10-01T01:14:00Z.");
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("publishedOn", "publishedOn is a date, as 2025-10-01.");
        }
    }

    @DeleteMapping("/articles/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        articles.projectIdOf(id);
        articles.delete(id, ETags.required(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
