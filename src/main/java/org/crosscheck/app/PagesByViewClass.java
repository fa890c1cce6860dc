package org.crosscheck.app;

import org.crosscheck.admin.ui.UsersView;
import org.crosscheck.audit.ui.AuditView;
import org.crosscheck.exchange.ui.ExchangeView;
import org.crosscheck.exchange.ui.ImportProjectView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.crosscheck.account.ui.AccountView;
import org.crosscheck.article.ui.ProjectView;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.project.ui.ProjectListView;
import org.crosscheck.reader.ui.ArticleReaderView;
import org.crosscheck.reader.ui.CompareView;
import org.crosscheck.review.ui.ContradictionsView;
import org.crosscheck.search.ui.SearchView;
import org.crosscheck.suggest.ui.ClaimsView;
import org.crosscheck.suggest.ui.SuggestionsView;
import org.crosscheck.annotation.ui.KindsView;
import org.crosscheck.article.ui.AssignedView;
import org.crosscheck.suggest.ui.TimelineView;

import java.util.Map;

/**
 * The app's addresses, from the view classes and their route parameters: the app sits on top of
 * every feature, so it is the one place that can name every view.
 */
@org.springframework.stereotype.Component
class PagesByViewClass implements Pages {

    @Override
    public String projects() {
        return url(ProjectListView.class, RouteParameters.empty());
    }

    @Override
    public String account() {
        return url(AccountView.class, RouteParameters.empty());
    }

    @Override
    public String users() {
        return url(UsersView.class, RouteParameters.empty());
    }

    @Override
    public String audit() {
        return url(AuditView.class, RouteParameters.empty());
    }

    @Override
    public String history(String targetType, long targetId) {
        return audit() + "?" + QueryParameters.simple(Map.of(AuditView.TARGET_TYPE, targetType,
                AuditView.TARGET_ID, String.valueOf(targetId))).getQueryString();
    }

    @Override
    public String project(long projectId) {
        return url(ProjectView.class, new RouteParameters(ProjectView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String project(long projectId, String status, String assignee) {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        if (status != null) {
            filters.put(ProjectView.STATUS, status);
        }
        if (assignee != null) {
            filters.put(ProjectView.ASSIGNEE, assignee);
        }
        return filters.isEmpty() ? project(projectId)
                : project(projectId) + "?" + QueryParameters.simple(filters).getQueryString();
    }

    @Override
    public String dashboard(long projectId) {
        return url(org.crosscheck.progress.ui.DashboardView.class,
                new RouteParameters(org.crosscheck.progress.ui.DashboardView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String article(long articleId) {
        return url(ArticleReaderView.class, new RouteParameters(ArticleReaderView.ARTICLE_ID, String.valueOf(articleId)));
    }

    @Override
    public String contradictions(long projectId) {
        return url(ContradictionsView.class, new RouteParameters(ContradictionsView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String assigned() {
        return url(AssignedView.class, RouteParameters.empty());
    }

    @Override
    public String curate(long articleId) {
        return url(org.crosscheck.curation.ui.CurationView.class,
                new RouteParameters(org.crosscheck.curation.ui.CurationView.ARTICLE_ID, String.valueOf(articleId)));
    }

    @Override
    public String agreement(long projectId) {
        return url(org.crosscheck.curation.ui.AgreementView.class,
                new RouteParameters(org.crosscheck.curation.ui.AgreementView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String activity(long projectId) {
        return url(org.crosscheck.audit.ui.ActivityView.class,
                new RouteParameters(org.crosscheck.audit.ui.ActivityView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String check(long articleId) {
        return url(org.crosscheck.approval.ui.CheckView.class,
                new RouteParameters(org.crosscheck.approval.ui.CheckView.ARTICLE_ID, String.valueOf(articleId)));
    }

    @Override
    public String kinds(long projectId) {
        return url(KindsView.class, new RouteParameters(KindsView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String trash(long projectId) {
        return url(org.crosscheck.trash.ui.TrashView.class,
                new RouteParameters(org.crosscheck.trash.ui.TrashView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String suggestions(long projectId) {
        return url(SuggestionsView.class, new RouteParameters(SuggestionsView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String claims(long projectId) {
        return url(ClaimsView.class, new RouteParameters(ClaimsView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String timeline(long projectId) {
        return url(TimelineView.class, new RouteParameters(TimelineView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String exchange(long projectId) {
        return url(ExchangeView.class, new RouteParameters(ExchangeView.PROJECT_ID, String.valueOf(projectId)));
    }

    @Override
    public String importProject() {
        return url(ImportProjectView.class, RouteParameters.empty());
    }

    @Override
    public String search(long projectId, String words) {
        return url(SearchView.class, new RouteParameters(SearchView.PROJECT_ID, String.valueOf(projectId)))
                + "?" + QueryParameters.of(SearchView.QUERY, words).getQueryString();
    }

    @Override
    public String compare(long leftArticleId, long rightArticleId, Long contradictionId) {
        String url = url(CompareView.class, new RouteParameters(Map.of(
                CompareView.LEFT, String.valueOf(leftArticleId), CompareView.RIGHT, String.valueOf(rightArticleId))));
        return contradictionId == null ? url : url + "?" + CompareView.CONTRADICTION + "=" + contradictionId;
    }

    private static String url(Class<? extends Component> view, RouteParameters parameters) {
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters);
    }
}
