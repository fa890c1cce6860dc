package org.crosscheck.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the interface, looked up by key in the bundle of the key's feature: a key
 * {@code annotation.dialog.save} lives in {@code i18n/annotation.properties} (English) and
 * {@code i18n/annotation_de.properties} (German). A bundle per feature keeps each feature's words
 * beside its code and lets two people translate two features without touching one file.
 *
 * <p>Patterns take arguments as {@code {0}}, {@code {0,number,integer}} or
 * {@code {0,choice,0#no marks|1#one mark|1<{0,number,integer} marks}}, formatted for the
 * language (1,234 in English, 1.234 in German). An apostrophe is just an apostrophe: unlike
 * {@link MessageFormat}'s own rule, it needs no doubling.
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    /** Every language the interface is complete in; English first, as the fallback. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, GERMAN);

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    // No fallback to the JVM's default locale: a German key missing falls back to English, never to
    // whatever language the server happens to run in.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(key, locale, params);
    }

    /** The text of {@code key} in {@code locale} (English if the language is not one of ours). */
    public static String text(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundleOf(key), language, CONTROL).getString(key);
        } catch (MissingResourceException e) {
            // Shown as the key, so a missing word is visible instead of an empty label; the bundle
            // test keeps this from reaching a release.
            log.warn("No text for {} in {}", key, language);
            return key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        Object[] words = params.clone();
        for (int i = 0; i < words.length; i++) {
            if (words[i] instanceof Word word) {
                words[i] = text(word.key(), language);
            }
        }
        return new MessageFormat(pattern.replace("'", "''"), language).format(words);
    }

    /** An argument that is itself a message: put into the sentence in the sentence's language. */
    public static Word word(String key) {
        return new Word(key);
    }

    /** The key of a message used as an argument of another ({@link #word}). */
    public record Word(String key) {
        @Override
        public String toString() {
            return english(key);
        }
    }

    /** English: for logs, and the API's problem details. */
    public static String english(String key, Object... params) {
        return text(key, ENGLISH, params);
    }

    /** The language of ours closest to {@code locale}: German for de-AT, English for anything unknown. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return ENGLISH;
    }

    static String bundleOf(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("A message key starts with its feature: " + key);
        }
        return "i18n." + key.substring(0, dot);
    }
}
