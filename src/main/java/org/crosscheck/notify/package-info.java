/**
 * Notifications: telling a member what concerns them — an @mention in a comment, a reply in a
 * thread they are in, an article assigned to them, the outcome of checking their work. Made in the
 * transaction of the change from its event, only for members who may read the project (removed
 * members lose theirs), shown live in the bell, and sent by e-mail (each, as a daily digest, or
 * not) when the server has SMTP; an e-mail carries a sentence and a link, never the comment itself.
 */
package org.crosscheck.notify;
