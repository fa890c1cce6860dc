/**
 * Curation: independent double annotation brought together. {@link org.crosscheck.curation.Agreement}
 * measures how far the assignees of an article agree (span F1 with the overlap rule, and
 * Krippendorff's alpha over the text's positions, a chance-corrected measure of the same kind as
 * unitized alpha) per kind and per pair; it is plain Java, without Spring or a database. The
 * curation service and screen show the marks side by side, agreements pre-accepted, and write the
 * lead's choices as the checkers' decisions, so the approved work is the final set.
 */
package org.crosscheck.curation;
