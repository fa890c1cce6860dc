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

    /**
     * A figure in a cell: as the article words it ({@code exact}), read as {@code claim}; {@code marked}
     * when it is an annotation (made by hand or from an accepted suggestion), otherwise a pending suggestion.
     */
    public record Claim(long articleId, int start, int end, String exact, String claim, String counted,
                        boolean marked) {
    }

    /** {@code cells} has one list of claims per column, in the columns' order. */
    public record Row(String topic, List<List<Claim>> cells, boolean conflicting) {
    }
}
