package org.crosscheck.notify;

/** Why someone is told. */
public enum NotificationReason {
    MENTION, REPLY, ASSIGNED, CHECKED
}
