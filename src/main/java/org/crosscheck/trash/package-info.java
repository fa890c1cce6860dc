/**
 * The trash and undo: what is deleted in a project (an annotation with its comments, a side of a
 * contradiction, an article with everything on it) is kept as a snapshot, taken in the transaction
 * of the deletion, for a while (30 days by default), so that a lead can restore it and its author
 * can undo the deletion; and the history of an annotation, read from the audit trail. It sits above
 * the features whose deletions it keeps, and hears them through what they publish.
 */
package org.crosscheck.trash;
