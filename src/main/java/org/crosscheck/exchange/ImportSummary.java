package org.crosscheck.exchange;

import java.util.List;
import java.util.Locale;

/**
 * What an import did: the project it went into, what it brought, how many annotations were
 * re-anchored by their quote (their position no longer held it), the ones it could not place, and
 * what it skipped because it was already there (importing the same file twice changes nothing).
 * {@code notes} are in English (the API's); {@code told} are the same to be said in any language.
 */
public record ImportSummary(long projectId, String format, int articles, long annotations, long comments,
                            int contradictions, int reanchored, List<Orphan> orphans, List<String> notes,
                            long annotationsAlreadyThere, long commentsAlreadyThere, int contradictionsAlreadyThere,
                            List<ImportNote> told) {

    public ImportSummary(long projectId, String format, int articles, long annotations, long comments,
                         int contradictions, int reanchored, List<Orphan> orphans, List<ImportNote> told,
                         long annotationsAlreadyThere, long commentsAlreadyThere, int contradictionsAlreadyThere) {
        this(projectId, format, articles, annotations, comments, contradictions, reanchored, orphans,
                told.stream().map(ImportNote::english).toList(), annotationsAlreadyThere, commentsAlreadyThere,
                contradictionsAlreadyThere, List.copyOf(told));
    }

    /** An import that found nothing already there (a bundle into an empty project). */
    public ImportSummary(long projectId, String format, int articles, long annotations, long comments,
                         int contradictions, int reanchored, List<Orphan> orphans, List<ImportNote> told) {
        this(projectId, format, articles, annotations, comments, contradictions, reanchored, orphans, told, 0, 0, 0);
    }

    /** The notes in {@code locale}. */
    public List<String> notes(Locale locale) {
        return told.stream().map(n -> n.in(locale)).toList();
    }

    /**
     * An annotation left out, never placed on other words: its id in the file, its quote, why (in
     * English; {@link #reason(Locale)} in any language).
     */
    public record Orphan(String id, String exact, String reason, ImportNote why) {

        static Orphan of(String id, String exact, String key, Object... args) {
            ImportNote why = ImportNote.of(key, args);
            return new Orphan(id, exact, why.english(), why);
        }

        public String reason(Locale locale) {
            return why == null ? reason : why.in(locale);
        }
    }
}
