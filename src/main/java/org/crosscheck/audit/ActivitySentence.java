package org.crosscheck.audit;

import java.util.Locale;
import java.util.Map;

/**
 * An entry of the trail as the activity feed says it after the person's name: "added an
 * annotation", "checked a contradiction", "moved an article". What the trail calls a thing and what
 * was done to it, in words; an action without words of its own reads "annotation: renamed".
 */
public final class ActivitySentence {

    private static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("created", "added"), Map.entry("imported", "imported"), Map.entry("updated", "changed"),
            Map.entry("deleted", "deleted"), Map.entry("restored", "restored"), Map.entry("checked", "checked"),
            Map.entry("assigned", "assigned"), Map.entry("status-changed", "moved"), Map.entry("added", "added"),
            Map.entry("edited", "edited"), Map.entry("resolved", "resolved"), Map.entry("trimmed", "trimmed"),
            Map.entry("spans-added", "added sides to"), Map.entry("span-removed", "removed a side of"),
            Map.entry("details-changed", "changed the details of"), Map.entry("role-changed", "changed the role of"),
            Map.entry("removed", "removed"), Map.entry("exported", "exported"), Map.entry("accepted", "accepted"),
            Map.entry("rejected", "rejected"));

    private static final Map<String, String> THING = Map.ofEntries(
            Map.entry("annotation", "an annotation"), Map.entry("comment", "a comment"), Map.entry("thread", "a thread"),
            Map.entry("contradiction", "a contradiction"), Map.entry("article", "an article"),
            Map.entry("member", "a member"), Map.entry("project", "the project"), Map.entry("kind", "a kind"),
            Map.entry("suggestion", "a suggestion"));

    private ActivitySentence() {
    }

    public static String of(AuditEntry entry) {
        String action = entry.action() == null ? "" : entry.action();
        int dot = action.indexOf('.');
        String type = dot < 0 ? action : action.substring(0, dot);
        String verb = dot < 0 ? "" : action.substring(dot + 1);
        String thing = THING.getOrDefault(type, type.replace('-', ' '));
        String done = DONE.get(verb);
        if (done == null) {
            return type + ": " + verb.replace('-', ' ').toLowerCase(Locale.ROOT);
        }
        if ("comment".equals(type) && "added".equals(verb)) {
            return "commented";
        }
        return done + " " + thing;
    }
}
