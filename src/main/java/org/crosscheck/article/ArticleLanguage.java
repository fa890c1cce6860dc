package org.crosscheck.article;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language an article is written in, told from its text by the n-gram profiles of the
 * Optimaize detector (no network, no model to download), and which way it reads. Only the
 * languages of the news a newsroom here reviews are loaded (their profiles take about 20 MB of heap,
 * once, on the first import); a text too short or too mixed to tell gets no language (the lead sets it).
 */
public final class ArticleLanguage {

    /** Languages written right to left: the reader lays their text out so. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd");
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm");
    private static final List<String> DETECTED = List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no",
            "fi", "pl", "cs", "ro", "hu", "tr", "ru", "uk", "bg", "el", "ar", "he", "fa", "ur", "id", "ms", "zh-CN",
            "ja", "ko", "hi", "vi", "th");
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** How sure the detector must be: below it, "unknown" is more honest than a guess. */
    private static final double CONFIDENT = 0.9;
    /** What the detector reads: the first part of a long article tells its language as well as all of it. */
    private static final int SAMPLE = 20_000;

    private ArticleLanguage() {
    }

    /** The language of {@code text} as a BCP 47 tag (en, de, ar …), or empty when it cannot be told. */
    public static Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        List<DetectedLanguage> found;
        try {
            found = Detector.INSTANCE.getProbabilities(sample);
        } catch (RuntimeException | LinkageError e) {
            // A detector that cannot be built or read this text leaves the language unknown; an
            // import never fails for it.
            return Optional.empty();
        }
        if (found.isEmpty() || found.get(0).getProbability() < CONFIDENT) {
            return Optional.empty();
        }
        return Optional.of(found.get(0).getLocale().getLanguage());
    }

    /** A tag a user typed, cleaned ("DE" → "de", "pt_BR" → "pt-BR"), or empty when blank; refused when not a tag. */
    public static Optional<String> tag(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String tag = Locale.forLanguageTag(typed.strip().replace('_', '-')).toLanguageTag();
        if (!TAG.matcher(tag).matches() || "und".equals(tag)) {
            throw new IllegalArgumentException("not a language tag: " + typed);
        }
        return Optional.of(tag);
    }

    /** Whether text in {@code tag}'s language (or script: pa-Arab) reads right to left. */
    public static boolean rightToLeft(String tag) {
        if (tag == null) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag);
        return RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript())
                || locale.getScript().isEmpty() && RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    /** The detector, built on first use (reading the profiles takes a moment) and shared: it is thread-safe. */
    private static final class Detector {
        static final LanguageDetector INSTANCE = build();

        private static LanguageDetector build() {
            try {
                List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(
                        DETECTED.stream().map(LdLocale::fromString).toList());
                return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
