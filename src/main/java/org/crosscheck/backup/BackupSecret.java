package org.crosscheck.backup;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * What the backup command shows the running app: an HMAC of a fixed text under the database
 * password. Whoever can read the data directory ({@code db-password}, owner-only) or the app's
 * configured password can make it; the password itself never goes over the wire.
 */
final class BackupSecret {

    private static final byte[] LABEL = "crosscheck backup endpoint v1".getBytes(StandardCharsets.UTF_8);

    private BackupSecret() {
    }

    static String of(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In constant time; never with an empty password (an in-memory or test database). */
    static boolean matches(String password, String offered) {
        if (password == null || password.isEmpty() || offered == null) {
            return false;
        }
        return MessageDigest.isEqual(of(password).getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }
}
