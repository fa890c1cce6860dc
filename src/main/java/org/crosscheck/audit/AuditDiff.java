package org.crosscheck.audit;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    public static List<Field> of(AuditEntry entry) {
        Map<String, String> before = flatten(entry.before());
        Map<String, String> after = flatten(entry.after());
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Field> out = new ArrayList<>();
        for (String name : names) {
            String b = before.get(name);
            String a = after.get(name);
            out.add(new Field(name, b, a, entry.before() != null && entry.after() != null && !java.util.Objects.equals(a, b)));
        }
        return out;
    }

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
