package org.crosscheck.exchange;

import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.article.ArticleRecord;

import java.io.IOException;

/**
 * One format's writer. The export hands it the set piece by piece, one article at a time, so that
 * nothing but the article being written (and the set's contradictions) is held in memory.
 */
public interface ExportWriter {

    void start(ExportHeader header) throws IOException;

    /** One exported article with its exported annotations, in text order, and its text's code point index. */
    void article(ArticleRecord article, java.util.List<AnnotationRecord> annotations, CodePoints codePoints)
            throws IOException;

    /** After the last article: the contradictions, the summary, the closing of the file. */
    void finish() throws IOException;
}
