package org.crosscheck.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of an entry, over its canonical form (a JSON array of every column in a fixed order,
 * the previous entry's hash last), so that a change to any column, or to the order of the chain,
 * changes it. Entries are signed: an HMAC-SHA256 under the trail's key ({@link AuditKey}), which
 * the database does not hold, so that whoever can write to the database cannot recompute the chain
 * after rewriting it. The plain SHA-256 of the same form was the rule before keys (issue 25); it
 * is kept to check a trail from before keys once, before it is signed.
 */
public final class AuditHash {

    /** The link of the first entry: there is nothing before it. */
    public static final String GENESIS = "0".repeat(64);

    private static final String HMAC = "HmacSHA256";

    private AuditHash() {
    }

    static byte[] canonical(long seq, Instant occurredAt, AuditDraft d, String prevHash) {
        List<Object> canonical = Arrays.asList(seq, occurredAt.toString(), d.actor(), d.via(), d.action(), d.projectId(),
                d.articleId(), d.targetType(), d.targetId(), d.before(), d.after(), d.clientAddress(), prevHash);
        return AuditDrafts.JSON.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] canonical(AuditEntry e) {
        return canonical(e.seq(), e.occurredAt(), new AuditDraft(e.actor(), e.via(), e.action(), e.projectId(),
                e.articleId(), e.targetType(), e.targetId(), e.before(), e.after(), e.clientAddress()), e.prevHash());
    }

    /** The signature an entry must have under this key: over its content and its link (its own stored hash aside). */
    public static String keyed(byte[] key, AuditEntry e) {
        return hmac(key, canonical(e));
    }

    /** The rule before keys: plain SHA-256 over the same form, which anyone can recompute. */
    public static String plain(AuditEntry e) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(e)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }

    static String hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("every Java platform has HMAC-SHA256", ex);
        }
    }
}
