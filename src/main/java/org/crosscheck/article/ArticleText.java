package org.crosscheck.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one normal form of an article's text, which every annotation offset refers to: Unicode NFC,
 * one paragraph per line, paragraphs separated by a single {@code \n}, no blank paragraphs, runs of
 * spaces and tabs collapsed, no control characters.
 */
public final class ArticleText {

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\\x0B\\f]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");

    private ArticleText() {
    }

    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        List<String> paragraphs = new ArrayList<>();
        for (String line : s.split("\n")) {
            String clean = HORIZONTAL_SPACE.matcher(CONTROL.matcher(line).replaceAll(" ")).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return String.join("\n", paragraphs);
    }

    public static List<String> paragraphs(String normalized) {
        return normalized.isEmpty() ? List.of() : List.of(normalized.split("\n", -1));
    }

    /** SHA-256 of the normalised text: two imports of the same article have the same hash. */
    public static String contentHash(String normalized) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
