package org.crosscheck.api;

import org.crosscheck.audit.AuditEntry;
import org.crosscheck.audit.AuditFilter;
import org.crosscheck.audit.AuditService;
import org.crosscheck.audit.AuditVerification;
import org.crosscheck.base.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit trail: administrators read all of it, a project's leads the entries of their
 * projects; newest first, a keyset page at a time ({@code before} = the {@code nextBefore} of the
 * page before). Verification of the chain is for administrators.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Audit")
@RequestMapping("/api/v1/audit")
class AuditApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditService audit;

    AuditApi(AuditService audit) {
        this.audit = audit;
    }

    record AuditEntryJson(long seq, Instant occurredAt, String actor, String via, String action, Long projectId,
                          Long articleId, String targetType, Long targetId, JsonNode before, JsonNode after,
                          String clientAddress, String prevHash, String hash) {
        static AuditEntryJson of(AuditEntry e) {
            return new AuditEntryJson(e.seq(), e.occurredAt(), e.actor(), e.via(), e.action(), e.projectId(),
                    e.articleId(), e.targetType(), e.targetId(), tree(e.before()), tree(e.after()), e.clientAddress(),
                    e.prevHash(), e.hash());
        }

        private static JsonNode tree(String json) {
            return json == null ? null : JSON.readTree(json);
        }
    }

    /** One page of entries, newest first; {@code nextBefore} asks for the next one, null after the last. */
    record AuditPage(List<AuditEntryJson> items, int size, boolean hasNext, Long nextBefore) {
    }

    @GetMapping
    AuditPage list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                   @RequestParam(required = false) Long project, @RequestParam(required = false) Long article,
                   @RequestParam(required = false) String targetType, @RequestParam(required = false) Long targetId,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String q, @RequestParam(required = false) Long before,
                   @RequestParam(required = false) Integer size) {
        int n = size == null ? ApiPage.DEFAULT_SIZE : size;
        if (n < 1 || n > Paging.MAX_PAGE_SIZE) {
            throw ApiException.invalid("size", "size is 1 to " + Paging.MAX_PAGE_SIZE + ".");
        }
        AuditFilter filter = new AuditFilter(actor, action, project, article, targetType, targetId,
                instant(from, "from"), instant(to, "to"), q);
        // One more than asked: whether there is a next page, without counting a million entries.
        List<AuditEntry> entries = audit.page(filter, before, n + 1);
        boolean hasNext = entries.size() > n;
        List<AuditEntry> shown = hasNext ? entries.subList(0, n) : entries;
        return new AuditPage(shown.stream().map(AuditEntryJson::of).toList(), n, hasNext,
                hasNext ? shown.getLast().seq() : null);
    }

    record VerificationJson(boolean intact, long checked, Long firstBroken, String lastHash) {
    }

    @GetMapping("/verify")
    VerificationJson verify() {
        AuditVerification v = audit.verify();
        return new VerificationJson(v.intact(), v.checked(), v.firstBroken(), v.lastHash());
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, field + " is a time in UTC, like 2026-01-31T12:00:00Z.");
        }
    }
}
