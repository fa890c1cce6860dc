package org.crosscheck.exchange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads, compares and rewrites bundles in tests. */
final class BundleContent {

    private BundleContent() {
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The bundle's content with what must differ between two exports left out: ids renumbered in
     * the order they appear (references follow them), the time and author of the export, and the
     * copy's own project id and creation time.
     */
    static Map<String, String> normalized(byte[] zip) {
        Map<String, JsonNode> files = new TreeMap<>();
        entries(zip).forEach((name, bytes) -> files.put(name, ExchangeJson.MAPPER.readTree(bytes)));
        ((ObjectNode) files.get("manifest.json")).remove(java.util.List.of("exportedAt", "exportedBy"));
        ((ObjectNode) files.get("project.json")).remove(java.util.List.of("id", "createdAt"));
        Map<Long, Long> articles = new HashMap<>();
        Map<Long, Long> annotations = new HashMap<>();
        long comments = 0;
        for (var e : files.entrySet()) {
            if (!e.getKey().startsWith("articles/")) {
                continue;
            }
            ObjectNode article = (ObjectNode) e.getValue();
            article.put("id", renumber(articles, article.get("id").asLong()));
            for (JsonNode a : article.get("annotations")) {
                ((ObjectNode) a).put("id", renumber(annotations, a.get("id").asLong()));
                for (JsonNode c : a.get("comments")) {
                    ((ObjectNode) c).put("id", ++comments);
                }
            }
        }
        long contradictions = 0;
        for (JsonNode c : files.get("contradictions.json")) {
            ((ObjectNode) c).put("id", ++contradictions);
            for (JsonNode s : c.get("spans")) {
                ((ObjectNode) s).put("articleId", articles.get(s.get("articleId").asLong()));
                if (!s.get("annotationId").isNull()) {
                    ((ObjectNode) s).put("annotationId", annotations.get(s.get("annotationId").asLong()));
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        files.forEach((name, json) -> out.put(name, json.toPrettyString()));
        return out;
    }

    private static long renumber(Map<Long, Long> ids, long id) {
        return ids.computeIfAbsent(id, k -> (long) ids.size() + 1);
    }

    /** The bundle with its JSON files changed by {@code change} (name, parsed JSON), zipped again. */
    static byte[] rewrite(byte[] zip, BiConsumer<String, JsonNode> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries(zip).entrySet()) {
                JsonNode json = ExchangeJson.MAPPER.readTree(e.getValue());
                change.accept(e.getKey(), json);
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(ExchangeJson.MAPPER.writeValueAsBytes(json));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
