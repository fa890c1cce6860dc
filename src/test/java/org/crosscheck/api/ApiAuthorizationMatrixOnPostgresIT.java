package org.crosscheck.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ApiAuthorizationMatrixIT} again, the app on PostgreSQL (-Dtest.pg.url, as the Maven build passes it). */
@EnabledIfSystemProperty(named = "test.pg.url", matches = ".+")
@DisabledIfSystemProperty(named = "test.pg.skip", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "test.db.url=${test.pg.url}", "test.db.user=${test.pg.user:crosscheck}", "test.db.password=${test.pg.password:crosscheck}"})
class ApiAuthorizationMatrixOnPostgresIT extends ApiAuthorizationMatrixIT {

    @Autowired
    DataSource dataSource;

    @Test
    void theAppRunsOnPostgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
