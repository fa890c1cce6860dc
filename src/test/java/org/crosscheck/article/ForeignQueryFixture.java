package org.crosscheck.article;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * For {@code ArchitectureTest}: a repository of the article feature whose JPQL counts another
 * feature's entity, the wall-through-a-string the test must catch. Never made into a bean.
 */
@NoRepositoryBean
public interface ForeignQueryFixture extends Repository<Article, Long> {

    @Query("select count(n) from Annotation n where n.articleId = :id")
    long countAnnotations(long id);
}
