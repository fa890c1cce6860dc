package org.crosscheck.audit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 25: trails written before keys, chained with plain SHA-256, are checked and signed with the
 * key once (migration 14) and keep verifying; one broken before is not signed, and the node says
 * where it broke; a node with another key, or a trail whose key mark was removed, is refused; a lost
 * key is replaced only on purpose. Each test on a database of its own: H2, and on PostgreSQL a schema
 * of its own when the build runs the database tests there. The node's start-up check is called as
 * Spring calls it.
 */
@Tag("db")
class AuditKeyUpgradeTest {

    static final AuditKey KEY = AuditKey.of("upgrade-test-key-0123456789abcdefghijklmnop");
    static final AuditKey OTHER = AuditKey.of("another-key-0123456789abcdefghijklmnopqrstu");

    DriverManagerDataSource db;
    JdbcTemplate jdbc;
    boolean postgres;
    String schema;

    @BeforeEach
    void freshDatabase() {
        String url = System.getProperty("test.db.url", "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        postgres = url.startsWith("jdbc:postgresql");
        if (postgres) {
            schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            url += (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        }
        db = new DriverManagerDataSource(url, System.getProperty("test.db.user", "sa"), System.getProperty("test.db.password", ""));
        jdbc = new JdbcTemplate(db);
    }

    @AfterEach
    void dropSchema() {
        if (postgres) {
            jdbc.execute("drop schema \"" + schema + "\" cascade");
        }
    }

    private FluentConfiguration flyway() {
        FluentConfiguration config = Flyway.configure().dataSource(db)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"))
                .javaMigrations(new V14__audit_key(KEY, Clock.systemUTC()));
        return postgres ? config.schemas(schema).createSchemas(true) : config;
    }

    /** A trail as the app wrote it before keys: each hash the plain SHA-256 of the entry's content and link. */
    private List<String> trailFromBeforeKeys(int entries) {
        flyway().target("13").load().migrate();
        String prev = AuditHash.GENESIS;
        Instant at = Instant.parse("2026-01-05T10:00:00.123456Z");
        List<String> hashes = new java.util.ArrayList<>();
        for (long seq = 1; seq <= entries; seq++) {
            AuditEntry e = new AuditEntry(seq, at.plusSeconds(seq), "ravi", "browser", "annotation.created", 1L, 2L,
                    "annotation", seq, null, "{\"note\":\"entry " + seq + "\"}", "127.0.0.1", prev, null);
            String hash = AuditHash.plain(e);
            insert(e, hash);
            hashes.add(hash);
            prev = hash;
        }
        jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", entries, prev);
        return hashes;
    }

    private void insert(AuditEntry e, String hash) {
        jdbc.update("""
                insert into audit_entry (seq, occurred_at, actor, via, action, project_id, article_id, target_type,
                  target_id, before_json, after_json, client_address, prev_hash, entry_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.seq(), e.occurredAt().atOffset(ZoneOffset.UTC),
                e.actor(), e.via(), e.action(), e.projectId(), e.articleId(), e.targetType(), e.targetId(), e.before(),
                e.after(), e.clientAddress(), e.prevHash(), hash);
    }

    private List<AuditEntry> entries() {
        return jdbc.query("select " + AuditService.COLUMNS + " from audit_entry order by seq", AuditService.ROW);
    }

    private String mark() {
        return jdbc.queryForObject("select key_check from audit_head where id = 1", String.class);
    }

    /** A node starting with this key and this setting of crosscheck.audit.re-sign-unverified. */
    private void start(AuditKey key, String reSignUnverified) {
        new AuditKeyCheck(jdbc, new DataSourceTransactionManager(db), key, Clock.systemUTC(), reSignUnverified)
                .afterSingletonsInstantiated();
    }

    /** As the tables' owner can: their triggers off (PostgreSQL) while the work runs. */
    private void asOwner(Runnable work) {
        if (postgres) {
            jdbc.execute("alter table audit_entry disable trigger user");
            jdbc.execute("alter table audit_head disable trigger user");
        }
        try {
            work.run();
        } finally {
            if (postgres) {
                jdbc.execute("alter table audit_entry enable trigger user");
                jdbc.execute("alter table audit_head enable trigger user");
            }
        }
    }

    private static JsonNode json(String text) {
        return AuditDrafts.JSON.readTree(text);
    }

    @Test
    void aTrailFromBeforeKeysIsCheckedSignedWithTheKeyAndKeepsVerifying() {
        List<String> plainHashes = trailFromBeforeKeys(5);

        flyway().load().migrate();

        assertThat(AuditVerifier.check(jdbc, KEY::sign)).extracting(AuditVerification::intact, AuditVerification::checked)
                .containsExactly(true, 6L);
        List<AuditEntry> signed = entries();
        assertThat(signed.subList(0, 5)).extracting(AuditEntry::after).as("the content is kept")
                .containsExactly("{\"note\":\"entry 1\"}", "{\"note\":\"entry 2\"}", "{\"note\":\"entry 3\"}",
                        "{\"note\":\"entry 4\"}", "{\"note\":\"entry 5\"}");
        assertThat(signed).extracting(AuditEntry::hash).as("every hash is now a signature").doesNotContainAnyElementsOf(plainHashes);
        assertThat(AuditVerifier.check(jdbc, AuditHash::plain).intact()).as("nobody can recompute it without the key").isFalse();
        AuditEntry resigned = signed.getLast();
        assertThat(resigned.action()).isEqualTo(AuditResigning.ACTION);
        assertThat(resigned.via()).isEqualTo("system");
        assertThat(json(resigned.before()).get("rule").asString()).isEqualTo("SHA-256");
        assertThat(json(resigned.before()).get("verified").asBoolean()).isTrue();
        assertThat(json(resigned.before()).get("lastHash").asString()).isEqualTo(plainHashes.getLast());
        assertThat(json(resigned.after()).get("keyId").asString()).isEqualTo(KEY.id());
        assertThat(json(resigned.after()).get("entries").asLong()).isEqualTo(5);
        assertThat(mark()).isEqualTo(KEY.check());

        start(KEY, ""); // the node with that key starts
        assertThat(entries()).hasSize(6);
    }

    @Test
    void aTrailBrokenBeforeKeysIsNotSignedAndTheNodeSaysWhereItBroke() {
        trailFromBeforeKeys(5);
        asOwner(() -> jdbc.update("update audit_entry set after_json = '{\"note\":\"rewritten\"}' where seq = 3"));

        flyway().load().migrate();

        assertThat(mark()).as("not signed: that would hide the break").isNull();
        assertThat(entries()).hasSize(5);
        assertThatThrownBy(() -> start(KEY, "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken at entry 3 under the old rule")
                .hasMessageContaining("crosscheck.audit.re-sign-unverified=unkeyed");

        start(KEY, "unkeyed");

        assertThat(AuditVerifier.check(jdbc, KEY::sign).intact()).isTrue();
        AuditEntry resigned = entries().getLast();
        assertThat(resigned.seq()).isEqualTo(6);
        assertThat(json(resigned.before()).get("rule").asString()).isEqualTo("SHA-256");
        assertThat(json(resigned.before()).get("verified").asBoolean()).isFalse();
        assertThat(json(resigned.before()).get("firstBroken").asLong()).as("the break, on record").isEqualTo(3);
        start(KEY, "unkeyed");
        assertThat(entries()).as("the setting left in place does nothing more").hasSize(6);
    }

    @Test
    void aNodeWithAnotherKeyIsRefusedAndALostKeyIsReplacedOnlyOnPurpose() {
        flyway().load().migrate();
        assertThat(mark()).as("a new trail is marked with the key").isEqualTo(KEY.check());
        for (int i = 0; i < 3; i++) {
            AuditChain.insert(jdbc, KEY, Instant.parse("2026-02-01T08:00:00Z").plusSeconds(i),
                    new AuditDraft("ravi", "browser", "annotation.created", 1L, 2L, "annotation", (long) i, null, "{}", null));
        }

        assertThatThrownBy(() -> start(OTHER, "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("This node's audit key " + OTHER.id())
                .hasMessageContaining("signed with (" + KEY.id() + ")")
                .hasMessageContaining("crosscheck.audit.re-sign-unverified=" + KEY.id());
        assertThatThrownBy(() -> start(OTHER, "unkeyed")).as("only the trail's key id says it").isInstanceOf(IllegalStateException.class);
        assertThat(entries()).hasSize(3);

        start(OTHER, KEY.id());

        assertThat(AuditVerifier.check(jdbc, OTHER::sign)).extracting(AuditVerification::intact, AuditVerification::checked)
                .containsExactly(true, 4L);
        AuditEntry resigned = entries().getLast();
        assertThat(json(resigned.before()).get("keyId").asString()).isEqualTo(KEY.id());
        assertThat(json(resigned.before()).get("verified").asBoolean()).as("the lost key cannot be checked").isFalse();
        assertThat(json(resigned.after()).get("keyId").asString()).isEqualTo(OTHER.id());
        assertThatThrownBy(() -> start(KEY, "")).as("the old key is no longer the trail's").isInstanceOf(IllegalStateException.class);
    }

    /**
     * The database's owner removes the key mark and rewrites the chain with plain SHA-256, hoping
     * that the next start takes it for a trail from before keys and signs it: it does not.
     */
    @Test
    void aTrailRewrittenAsIfFromBeforeKeysIsRefusedNotSigned() {
        flyway().load().migrate();
        for (int i = 0; i < 3; i++) {
            AuditChain.insert(jdbc, KEY, Instant.parse("2026-02-01T08:00:00Z").plusSeconds(i),
                    new AuditDraft("ravi", "browser", "annotation.created", 1L, 2L, "annotation", (long) i, null, "{}", null));
        }
        asOwner(() -> {
            jdbc.update("update audit_entry set after_json = '{\"note\":\"never said\"}' where seq = 2");
            String prev = AuditHash.GENESIS;
            for (AuditEntry e : entries()) {
                String hash = AuditHash.plain(new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.via(), e.action(),
                        e.projectId(), e.articleId(), e.targetType(), e.targetId(), e.before(), e.after(),
                        e.clientAddress(), prev, null));
                jdbc.update("update audit_entry set prev_hash = ?, entry_hash = ? where seq = ?", prev, hash, e.seq());
                prev = hash;
            }
            jdbc.update("update audit_head set last_hash = ?, key_check = null where id = 1", prev);
        });

        flyway().load().migrate(); // nothing to do: migration 14 ran once
        assertThatThrownBy(() -> start(KEY, "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chained with plain SHA-256")
                .hasMessageContaining("rewritten in the database");
        assertThat(mark()).isNull();
        assertThat(AuditVerifier.check(jdbc, KEY::sign).firstBroken()).isEqualTo(1);
    }
}
