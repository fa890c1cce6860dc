package org.crosscheck.exchange;

/** Told how far an export is, and asked whether to go on: the export dialog's progress bar and Cancel button. */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
    };

    /** {@code done} of {@code total} articles are written. */
    default void progress(int done, int total) {
    }

    default boolean cancelled() {
        return false;
    }
}
