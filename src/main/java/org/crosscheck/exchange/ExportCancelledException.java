package org.crosscheck.exchange;

/** The user cancelled an export while it was written; what was sent so far is an incomplete file. */
public class ExportCancelledException extends RuntimeException {

    ExportCancelledException() {
        super("The export was cancelled.");
    }
}
