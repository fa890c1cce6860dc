/**
 * The reader: the screens that bring the features together (the article reader, the compare view,
 * the contradictions page) and the {@code cc-article-text} element they draw articles with. It sits
 * above the features it shows; no feature depends on it.
 */
package org.crosscheck.reader;
