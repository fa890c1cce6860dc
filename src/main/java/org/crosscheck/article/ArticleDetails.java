package org.crosscheck.article;

import java.time.LocalDate;

/** An article's details as a lead edits them: what events carry before and after a change. */
public record ArticleDetails(String title, String outlet, String url, LocalDate publishedOn, String byline) {
}
