package org.crosscheck.article;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13 fills in the length of the articles already stored, in UTF-16 units as offsets count (a flag
 * emoji is four units; PostgreSQL's char_length would say two). On H2, and on PostgreSQL in a schema
 * of its own when the build runs the database tests there.
 */
@Tag("db")
class ArticleLengthMigrationTest {

    @Test
    void articlesStoredBeforeGetTheirLengthInUtf16Units() {
        String url = System.getProperty("test.db.url", "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        boolean postgres = url.startsWith("jdbc:postgresql");
        DriverManagerDataSource db = new DriverManagerDataSource(url, System.getProperty("test.db.user", "sa"),
                System.getProperty("test.db.password", ""));
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var config = Flyway.configure().dataSource(db).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"));
        JdbcTemplate jdbc = new JdbcTemplate(db);
        String in = "\"" + schema + "\".";
        try {
            config.target("12").load().migrate();
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("insert into " + in + "app_user (version, username, display_name, password_hash, global_role, "
                    + "enabled, created_at) values (0, 'u', 'U', 'x', 'USER', true, ?)", now);
            long user = jdbc.queryForObject("select id from " + in + "app_user", Long.class);
            jdbc.update("insert into " + in + "project (version, name, created_by, created_at) values (0, 'P', ?, ?)",
                    user, now);
            long project = jdbc.queryForObject("select id from " + in + "project", Long.class);
            String flag = "Almaty 🇰🇿 today";
            for (String text : new String[]{flag, "plain"}) {
                jdbc.update("insert into " + in + "article (version, project_id, title, source_name, original_format, "
                        + "original_text, body_text, content_hash, text_frozen, imported_by, imported_at) "
                        + "values (0, ?, 'T', 's', 'TEXT', ?, ?, 'h', false, ?, ?)", project, text, text, user, now);
            }

            config.target("latest").load().migrate();

            assertThat(jdbc.queryForList("select body_length from " + in + "article order by id", Integer.class))
                    .containsExactly(flag.length(), 5);
            assertThat(flag.length()).isEqualTo(17);
        } finally {
            jdbc.execute("drop schema \"" + schema + "\" cascade");
        }
    }
}
