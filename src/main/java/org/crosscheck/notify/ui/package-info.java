/** The bell in the top bar (unread count, live) and the Notifications page with the e-mail choice. */
package org.crosscheck.notify.ui;
