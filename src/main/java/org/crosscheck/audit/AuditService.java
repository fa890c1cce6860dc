package org.crosscheck.audit;

import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.security.CurrentUser;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the trail: administrators all of it, a project's leads the entries of their projects,
 * nobody else any of it; and verifies the chain (administrators). Pages are keyset pages by entry
 * number, newest first, so that the millionth page costs what the first does.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AuditService {

    static final String COLUMNS = """
            seq, occurred_at, actor, via, action, project_id, article_id, target_type, target_id, before_json,
            after_json, client_address, prev_hash, entry_hash""";

    static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("seq"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("via"),
            rs.getString("action"), (Long) rs.getObject("project_id", Long.class),
            (Long) rs.getObject("article_id", Long.class), rs.getString("target_type"),
            (Long) rs.getObject("target_id", Long.class), rs.getString("before_json"), rs.getString("after_json"),
            rs.getString("client_address"), rs.getString("prev_hash"), rs.getString("entry_hash"));

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final AuditVerifier verifier;

    AuditService(NamedParameterJdbcTemplate jdbc, ProjectAccess access, CurrentUser currentUser, AuditVerifier verifier) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Whether the caller may open the trail at all: administrators, and leads of a project. */
    public boolean mayRead() {
        return currentUser.isAdmin() || !access.ledProjectIds().isEmpty();
    }

    /**
     * Up to {@code size} entries that match, newest first, numbered below {@code beforeSeq} (null:
     * from the newest). Refused to a caller who leads no project; a lead's filter on another
     * project finds nothing, as if it had no entries.
     */
    public List<AuditEntry> page(AuditFilter filter, Long beforeSeq, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = where(filter, params);
        if (beforeSeq != null) {
            where.add("seq < :before");
            params.addValue("before", beforeSeq);
        }
        params.addValue("size", size);
        return jdbc.query("select " + COLUMNS + " from audit_entry" + (where.isEmpty() ? "" : " where "
                + String.join(" and ", where)) + " order by seq desc fetch first :size rows only", params, ROW);
    }

    /**
     * The history of one thing of a project (an annotation, a contradiction), oldest first, at most
     * {@code max} entries: open to every member who may read the project, as the thing itself is,
     * but without the client addresses, which only the trail's readers see. A project the caller
     * may not read is not found, exactly like a thing that does not exist.
     */
    public List<AuditEntry> historyOf(long projectId, String targetType, long targetId, int max) {
        access.requireVisible(projectId, targetType, targetId);
        return jdbc.query("select " + COLUMNS + " from audit_entry where project_id = :project and target_type = :type"
                        + " and target_id = :id order by seq fetch first :size rows only",
                new MapSqlParameterSource().addValue("project", projectId).addValue("type", targetType)
                        .addValue("id", targetId).addValue("size", Math.min(Math.max(max, 1), 500)), ROW).stream()
                .map(e -> new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.via(), e.action(), e.projectId(),
                        e.articleId(), e.targetType(), e.targetId(), e.before(), e.after(), null, e.prevHash(), e.hash()))
                .toList();
    }

    /**
     * The project's activity, newest first, for every member who may read it: up to {@code size}
     * entries below {@code beforeSeq} (null: from the newest), by one person ({@code actor}, a
     * username) and of one family of things ({@code family}: "annotation", "comment"…), when given.
     * Without the client addresses, which only the trail's readers see. A project the caller may not
     * read is not found.
     */
    public List<AuditEntry> activity(long projectId, String actor, String family, Long beforeSeq, int size) {
        access.requireVisible(projectId, "project", projectId);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("project", projectId)
                .addValue("size", Math.min(Math.max(size, 1), 200));
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_entry where project_id = :project");
        if (actor != null && !actor.isBlank()) {
            sql.append(" and actor = :actor");
            params.addValue("actor", actor.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (family != null && !family.isBlank()) {
            sql.append(" and target_type = :family");
            params.addValue("family", family);
        }
        if (beforeSeq != null) {
            sql.append(" and seq < :before");
            params.addValue("before", beforeSeq);
        }
        sql.append(" order by seq desc fetch first :size rows only");
        return jdbc.query(sql.toString(), params, ROW).stream()
                .map(e -> new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.via(), e.action(), e.projectId(),
                        e.articleId(), e.targetType(), e.targetId(), e.before(), e.after(), null, e.prevHash(), e.hash()))
                .toList();
    }

    private List<String> where(AuditFilter f, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        if (!currentUser.isAdmin()) {
            List<Long> led = access.ledProjectIds();
            if (led.isEmpty()) {
                throw new AccessDeniedException("Only administrators and the leads of a project may read the audit trail.");
            }
            where.add("project_id in (:led)");
            params.addValue("led", led);
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            where.add("actor = :actor");
            params.addValue("actor", f.actor().strip());
        }
        if (f.action() != null && !f.action().isBlank()) {
            String action = f.action().strip();
            if (action.endsWith(".")) {
                where.add("action like :action escape '\\'");
                params.addValue("action", Texts.likeLiteral(action) + "%");
            } else {
                where.add("action = :action");
                params.addValue("action", action);
            }
        }
        if (f.projectId() != null) {
            where.add("project_id = :project");
            params.addValue("project", f.projectId());
        }
        if (f.articleId() != null) {
            where.add("article_id = :article");
            params.addValue("article", f.articleId());
        }
        if (f.targetType() != null && !f.targetType().isBlank()) {
            where.add("target_type = :targetType");
            params.addValue("targetType", f.targetType().strip());
        }
        if (f.targetId() != null) {
            where.add("target_id = :targetId");
            params.addValue("targetId", f.targetId());
        }
        if (f.from() != null) {
            where.add("occurred_at >= :from");
            params.addValue("from", f.from().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            where.add("occurred_at < :to");
            params.addValue("to", f.to().atOffset(ZoneOffset.UTC));
        }
        if (f.text() != null && !f.text().isBlank()) {
            // One expression over all four, as the trigram index on PostgreSQL has it (V9_1); the
            // escape character is both databases' default, the backslash, unnamed so that the index applies.
            where.add("""
                    lower(coalesce(actor, '') || ' ' || action || ' ' || coalesce(before_json, '') || ' '
                      || coalesce(after_json, '')) like :text""");
            params.addValue("text", "%" + Texts.likeLiteral(f.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return where;
    }

    /**
     * Checks every entry in order: its number follows the one before, its link is the previous
     * entry's hash, its hash is its signature under the trail's key; and the head names the last entry.
     * Administrators only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditVerification verify() {
        return verifier.verify();
    }

    /** At most this many entries go into one CSV download (a filter narrows a larger trail). */
    public static final int MAX_CSV_ENTRIES = 1_000_000;

    /**
     * The entries that match, newest first, as CSV (RFC 4180, UTF-8; cells a spreadsheet would run
     * neutralised), written a page at a time; the same rules as {@link #page}. Returns how many.
     */
    public long writeCsv(AuditFilter filter, java.io.OutputStream out) throws java.io.IOException {
        var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        var csv = new org.apache.commons.csv.CSVPrinter(writer, org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader("seq", "time_utc", "actor", "via", "action", "project_id", "article_id", "target_type",
                        "target_id", "before", "after", "client_address", "hash").get());
        long written = 0;
        Long before = null;
        while (written < MAX_CSV_ENTRIES) {
            List<AuditEntry> page = page(filter, before, 1000);
            for (AuditEntry e : page) {
                csv.printRecord(e.seq(), e.occurredAt(), Texts.spreadsheetCell(e.actor()), e.via(), e.action(),
                        e.projectId(), e.articleId(), e.targetType(), e.targetId(), Texts.spreadsheetCell(e.before()),
                        Texts.spreadsheetCell(e.after()), Texts.spreadsheetCell(e.clientAddress()), e.hash());
            }
            written += page.size();
            if (page.size() < 1000) {
                break;
            }
            before = page.getLast().seq();
        }
        csv.flush();
        return written;
    }
}
