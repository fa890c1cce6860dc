package org.crosscheck.exchange;

import org.crosscheck.base.DomainException;
import org.crosscheck.exchange.Bundle.ArticleEntry;
import org.crosscheck.exchange.Bundle.ContradictionEntry;
import org.crosscheck.exchange.Bundle.Manifest;
import org.crosscheck.exchange.Bundle.MemberEntry;
import org.crosscheck.exchange.Bundle.ProjectEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a bundle defensively. Before anything is imported: it must be a whole zip, hold only the
 * files a bundle has (no other paths, so no {@code ../}, no absolute paths, no nested archives),
 * at most so many entries, each no larger than the limit as declared and as actually inflated,
 * and a manifest of a format version this Crosscheck reads. Every refusal names what is wrong.
 */
final class BundleReader implements AutoCloseable {

    private static final Pattern ARTICLE = Pattern.compile("articles/\\d{5}\\.json");
    private static final Set<String> FILES = Set.of(Bundle.MANIFEST, Bundle.PROJECT, Bundle.MEMBERS, Bundle.CONTRADICTIONS,
            Bundle.KINDS, Bundle.AGREEMENT);

    private final ZipFile zip;
    private final ExchangeLimits limits;
    private final List<String> articles = new ArrayList<>();
    private long inflated;

    private BundleReader(ZipFile zip, ExchangeLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    static BundleReader open(Path file, ExchangeLimits limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw DomainException.of("exchange.bundle.not-zip", e.getMessage());
        } catch (IOException e) {
            throw DomainException.of("exchange.bundle.unreadable", e.getMessage());
        }
        BundleReader reader = new BundleReader(zip, limits);
        try {
            reader.checkEntries();
            return reader;
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private void checkEntries() {
        if (zip.size() > limits.maxEntries()) {
            throw DomainException.of("exchange.bundle.too-many-files", zip.size(), limits.maxEntries());
        }
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
                throw DomainException.of("exchange.bundle.unsafe-path", printable(name));
            }
            if (entry.isDirectory() && name.equals(Bundle.ARTICLE_PREFIX)) {
                continue;
            }
            if (!FILES.contains(name) && !ARTICLE.matcher(name).matches()) {
                throw DomainException.of("exchange.bundle.stray-file", printable(name));
            }
            if (!seen.add(name)) {
                throw DomainException.of("exchange.bundle.twice", printable(name));
            }
            if (entry.getSize() > limits.maxEntrySize().toBytes()) {
                throw DomainException.of("exchange.bundle.entry-too-large", name, limits.maxEntrySize().toMegabytes());
            }
            if (ARTICLE.matcher(name).matches()) {
                articles.add(name);
            }
        }
        if (!seen.contains(Bundle.MANIFEST)) {
            throw DomainException.of("exchange.bundle.no-manifest");
        }
        for (String required : List.of(Bundle.PROJECT, Bundle.CONTRADICTIONS)) {
            if (!seen.contains(required)) {
                throw DomainException.of("exchange.bundle.incomplete", required);
            }
        }
        articles.sort(null);
    }

    Manifest manifest() {
        Manifest manifest = read(Bundle.MANIFEST, new TypeReference<>() {
        });
        if (!Bundle.FORMAT.equals(manifest.format())) {
            throw DomainException.of("exchange.bundle.wrong-format", printable(String.valueOf(manifest.format())));
        }
        if (manifest.version() > Bundle.VERSION) {
            throw DomainException.of("exchange.bundle.newer", String.valueOf(manifest.version()),
                    String.valueOf(Bundle.VERSION));
        }
        if (manifest.version() < 1) {
            throw DomainException.of("exchange.bundle.no-version");
        }
        return manifest;
    }

    ProjectEntry project() {
        return read(Bundle.PROJECT, new TypeReference<>() {
        });
    }

    List<MemberEntry> members() {
        if (zip.getEntry(Bundle.MEMBERS) == null) {
            return List.of();
        }
        List<MemberEntry> members = read(Bundle.MEMBERS, new TypeReference<>() {
        });
        return members == null ? List.of() : members;
    }

    /** The project's own kinds the bundle describes (none in a bundle from before kinds). */
    List<org.crosscheck.annotation.KindDescription> kinds() {
        if (zip.getEntry(Bundle.KINDS) == null) {
            return List.of();
        }
        List<org.crosscheck.annotation.KindDescription> kinds = read(Bundle.KINDS, new TypeReference<>() {
        });
        return kinds == null ? List.of() : kinds;
    }

    List<ContradictionEntry> contradictions() {
        List<ContradictionEntry> list = read(Bundle.CONTRADICTIONS, new TypeReference<>() {
        });
        return list == null ? List.of() : list;
    }

    List<String> articleEntries() {
        return articles;
    }

    ArticleEntry article(String name) {
        return read(name, new TypeReference<>() {
        });
    }

    private <T> T read(String name, TypeReference<T> type) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw DomainException.of("exchange.bundle.incomplete", name);
        }
        try (InputStream in = new Limited(zip.getInputStream(entry), name)) {
            T value = ExchangeJson.MAPPER.readValue(in, type);
            if (value == null) {
                throw DomainException.of("exchange.bundle.empty-entry", name);
            }
            return value;
        } catch (JacksonException e) {
            if (e.getCause() instanceof DomainException limit) {
                throw limit;
            }
            throw DomainException.of("exchange.bundle.invalid-entry", name, e.getOriginalMessage());
        } catch (ZipException e) {
            throw DomainException.of("exchange.bundle.damaged", name, e.getMessage());
        } catch (IOException e) {
            throw DomainException.of("exchange.bundle.truncated", name);
        }
    }

    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // A temporary file, deleted by its owner.
        }
    }

    /** Counts what an entry inflates to, and stops at the limits: the declared size may lie. */
    private final class Limited extends FilterInputStream {
        private final String name;
        private long count;

        Limited(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            inflated += n;
            if (count > limits.maxEntrySize().toBytes()) {
                throw DomainException.of("exchange.bundle.entry-inflates", name, limits.maxEntrySize().toMegabytes());
            }
            if (inflated > limits.maxInflatedSize().toBytes()) {
                throw DomainException.of("exchange.bundle.inflates", limits.maxInflatedSize().toMegabytes());
            }
        }
    }
}
