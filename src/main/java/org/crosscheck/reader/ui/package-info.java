/** The reader's views, the article element with its mark layers, and the live subscription of a view. */
package org.crosscheck.reader.ui;
