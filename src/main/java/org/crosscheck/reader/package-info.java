/**
 * The reader: the article reader and the compare view, and the {@code cc-article-text} element they
 * draw articles with, one mark layer per feature (annotations, contradictions, suggestions). It sits
 * above the features it shows; only the app's shell names it.
 */
package org.crosscheck.reader;
