package org.crosscheck.article;

import org.crosscheck.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an uploaded .txt, .html or .md file into an article draft, refusing what is not a text
 * article: empty, too large, binary, or not UTF-8. The draft's title is the page's headline, and its
 * outlet, address, date and byline are what the page names ({@link BodyDetector#details}). Nothing is stored here; the checks run before
 * anything is imported, so a bad file never leaves half an article behind.
 */
@Component
public class ArticleFileReader {

    private static final Logger log = LoggerFactory.getLogger(ArticleFileReader.class);
    /** The first level-one heading of a Markdown file: its title. */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^\\s{0,3}#\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern MARKDOWN_MARKUP = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+)");

    private final ImportLimits limits;

    ArticleFileReader(ImportLimits limits) {
        this.limits = limits;
    }

    public ImportLimits limits() {
        return limits;
    }

    /**
     * Reads an uploaded file from its stream, never more than the size limit: a larger file is
     * refused as soon as the limit is passed, without reading (or holding) the rest.
     */
    public ImportedFile read(String fileName, InputStream in) throws IOException {
        long max = limits.maxFileSize().toBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                log.info("Refused import of '{}': more than {} bytes", fileName, max);
                return tooLarge(fileName == null ? "" : fileName);
            }
            out.write(buffer, 0, n);
        }
        return read(fileName, out.toByteArray());
    }

    public ImportedFile read(String fileName, byte[] bytes) {
        ImportedFile result = check(fileName, bytes);
        if (!result.isOk()) {
            log.info("Refused import of '{}' ({} bytes): {}", fileName, bytes == null ? 0 : bytes.length, result.problem());
        }
        return result;
    }

    private ImportedFile check(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName;
        String lower = name.toLowerCase(Locale.ROOT);
        ArticleFormat format;
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            format = ArticleFormat.TEXT;
        } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            format = ArticleFormat.HTML;
        } else if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            format = ArticleFormat.MARKDOWN;
        } else {
            return ImportedFile.refused(name, "article.import.wrong-type");
        }
        if (bytes == null || bytes.length == 0) {
            return ImportedFile.refused(name, "article.import.empty");
        }
        if (bytes.length > limits.maxFileSize().toBytes()) {
            return tooLarge(name);
        }
        if (looksBinary(bytes)) {
            return ImportedFile.refused(name, "article.import.binary");
        }
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ImportedFile.refused(name, "article.import.not-utf8");
        }
        String text;
        PageDetails given;
        switch (format) {
            case HTML -> {
                HtmlToText.Result html = HtmlToText.convert(raw);
                text = html.text();
                given = html.details();
            }
            case MARKDOWN -> {
                Matcher heading = MARKDOWN_HEADING.matcher(raw);
                text = ArticleText.normalize(MARKDOWN_MARKUP.matcher(raw).replaceAll(""));
                given = new PageDetails(heading.find() ? heading.group(1) : null, null, null, null, null);
            }
            default -> {
                text = ArticleText.normalize(raw);
                given = PageDetails.NONE;
            }
        }
        if (text.isEmpty()) {
            return ImportedFile.refused(name, "article.import.no-text");
        }
        // The page's own headline and details, not its first line (often the site's navigation, or
        // another story's headline above this one); the markup's, where it has them, come first.
        PageDetails found = given.or(BodyDetector.details(text, given.headline()));
        String title = found.headline();
        boolean headlineFound = title != null;
        if (title == null) {
            title = BodyDetector.openingWords(text);
        }
        if (title == null || title.isBlank()) {
            title = name.replaceFirst("\\.[^.]+$", "");
        }
        ArticleDraft draft = new ArticleDraft(Texts.abbreviate(title, 500), found.outlet(), found.url(),
                found.publishedOn(), name, format, raw, found.byline(), found.publishedAt());
        return ImportedFile.ok(name, draft, text, headlineFound);
    }

    ImportedFile tooLarge(String name) {
        return ImportedFile.refused(name, ImportedFile.TOO_LARGE, limits.maxFileSizeLabel());
    }

    /** NUL bytes, or many control characters, do not occur in text files. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 100;
    }
}
