package org.crosscheck.article;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ArticleAssigneeRepository extends JpaRepository<ArticleAssignee, Long> {

    List<ArticleAssignee> findByArticleIdIn(Collection<Long> articleIds);

    List<ArticleAssignee> findByArticleId(long articleId);

    List<ArticleAssignee> findByProjectIdAndUserId(long projectId, long userId);

    List<ArticleAssignee> findByUserIdOrderByProjectIdAscArticleIdAsc(long userId);
}
