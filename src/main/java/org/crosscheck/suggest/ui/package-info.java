/**
 * The suggestions screens: the Suggestions page with its review panel (also shown in the reader),
 * the claims matrix and the claims timeline, and the notice of near-duplicates.
 */
package org.crosscheck.suggest.ui;
