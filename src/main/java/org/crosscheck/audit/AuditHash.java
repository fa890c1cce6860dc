package org.crosscheck.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of an entry: SHA-256 over its canonical form (a JSON array of every column in a fixed
 * order, the previous entry's hash last), so that a change to any column, or to the order of the
 * chain, changes it.
 */
public final class AuditHash {

    /** The link of the first entry: there is nothing before it. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(long seq, Instant occurredAt, AuditDraft d, String prevHash) {
        List<Object> canonical = Arrays.asList(seq, occurredAt.toString(), d.actor(), d.via(), d.action(), d.projectId(),
                d.articleId(), d.targetType(), d.targetId(), d.before(), d.after(), d.clientAddress(), prevHash);
        byte[] bytes = AuditDrafts.JSON.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The hash an entry must have: over its content and its link (its own stored hash aside). */
    public static String of(AuditEntry e) {
        return of(e.seq(), e.occurredAt(), new AuditDraft(e.actor(), e.via(), e.action(), e.projectId(), e.articleId(),
                e.targetType(), e.targetId(), e.before(), e.after(), e.clientAddress()), e.prevHash());
    }
}
