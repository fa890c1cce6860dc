package org.crosscheck.backup;

/** A backup or restore that cannot go on; the message is for the operator, as printed. */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
