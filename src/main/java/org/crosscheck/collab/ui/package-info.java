/**
 * What an open view uses to follow live changes: the subscription that redraws it after others'
 * changes and shows who else is reading (by name, hence its use of accounts), and the notice of
 * what others did.
 */
package org.crosscheck.collab.ui;
