/** The reader's and the compare view's screens, the article element with its mark layers, and their endpoints. */
package org.crosscheck.reader.ui;
