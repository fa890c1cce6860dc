package org.crosscheck.exchange;

import java.io.IOException;
import java.util.List;

/**
 * A format the project imports from: one registered component each, tried in {@link
 * org.springframework.core.annotation.Order} order, the first that {@link #recognises} a file
 * reads it. {@link ImportService} checks the caller, reserves the memory, makes it one transaction
 * and tells the audit trail; a format only reads.
 */
public interface ImportFormat {

    /** What the import's summary and the audit trail call it ({@code bundle}, {@code w3c}). */
    String name();

    String label();

    /** The request media types a script sends it as. */
    List<String> mediaTypes();

    /** The file names' endings the upload accepts for it (".zip"). */
    List<String> extensions();

    /** Whether {@code file} is in this format, from its first bytes. */
    boolean recognises(ImportFile file) throws IOException;

    /** Whether a file of it can become a new project (a bundle can; annotations alone cannot). */
    default boolean makesProjects() {
        return false;
    }

    /** Reads {@code file} into the project (which the caller leads). */
    ImportSummary importInto(long projectId, ImportFile file, String baseUrl) throws IOException;

    /** Reads {@code file} as a new project, led by the caller (only where {@link #makesProjects}). */
    default ImportSummary importAsNewProject(ImportFile file) throws IOException {
        throw new UnsupportedOperationException(name() + " does not make projects");
    }
}
