package org.crosscheck.api;

import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link TrashApiIT} again, the app on PostgreSQL (-Dtest.pg.url, as the Maven build passes it). */
@EnabledIfSystemProperty(named = "test.pg.url", matches = ".+")
@DisabledIfSystemProperty(named = "test.pg.skip", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "test.db.url=${test.pg.url}", "test.db.user=${test.pg.user:crosscheck}", "test.db.password=${test.pg.password:crosscheck}"})
class TrashApiOnPostgresIT extends TrashApiIT {
}
