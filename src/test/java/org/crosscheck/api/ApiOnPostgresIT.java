package org.crosscheck.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ApiIT} again, the app on PostgreSQL (-Dtest.pg.url, as the Maven build passes it). */
@EnabledIfSystemProperty(named = "test.pg.url", matches = ".+")
@DisabledIfSystemProperty(named = "test.pg.skip", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "test.db.url=${test.pg.url}", "test.db.user=${test.pg.user:crosscheck}", "test.db.password=${test.pg.password:crosscheck}"})
class ApiOnPostgresIT extends ApiIT {

    @Autowired
    DataSource dataSource;

    /**
     * Two changes that pass the version check at the same moment: the second to commit is refused by
     * the database. The race is made certain: another transaction holds the row, bumps its version and
     * commits only once the API's update is seen waiting for that row.
     */
    @Test
    void aChangeThatLosesARaceIsAVersionMismatchNotAServerError() throws Exception {
        String text = api.get(reviewerToken, "/api/v1/articles/" + arabNews).json().get("text").asString();
        int start = text.indexOf("Stephane Dujarric");
        ApiClient.Response created = api.post(reviewerToken, "/api/v1/articles/" + arabNews + "/annotations",
                ApiClient.json(java.util.Map.of("kind", "NOTE", "start", start, "end", start + 17, "note", "first")));
        long id = created.json().get("id").asLong();

        try (var other = dataSource.getConnection(); var watcher = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var bump = other.prepareStatement("update annotation set version = version + 1, note = 'theirs' where id = ?")) {
                bump.setLong(1, id);
                assertThat(bump.executeUpdate()).isEqualTo(1);
            }
            var patch = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    api.patch(reviewerToken, "/api/v1/annotations/" + id, "{\"note\":\"mine\"}", created.header("ETag")));
            // Waits (on a condition, not a clock) until the API's update is blocked on the row.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
                try (var waiting = watcher.prepareStatement("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and query like 'update annotation set%'"); var rows = waiting.executeQuery()) {
                    rows.next();
                    return rows.getInt(1) > 0;
                }
            });
            other.commit();

            ApiClient.Response lost = patch.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(lost.status()).as(lost.toString()).isEqualTo(412);
            assertThat(lost.header("Content-Type")).startsWith("application/problem+json");
            assertThat(lost.json().get("type").asString()).endsWith("/version-mismatch");
        }
        // The change that won is kept; the one that lost changed nothing.
        assertThat(api.get(reviewerToken, "/api/v1/annotations/" + id).json().get("note").asString()).isEqualTo("theirs");
    }

    @Test
    void theAppRunsOnPostgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
