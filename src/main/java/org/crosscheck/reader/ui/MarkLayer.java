package org.crosscheck.reader.ui;

import java.util.List;

/** One kind of thing the reader marks on an article's text, contributing its own marks. */
@FunctionalInterface
interface MarkLayer {

    /** The marks of this layer, anchored in {@code text}. */
    List<Mark> marks(String text);
}
