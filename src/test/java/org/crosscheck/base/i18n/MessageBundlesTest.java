package org.crosscheck.base.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language is complete: each bundle has a German twin with exactly the English keys, none
 * empty, each with the same arguments; every key the code names exists; and the arguments format
 * as the language writes numbers.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|I18n\\.t|I18n\\.dates|Messages\\.text|Messages\\.english|Messages\\.word|DomainException\\.of|"
                    + "DomainException\\.onField\\(\\s*\"[^\"]*\"\\s*,|DomainException\\.onField\\(\\s*\\w+\\s*,|"
                    + "requireVersion\\(\\s*\\w+\\s*,|ConcurrentEditException\\(\\s*[\\w.()]+\\s*,)"
                    + "\\(?\\s*\"([a-z][a-z0-9-]*\\.[^\"]+)\"");
    /** The English name of a field given to Texts.optional…, which names it in a refusal. */
    private static final Pattern FIELD_NAME = Pattern.compile("Texts\\.optional(?:Line)?\\([^;]*?,\\s*\"([^\"]+)\"\\)");

    @Test
    void everyBundleHasAGermanTwinWithTheSameKeysAndArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            String name = english.getFileName().toString().replace(".properties", "");
            Path german = english.resolveSibling(name + "_de.properties");
            Properties en = load(english);
            if (!Files.exists(german)) {
                problems.add(name + ": no German bundle " + german.getFileName());
                continue;
            }
            Properties de = load(german);
            problems.addAll(duplicates(english));
            problems.addAll(duplicates(german));
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                if (!key.startsWith(name + ".")) {
                    problems.add(name + ": key " + key + " does not start with " + name + ".");
                }
                if (en.getProperty(key).isBlank()) {
                    problems.add(name + ": " + key + " is empty in English");
                }
                String translated = de.getProperty(key);
                if (translated == null) {
                    problems.add(name + "_de: lacks " + key);
                } else if (translated.isBlank()) {
                    problems.add(name + "_de: " + key + " is empty");
                } else if (!arguments(translated).equals(arguments(en.getProperty(key)))) {
                    problems.add(name + "_de: " + key + " takes " + arguments(translated) + ", English "
                            + arguments(en.getProperty(key)));
                }
            }
            for (String key : de.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    problems.add(name + "_de: " + key + " is not in the English bundle");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties all = new Properties();
        for (Path english : englishBundles()) {
            all.putAll(load(english));
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !all.containsKey(key)) {
                        missing.add(SOURCES.relativize(file) + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFieldARefusalNamesHasItsNameInTheBundles() throws IOException {
        Properties base = load(BUNDLES.resolve("base.properties"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = FIELD_NAME.matcher(Files.readString(file));
                while (m.find()) {
                    String key = org.crosscheck.base.TextsAccess.fieldKey(m.group(1));
                    if (!base.containsKey(key) || !base.getProperty(key).equals(m.group(1))) {
                        missing.add(SOURCES.relativize(file) + ": " + m.group(1) + " (" + key + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(Messages.text("base.error.too-long", Locale.GERMAN, Messages.word("base.field.the-note"), 2000, 2345))
                .isEqualTo("Die Notiz ist länger als 2.000 Zeichen (jetzt 2.345).");
    }

    @Test
    void argumentsAreWrittenAsTheLanguageWritesThem() {
        assertThat(Messages.text("base.count.test", Locale.ENGLISH, 12345)).isEqualTo("12,345 marks, isn't it");
        assertThat(Messages.text("base.count.test", Locale.GERMAN, 12345)).isEqualTo("12.345 Markierungen, nicht wahr");
        assertThat(Messages.text("base.count.test", Locale.forLanguageTag("de-AT"), 1)).isEqualTo("1 Markierung, nicht wahr");
        assertThat(Messages.text("base.count.test", Locale.forLanguageTag("fr"), 1)).isEqualTo("1 mark, isn't it");
        assertThat(Messages.text("base.no.such.key", Locale.GERMAN)).isEqualTo("base.no.such.key");
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.getFileName().toString().matches("[a-z-]+\\.properties")).sorted().toList();
        }
    }

    /** Keys written twice in one file: the later silently wins, which hides a mistake. */
    private static List<String> duplicates(Path bundle) throws IOException {
        Set<String> seen = new java.util.HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (line.isBlank() || line.startsWith("#") || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (!seen.add(key)) {
                twice.add(bundle.getFileName() + ": " + key + " is written twice");
            }
        }
        return twice;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
