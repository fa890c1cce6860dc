package org.crosscheck.article.ui;

import org.crosscheck.article.ArticleStatus;
import org.crosscheck.base.i18n.I18n;

/**
 * An article's status as a screen shows it, in the window's language; {@link ArticleStatus#label()}
 * stays English for the API, the exports and the audit trail.
 */
public final class StatusNames {

    private StatusNames() {
    }

    public static String of(ArticleStatus status) {
        return I18n.t("article.status." + status.name());
    }
}
