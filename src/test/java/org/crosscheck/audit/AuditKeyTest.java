package org.crosscheck.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the audit key comes from (issue 25), and what it signs. No Spring, no database. */
class AuditKeyTest {

    static final String KEY = "a-configured-key-0123456789abcdefghijklmnop";

    @TempDir
    Path home;

    @Test
    void aConfiguredKeyWinsOverTheFiles() {
        AuditKey key = new AuditKey(KEY, "", home.resolve("data").toString());
        assertThat(key.source()).isEqualTo("crosscheck.audit.key");
        assertThat(key.check()).isEqualTo(AuditKey.of(KEY).check());
        assertThat(home.resolve("data")).as("nothing generated").doesNotExist();
    }

    @Test
    void withoutOneTheFirstStartGeneratesAKeyInTheDataDirectoryForItsOwnerOnlyAndLaterStartsReadIt() throws Exception {
        Path data = home.resolve("data");
        AuditKey first = new AuditKey("", "", data.toString());
        Path file = data.resolve("audit-key");
        assertThat(first.source()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(AuditKey.MIN_LENGTH);
        assertThat(Files.list(data)).as("no partial file left").containsExactly(file);

        assertThat(new AuditKey("", "", data.toString()).check()).isEqualTo(first.check());
        assertThat(new AuditKey("", "", home.resolve("elsewhere").toString()).check()).as("another node's own key")
                .isNotEqualTo(first.check());
    }

    @Test
    void aKeyFileIsReadAndMustExistAndKeysMustBeLongEnough() throws Exception {
        Path secret = home.resolve("secret");
        Files.writeString(secret, KEY + "\n");
        assertThat(new AuditKey("", secret.toString(), home.toString()).check()).isEqualTo(AuditKey.of(KEY).check());
        assertThatThrownBy(() -> new AuditKey("", home.resolve("missing").toString(), home.toString()))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new AuditKey("too short", "", home.toString()))
                .hasMessageContaining("at least 32").hasMessageContaining("openssl rand");
        Files.writeString(home.resolve("audit-key"), "\n");
        assertThatThrownBy(() -> new AuditKey("", "", home.toString())).as("an emptied key file is not replaced")
                .hasMessageContaining("audit-key").hasMessageContaining("at least 32");
    }

    @Test
    void theSignatureDependsOnTheKeyAndOnEveryColumn() {
        AuditEntry e = new AuditEntry(7, Instant.parse("2026-03-01T12:00:00.5Z"), "ravi", "browser", "annotation.updated",
                1L, 2L, "annotation", 3L, "{\"note\":\"a\"}", "{\"note\":\"b\"}", "10.0.0.1", AuditHash.GENESIS, null);
        AuditKey key = AuditKey.of(KEY);
        String signature = key.sign(e);
        assertThat(signature).hasSize(64).isEqualTo(key.sign(e.seq(), e.occurredAt(), new AuditDraft(e.actor(), e.via(),
                e.action(), e.projectId(), e.articleId(), e.targetType(), e.targetId(), e.before(), e.after(),
                e.clientAddress()), e.prevHash()));
        assertThat(AuditKey.of(KEY + "x").sign(e)).isNotEqualTo(signature);
        assertThat(AuditHash.plain(e)).as("the rule before keys").isNotEqualTo(signature);
        AuditEntry edited = new AuditEntry(7, e.occurredAt(), "ravi", "browser", "annotation.updated", 1L, 2L, "annotation",
                3L, "{\"note\":\"a\"}", "{\"note\":\"B\"}", "10.0.0.1", AuditHash.GENESIS, null);
        assertThat(key.sign(edited)).isNotEqualTo(signature);
        assertThat(key.id()).hasSize(12).isEqualTo(key.check().substring(0, 12));
    }
}
