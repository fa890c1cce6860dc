package org.crosscheck.audit;

import org.crosscheck.base.i18n.Messages;

import java.util.Locale;
import java.util.Set;

/**
 * An entry of the trail as the activity feed says it after the person's name: "added an
 * annotation", "checked a contradiction", "moved an article". What the trail calls a thing and what
 * was done to it, in words; an action without words of its own reads "annotation: renamed".
 */
public final class ActivitySentence {

    /** The verbs with words of their own: {@code audit.activity.done.<verb>} in the audit bundle. */
    private static final Set<String> DONE = Set.of("created", "imported", "updated", "deleted", "restored", "checked",
            "assigned", "status-changed", "added", "edited", "resolved", "trimmed", "spans-added", "span-removed",
            "details-changed", "role-changed", "removed", "exported", "accepted", "rejected");

    /**
     * The things with words of their own: {@code audit.activity.thing.<type>} ("an annotation", the
     * object of a verb) and {@code audit.activity.thing-of.<type>} (the same after "of"/"to", which
     * some languages decline differently).
     */
    private static final Set<String> THINGS = Set.of("annotation", "comment", "thread", "contradiction", "article",
            "member", "project", "kind", "suggestion");

    private ActivitySentence() {
    }

    /** In English. */
    public static String of(AuditEntry entry) {
        return of(entry, Messages.ENGLISH);
    }

    public static String of(AuditEntry entry, Locale locale) {
        String action = entry.action() == null ? "" : entry.action();
        int dot = action.indexOf('.');
        String type = dot < 0 ? action : action.substring(0, dot);
        String verb = dot < 0 ? "" : action.substring(dot + 1);
        if (!DONE.contains(verb)) {
            return Messages.text("audit.activity.other", locale, type, verb.replace('-', ' ').toLowerCase(Locale.ROOT));
        }
        if ("comment".equals(type) && "added".equals(verb)) {
            return Messages.text("audit.activity.commented", locale);
        }
        boolean known = THINGS.contains(type);
        String thing = known ? Messages.text("audit.activity.thing." + type, locale) : type.replace('-', ' ');
        String thingOf = known ? Messages.text("audit.activity.thing-of." + type, locale) : thing;
        return Messages.text("audit.activity.done." + verb, locale, thing, thingOf);
    }
}
