package org.crosscheck.article;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ArticleWorkRepository extends JpaRepository<ArticleWork, Long> {

    List<ArticleWork> findByArticleIdIn(Collection<Long> articleIds);
}
