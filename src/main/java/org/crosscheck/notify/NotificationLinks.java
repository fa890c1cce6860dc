package org.crosscheck.notify;

/** The address of the Notifications page, which e-mails link to (the page's route is made from it too). */
public final class NotificationLinks {

    /** {@code /notifications}, and {@code /notifications/12} opens notification 12 and goes where it points. */
    public static final String PAGE = "notifications";

    private NotificationLinks() {
    }
}
