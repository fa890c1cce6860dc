package org.crosscheck.article;

/**
 * One uploaded file after checking: either an article draft with its normalised text, or the
 * reason it cannot be imported, written for the user.
 */
public record ImportedFile(String fileName, ArticleDraft draft, String text, String problem) {

    static ImportedFile ok(String fileName, ArticleDraft draft, String text) {
        return new ImportedFile(fileName, draft, text, null);
    }

    public static ImportedFile refused(String fileName, String problem) {
        return new ImportedFile(fileName, null, null, problem);
    }

    public boolean isOk() {
        return problem == null;
    }

    /** Refused for its size: the reader stopped at the limit. */
    public boolean tooLarge() {
        return problem != null && problem.startsWith(ArticleFileReader.TOO_LARGE);
    }
}
