/** The contradictions page of a project, and the card that shows one contradiction in the reader and the compare view. */
package org.crosscheck.review.ui;
