package org.crosscheck;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repositories are made on first use (a faster start), so a query that does not parse would only
 * fail when someone needs it: here every repository is made, and with it every query it declares
 * is checked against the entities, on H2 and PostgreSQL.
 */
@DatabaseTest
class RepositoriesTest {

    @Autowired ApplicationContext context;

    @Test
    void everyRepositoryAndEveryQueryItDeclaresIsValid() {
        var repositories = context.getBeansOfType(CrudRepository.class);
        assertThat(repositories).hasSizeGreaterThanOrEqualTo(14);
        repositories.forEach((name, repository) -> assertThat(repository.count()).as(name).isNotNegative());
    }
}
