package org.crosscheck.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link BigProjectBenchmarkIT} on PostgreSQL. */
@Tag("bench")
@EnabledIfSystemProperty(named = "test.pg.url", matches = ".+")
@DisabledIfSystemProperty(named = "test.pg.skip", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.crosscheck=warn",
                "test.db.url=${test.pg.url}", "test.db.user=${test.pg.user:crosscheck}", "test.db.password=${test.pg.password:crosscheck}"})
class BigProjectBenchmarkOnPostgresIT extends BigProjectBenchmarkIT {
}
