package org.crosscheck.base.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails when a screen's code holds words a user would read instead of a message key: every
 * string literal in a {@code ui} package, and in the mails, that reads like prose (a capitalised
 * word, or two words) is reported, unless it is an argument of a call that never shows text (a CSS
 * class, an element id, a script, a log line) or its line says {@code // not translated: why}.
 * {@code -Di18n.only=annotation} reports one feature only.
 */
class HardCodedTextTest {

    private static final Path SOURCES = Path.of("src/main/java/org/crosscheck");
    private static final Pattern PROSE = Pattern.compile("[A-Z][a-z]|[A-Za-z]{2,}[ ,:;.!?]+[A-Za-z]{2,}|[a-z]{3,}");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Za-z0-9_-]+)+\\.?");
    /** Calls (and annotations) whose string arguments are never read by a user. */
    private static final Set<String> NOT_SHOWN = Set.of("addClassName", "addClassNames", "removeClassName",
            "removeClassNames", "setClassName", "addThemeName", "addThemeNames", "setThemeName", "setId", "getAttribute",
            "hasAttribute", "removeAttribute", "set", "setWidth", "setHeight", "setMinWidth", "setMaxWidth", "setMinHeight",
            "setMaxHeight", "setFlexBasis", "setSlot", "setFor", "setHref", "setTarget", "setSrc", "setConfirmButtonTheme",
            "executeJs", "callJsFunction", "setProperty", "getProperty", "addEventListener", "setKey", "setParameter",
            "getParameter", "whenOpen", "createElement", "setVariable", "setPartNameGenerator", "info", "debug", "warn",
            "error", "trace", "getLogger", "getTranslation", "t", "text", "english", "dates", "of", "onField", "equals",
            "equalsIgnoreCase", "startsWith", "endsWith", "contains", "matches", "split", "replace", "replaceAll", "indexOf",
            "compile", "ofPattern", "navigate", "forwardTo", "rerouteTo", "requireNonNull", "IllegalStateException",
            "IllegalArgumentException", "UnsupportedOperationException", "AssertionError", "BadRequestException",
            "NotFoundException", "getHeader", "setHeader", "put", "get", "getOrDefault", "containsKey", "Icon",
            "withProperty", "withFunction", "Route", "RouteAlias", "CssImport", "JsModule", "JavaScript", "NpmPackage",
            "StyleSheet", "Tag", "Value", "Qualifier", "Scheduled", "Cookie", "setSortProperty", "setDownload",
            "getQueryParameters", "simple", "setContentType", "setCharset", "Anchor", "RouterLink", "addJsonBody",
            "withZone", "attr", "setAttributeName", "LitRenderer");

    /** Words that are the same in every language: names of the product, of formats, of keys. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Crosscheck", "CSV", "W3C", "JSON", "JSON-LD",
            "HTML", "API", "PDF", "UTC", "Ctrl", "Enter", "Esc", "Escape", "Tab", "Shift", "Delete", "Backspace",
            "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown", "Space",
            "· Crosscheck");

    @Test
    void screensAndMailsTakeTheirWordsFromTheBundles() throws IOException {
        String only = System.getProperty("i18n.only");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(HardCodedTextTest::showsText).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString();
                if (only != null && !relative.startsWith(only + "/")) {
                    continue;
                }
                for (JavaStrings.Literal literal : JavaStrings.of(Files.readString(file))) {
                    if (readByUsers(literal)) {
                        found.add(relative + ":" + literal.line() + ": \"" + literal.value() + "\"");
                    }
                }
            }
        }
        assertThat(found).as("Words a user reads, written in the code instead of a message bundle "
                + "(move them to src/main/resources/i18n/<feature>.properties, or mark the line "
                + "// not translated: why)").isEmpty();
    }

    private static boolean showsText(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && !path.endsWith("package-info.java")
                && (path.contains("/ui/") || path.contains("/app/") || path.endsWith("/notify/MailNotifier.java"));
    }

    static boolean readByUsers(JavaStrings.Literal literal) {
        String value = literal.value().strip();
        if (value.isEmpty() || !PROSE.matcher(value).find() || KEY.matcher(value).matches()
                || SAME_IN_EVERY_LANGUAGE.contains(value) || literal.restOfLine().contains("// not translated")) {
            return false;
        }
        if (looksLikeCode(value)) {
            return false;
        }
        String before = literal.before();
        int open = openBracket(before);
        if (open < 0) {
            return true;
        }
        String head = before.substring(0, open).stripTrailing();
        String call = head.replaceAll("(?s).*?([A-Za-z_][A-Za-z0-9_]*)$", "$1");
        if (head.endsWith("getStyle().set") || head.endsWith("getElement().setAttribute") && !value.contains(" ")) {
            return false;
        }
        // A link's first argument is its address; the words are its second.
        if ((call.equals("Anchor") || call.equals("RouterLink")) && !before.substring(open).contains(",")) {
            return false;
        }
        if ((call.equals("Anchor") || call.equals("RouterLink"))) {
            return true;
        }
        return !NOT_SHOWN.contains(call);
    }

    /** Where the innermost call still open before the literal starts, or -1 outside any call. */
    private static int openBracket(String before) {
        int depth = 0;
        for (int k = before.length() - 1; k >= 0; k--) {
            char c = before.charAt(k);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return k;
                }
                depth--;
            } else if ((c == ';' || c == '{' || c == '}') && depth == 0) {
                return -1;
            }
        }
        return -1;
    }

    /** CSS, paths, selectors, scripts, patterns, property names: nothing a user reads. */
    private static boolean looksLikeCode(String value) {
        return value.startsWith("/") || value.startsWith(".") || value.startsWith("[") || value.startsWith("#")
                || value.startsWith("--") || value.startsWith("var(") || value.startsWith("this.")
                || value.startsWith("return ") || value.startsWith("const ") || value.startsWith("let ")
                || value.startsWith("window.") || value.startsWith("document.") || value.startsWith("vaadin-")
                || value.startsWith("lumo") || value.startsWith("data-") || value.startsWith("aria-")
                || value.startsWith("http://") || value.startsWith("https://") || value.startsWith("mailto:")
                || value.contains("=>") || value.contains("${") || value.contains("();") || value.contains("$0")
                || value.contains("<") && value.contains(">") && value.contains("=") && value.contains("\"")
                || value.matches("[a-z][a-z0-9]*(-[a-z0-9]+)+") // css class, element name
                || value.matches("[a-z][a-zA-Z0-9]*") && !value.matches(".*[a-z]{3,}.*[ ].*") // identifiers
                || value.matches("[\\w-]+:[^ ]*;.*") || value.matches("[0-9.]+(px|rem|em|%|ch|vh|vw|fr)?( .*)?");
    }
}
