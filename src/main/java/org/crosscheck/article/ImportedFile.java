package org.crosscheck.article;

/**
 * One uploaded file after checking: either an article draft with its normalised text, or the
 * reason it cannot be imported, written for the user. {@code headlineFound} says whether the draft's
 * title is the page's headline, or (false) its opening words standing in for one it does not have.
 */
public record ImportedFile(String fileName, ArticleDraft draft, String text, String problem, boolean headlineFound) {

    static ImportedFile ok(String fileName, ArticleDraft draft, String text, boolean headlineFound) {
        return new ImportedFile(fileName, draft, text, null, headlineFound);
    }

    public static ImportedFile refused(String fileName, String problem) {
        return new ImportedFile(fileName, null, null, problem, false);
    }

    public boolean isOk() {
        return problem == null;
    }

    /** Refused for its size: the reader stopped at the limit. */
    public boolean tooLarge() {
        return problem != null && problem.startsWith(ArticleFileReader.TOO_LARGE);
    }
}
