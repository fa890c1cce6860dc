package org.crosscheck.trash;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.audit.AuditDiff;
import org.crosscheck.audit.AuditEntry;
import org.crosscheck.audit.AuditService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An annotation's history, every version with who made it and when, read from the audit trail:
 * open to everyone who may read the annotation. An annotation restored from the trash has the
 * history of the one it was restored from before its own.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AnnotationHistory {

    /** At most this many entries are read per id (an annotation is rarely edited more than a few times). */
    static final int MAX = 200;

    private final AnnotationService annotations;
    private final AuditService audit;
    private final AccountService accounts;
    private final TrashService trash;

    AnnotationHistory(AnnotationService annotations, AuditService audit, AccountService accounts, TrashService trash) {
        this.annotations = annotations;
        this.audit = audit;
        this.accounts = accounts;
        this.trash = trash;
    }

    /**
     * One version: when, by whom (the display name, or the username of someone since deleted), what
     * happened ("created", "updated", "deleted", "restored") and what changed, field by field.
     */
    public record Version(int number, Instant at, String username, String who, String action, List<Change> changes) {
    }

    /** One field's value before and after (either empty where there was none). */
    public record Change(String field, String before, String after) {
    }

    /** Every version of the annotation, oldest first; an annotation the caller may not read is not found. */
    public List<Version> of(long annotationId) {
        AnnotationDetails annotation = annotations.get(annotationId);
        List<AuditEntry> entries = new ArrayList<>();
        List<Long> ids = new ArrayList<>(List.of(annotationId));
        for (int hop = 0; hop < 10; hop++) {
            var from = trash.restoredFrom(ids.getFirst());
            if (from.isEmpty()) {
                break;
            }
            ids.addFirst(from.get());
        }
        for (long id : ids) {
            entries.addAll(audit.historyOf(annotation.projectId(), "annotation", id, MAX));
        }
        Map<String, String> names = new HashMap<>();
        List<Version> out = new ArrayList<>();
        for (AuditEntry e : entries) {
            String who = e.actor() == null ? "the system" : names.computeIfAbsent(e.actor(), u -> accounts.findByUsername(u)
                    .map(UserSummary::displayName).orElse(u));
            String action = e.action().substring(e.action().indexOf('.') + 1);
            out.add(new Version(out.size() + 1, e.occurredAt(), e.actor(), who, action, changes(e, action)));
        }
        return out;
    }

    /** An edit: the fields that changed; anything else: what it held (the words and the values). */
    private static List<Change> changes(AuditEntry e, String action) {
        // The labels of a kind's fields come with every entry (the audit shows values under them): no change of their own.
        List<AuditDiff.Field> fields = AuditDiff.of(e).stream().filter(f -> !f.name().startsWith("fieldLabels")).toList();
        if (action.equals("updated")) {
            return fields.stream().filter(AuditDiff.Field::changed)
                    .map(f -> new Change(f.name(), f.before(), f.after())).toList();
        }
        return fields.stream()
                .filter(f -> f.name().equals("span.exact") || f.name().startsWith("fields."))
                .filter(f -> (f.after() != null ? f.after() : f.before()) != null)
                .map(f -> new Change(f.name().equals("span.exact") ? "words" : f.name().substring("fields.".length()),
                        f.before(), f.after()))
                .collect(Collectors.toList());
    }
}
