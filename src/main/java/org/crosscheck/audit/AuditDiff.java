package org.crosscheck.audit;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * An entry's values before and after, field by field: nested values flattened to dotted names
 * ({@code fields.note}), each with its text before and after and whether it changed. A field
 * absent on one side is empty there.
 */
public final class AuditDiff {

    public record Field(String name, String before, String after, boolean changed) {
    }

    private AuditDiff() {
    }

    /**
     * Values a change carries for the system, not for its reader: the row's version, its own id
     * again, the kind's name (the entry's subject says it: "claim “…”").
     */
    private static boolean internal(String name, AuditEntry entry) {
        return name.equals("version") || name.equals("expectedVersion") || name.equals("kindName")
                || (entry.targetType() != null && name.equals(entry.targetType() + "Id"));
    }

    /**
     * The entry's subject as a reader names it: a quote's, figure's or note's marked words ("quote
     * “More than 1,000 people”"), when the entry recorded them; empty otherwise.
     */
    public static Optional<String> words(AuditEntry entry) {
        Map<String, String> values = flatten(entry.after() != null ? entry.after() : entry.before());
        String exact = values.getOrDefault("span.exact", values.get("exact"));
        if (exact == null || exact.isBlank()) {
            return Optional.empty();
        }
        String kind = values.getOrDefault("kindName", values.get("kind"));
        String shown = exact.codePointCount(0, exact.length()) > 60 ? exact.substring(0, exact.offsetByCodePoints(0, 59)) + "…" : exact;
        return Optional.of((kind == null ? "" : kind.toLowerCase(Locale.ROOT) + " ") + "“" + shown + "”");
    }

    public static List<Field> of(AuditEntry entry) {
        Map<String, String> flatBefore = flatten(entry.before());
        Map<String, String> flatAfter = flatten(entry.after());
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map<String, String> side : List.of(flatBefore, flatAfter)) {
            side.forEach((name, value) -> {
                if (name.startsWith("fieldLabels.")) {
                    labels.put(name.substring("fieldLabels.".length()), value);
                }
            });
        }
        Map<String, String> before = labelled(flatBefore, labels);
        Map<String, String> after = labelled(flatAfter, labels);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> internal(name, entry));
        List<Field> out = new ArrayList<>();
        for (String name : names) {
            String b = before.get(name);
            String a = after.get(name);
            out.add(new Field(name, b, a, entry.before() != null && entry.after() != null && !java.util.Objects.equals(a, b)));
        }
        return out;
    }

    /**
     * The values of a kind's own fields are stored by key ({@code values.f2}); the entry recorded the
     * labels the kind gave them then ({@code fieldLabels.f2}: "Verdict"), which a reader sees instead.
     */
    private static Map<String, String> labelled(Map<String, String> flat, Map<String, String> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        flat.forEach((name, value) -> {
            if (name.startsWith("fieldLabels.")) {
                return;
            }
            // "values.f2" (an edit's before and after) or "fields.values.f2" (a creation's fields)
            java.util.regex.Matcher stored = STORED_VALUE.matcher(name);
            String label = stored.matches() ? labels.get(stored.group(2)) : null;
            out.put(label == null ? name : stored.group(1) + label, value);
        });
        return out;
    }

    private static final java.util.regex.Pattern STORED_VALUE = java.util.regex.Pattern.compile("(.*?)values\\.([^.]+)");

    private static Map<String, String> flatten(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json != null) {
            flatten("", AuditDrafts.JSON.readTree(json), out);
        }
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject() && !node.isEmpty()) {
            for (String name : node.propertyNames()) {
                flatten(prefix.isEmpty() ? name : prefix + "." + name, node.get(name), out);
            }
        } else if (!node.isNull()) {
            out.put(prefix, node.isValueNode() ? node.asString() : node.toString());
        }
    }
}
