/**
 * Search within a project: words in the articles' text and titles, and in the annotations'
 * selected text and fields. It reads through the article and annotation services, so their access
 * checks apply; a match opens the reader at the place found.
 */
package org.crosscheck.search;
