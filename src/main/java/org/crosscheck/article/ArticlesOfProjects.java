package org.crosscheck.article;

import org.crosscheck.project.ProjectArticles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The article feature's answer to which articles a project holds. */
@Component
@Transactional(readOnly = true)
class ArticlesOfProjects implements ProjectArticles {

    private final ArticleRepository articles;

    ArticlesOfProjects(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public List<Long> articleIdsOf(long projectId) {
        return articles.idsOfProject(projectId);
    }
}
