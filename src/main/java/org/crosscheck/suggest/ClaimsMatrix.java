package org.crosscheck.suggest;

import java.util.List;

/**
 * What each outlet claims about each thing counted: rows are topics ("deaths", "injured (police)"),
 * columns the project's articles, cells the figures (as proposed or accepted) with their qualifiers.
 * A row is flagged when figures of different articles cannot all be true.
 */
public record ClaimsMatrix(long projectId, List<Column> columns, List<Row> rows) {

    public record Column(long articleId, String outlet, String title) {
    }

    public record Claim(long suggestionId, long articleId, int start, int end, String exact, String claim,
                        String counted, SuggestionStatus status) {
    }

    /** {@code cells} has one list of claims per column, in the columns' order. */
    public record Row(String topic, List<List<Claim>> cells, boolean conflicting) {
    }
}
