package org.crosscheck.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * A format the project exports to: one registered component each. The export page and
 * {@code GET /api/v1/projects/{id}/export?format=} list the registered ones (in {@link
 * org.springframework.core.annotation.Order} order), so a new format is one class and its test.
 */
public interface ExportFormat {

    /** What a script chooses it by ({@code ?format=}): lowercase, never renamed. */
    String name();

    /** Its name on the export page. */
    String label();

    /** One sentence on the export page: what the file holds and what reads it. */
    String hint();

    String extension(ExportOptions options);

    String mediaType(ExportOptions options);

    /** What the file's name says after the project's name ("-annotations"). */
    String fileSuffix(ExportOptions options);

    /** The options beyond what to export that it takes (the export page shows those only). */
    default Set<ExportOptions.Choice> choices() {
        return Set.of();
    }

    /** Whether the writer needs each article's original as imported, beside its text. */
    default boolean needsOriginals() {
        return false;
    }

    /** Whether the file shows the checkers' decisions (which the export then reads for it). */
    default boolean showsChecks() {
        return false;
    }

    /** The writer of one export to {@code out}. */
    ExportWriter writer(OutputStream out, ExportOptions options) throws IOException;
}
