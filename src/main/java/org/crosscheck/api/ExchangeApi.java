package org.crosscheck.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.exchange.ExportFilter;
import org.crosscheck.exchange.ExportFormat;
import org.crosscheck.exchange.ExportFormats;
import org.crosscheck.exchange.ExportOptions;
import org.crosscheck.exchange.ExportOptions.CsvTables;
import org.crosscheck.exchange.ExportProgress;
import org.crosscheck.exchange.ExportService;
import org.crosscheck.exchange.ImportFile;
import org.crosscheck.exchange.ImportService;
import org.crosscheck.exchange.ImportSummary;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.review.ContradictionStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Export a project in an open format (streamed), and import bundles and W3C annotations. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Export and import")
@RequestMapping("/api/v1")
class ExchangeApi {

    private final ExportService exports;
    private final ImportService imports;
    private final org.crosscheck.base.PublicUrl publicUrl;
    private final ExportFormats formats;

    ExchangeApi(ExportService exports, ImportService imports, org.crosscheck.base.PublicUrl publicUrl,
                ExportFormats formats) {
        this.formats = formats;
        this.exports = exports;
        this.imports = imports;
        this.publicUrl = publicUrl;
    }

    /** The formats this instance exports to and imports from, with their media types. */
    @GetMapping("/formats")
    Map<String, Object> formats() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("export", formats.all().stream().map(f -> {
            ExportOptions plain = ExportOptions.of(f.name(), ExportFilter.everything());
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", f.name());
            one.put("label", f.label());
            one.put("mediaType", f.mediaType(plain));
            one.put("extension", f.extension(plain));
            return one;
        }).toList());
        out.put("import", imports.formats().stream().map(f -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", f.name());
            one.put("label", f.label());
            one.put("mediaTypes", f.mediaTypes());
            one.put("newProject", f.makesProjects());
            return one;
        }).toList());
        return out;
    }

    /**
     * The project (or part of it) in a registered format ({@code w3c}, {@code csv}, {@code bundle},
     * {@code report}, see {@code GET /formats}), written while it is read; filters as the export
     * dialog has them.
     */
    @GetMapping("/projects/{projectId}/export")
    void export(@PathVariable long projectId, @RequestParam(required = false) String format,
                @RequestParam(required = false) List<Long> article, @RequestParam(required = false) List<String> kind,
                @RequestParam(required = false) List<String> status, @RequestParam(required = false) String author,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String tables, @RequestParam(defaultValue = "false") boolean excel,
                @RequestParam(defaultValue = "false") boolean approved,
                HttpServletResponse response) throws IOException {
        ProjectSummary project = exports.requireMayExport(projectId);
        ExportFormat chosen = formats.byName(format).orElseThrow(() -> ApiException.invalid("format",
                "format is one of " + formats.names() + "."));
        ExportFilter filter = new ExportFilter(article == null ? Set.of() : new HashSet<>(article),
                kind == null || kind.isEmpty() ? EnumSet.allOf(AnnotationKind.class)
                        : EnumSet.copyOf(kind.stream().map(k -> ApiEnums.parse(AnnotationKind.class, k, "kind")).toList()),
                status == null || status.isEmpty() ? EnumSet.allOf(ContradictionStatus.class)
                        : EnumSet.copyOf(status.stream().map(s -> ApiEnums.parse(ContradictionStatus.class, s, "status")).toList()),
                author, date(from, "from"), date(to, "to"), approved);
        ExportOptions options = new ExportOptions(chosen.name(), filter,
                tables == null ? CsvTables.BOTH : ApiEnums.parse(CsvTables.class, tables, "tables"), excel);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(chosen.mediaType(options));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(exports.fileName(project, options)).build().toString());
        OutputStream out = response.getOutputStream();
        exports.export(projectId, options, baseUrl(), out, ExportProgress.NONE);
        out.flush();
    }

    /** A bundle (the request body, {@code application/zip}) as a new project led by the caller. */
    @PostMapping("/projects/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A Crosscheck bundle, as exported.",
            required = true, content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/zip",
            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<Map<String, Object>> importProject(HttpServletRequest request) throws IOException {
        try (ImportFile file = upload(request)) {
            ImportSummary summary = imports.importAsNewProject(file);
            return ResponseEntity.created(URI.create("/api/v1/projects/" + summary.projectId()))
                    .body(json(summary));
        }
    }

    /** A bundle into an empty project, or W3C annotations ({@code application/ld+json}) onto its articles. */
    @PostMapping("/projects/{projectId}/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A bundle (into a project without articles), "
            + "or W3C Web Annotation JSON-LD (onto the project's articles).", required = true, content = {
            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/zip",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/ld+json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object"))})
    Map<String, Object> importInto(@PathVariable long projectId, HttpServletRequest request) throws IOException {
        try (ImportFile file = upload(request)) {
            return json(imports.importInto(projectId, file, baseUrl()));
        }
    }

    private ImportFile upload(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        // The registered formats' types; a file sent as plain bytes is recognised by its content.
        if (!type.startsWith("application/octet-stream") && imports.formats().stream()
                .flatMap(f -> f.mediaTypes().stream()).noneMatch(type::startsWith)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", null,
                    "Send the file as the request body: application/zip for a bundle, application/ld+json for W3C annotations.",
                    Map.of());
        }
        long max = imports.limits().maxImportSize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw ImportFile.tooLarge(max);
        }
        try (InputStream in = request.getInputStream()) {
            return ImportFile.copy(in, max);
        }
    }

    /** The import's summary, its fields in the order docs/api.md gives them. */
    private static Map<String, Object> json(ImportSummary s) {
        Map<String, Object> imported = new LinkedHashMap<>();
        imported.put("articles", s.articles());
        imported.put("annotations", s.annotations());
        imported.put("comments", s.comments());
        imported.put("contradictions", s.contradictions());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("projectId", s.projectId());
        out.put("format", s.format());
        out.put("imported", imported);
        Map<String, Object> there = new LinkedHashMap<>();
        there.put("annotations", s.annotationsAlreadyThere());
        there.put("comments", s.commentsAlreadyThere());
        there.put("contradictions", s.contradictionsAlreadyThere());
        out.put("alreadyThere", there);
        out.put("reanchored", s.reanchored());
        out.put("orphans", s.orphans());
        out.put("notes", s.notes());
        return out;
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, field + " is a date, as 2022-01-07.");
        }
    }

    /** The configured public address, or the request's: the export's identifiers are made from it. */
    private String baseUrl() {
        return publicUrl.current();
    }
}
