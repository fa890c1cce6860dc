package org.crosscheck.audit;

import org.crosscheck.base.DomainEvent;
import org.crosscheck.base.LiveChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an entry says about a domain event, read from the event alone: the action
 * ({@code subject.action}), the project and article, the target, and the values before and after.
 * Events name their values in a few ways, all read here: {@code before}/{@code after},
 * {@code nameBefore}/{@code nameAfter}, {@code from}/{@code to}; a creation has only an after, a
 * deletion only a before.
 */
final class AuditDrafts {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> ENDINGS = Set.of("deleted", "removed", "revoked", "span-removed");

    private AuditDrafts() {
    }

    /** The entry a domain event makes, the event read once. */
    static AuditDraft of(DomainEvent event, String actor, String via, String clientAddress) {
        ObjectNode all = JSON.valueToTree(event);
        Long articleId = event instanceof LiveChange.InArticle a ? Long.valueOf(a.articleId())
                : all.get("articleId") != null && all.get("articleId").isNumber() ? all.get("articleId").asLong() : null;
        // Said by the entry's own columns.
        for (String column : List.of("byUserId", "projectId", "articleId")) {
            all.remove(column);
        }
        ObjectNode before = JSON.createObjectNode();
        ObjectNode after = JSON.createObjectNode();
        boolean change = false;
        for (String name : new ArrayList<>(all.propertyNames())) {
            JsonNode value = all.get(name);
            if (name.equals("before") || name.equals("after")) {
                put(name.equals("before") ? before : after, value);
                change = true;
            } else if (name.endsWith("Before") || name.endsWith("After")) {
                boolean isBefore = name.endsWith("Before");
                String stem = name.substring(0, name.length() - (isBefore ? 6 : 5));
                (isBefore ? before : after).set(stem, value);
                change = true;
            } else if (name.equals("from") || name.equals("to")) {
                String stem = event.action().endsWith("-changed")
                        ? event.action().substring(0, event.action().length() - "-changed".length()) : "value";
                (name.equals("from") ? before : after).set(stem, value);
                change = true;
            } else {
                continue;
            }
            all.remove(name);
        }
        String beforeJson;
        String afterJson;
        if (change) {
            after.setAll(all); // what the change was made with, beside what it changed (a version, a note)
            beforeJson = before.toString();
            afterJson = after.toString();
        } else if (ENDINGS.contains(event.action())) {
            beforeJson = all.toString();
            afterJson = null;
        } else {
            beforeJson = null;
            afterJson = all.toString();
        }
        return new AuditDraft(actor, via, event.subjectType() + "." + event.action(),
                event instanceof DomainEvent.InProject p ? p.projectId() : null, articleId, event.subjectType(),
                event.subjectId(), beforeJson, afterJson, clientAddress);
    }

    private static void put(ObjectNode into, JsonNode value) {
        if (value instanceof ObjectNode object) {
            into.setAll(object);
        } else if (value != null && !value.isNull()) {
            into.set("value", value);
        }
    }
}
