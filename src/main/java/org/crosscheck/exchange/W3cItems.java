package org.crosscheck.exchange;

import org.crosscheck.base.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The annotations of a W3C file, read one at a time from disk: an AnnotationCollection (its pages,
 * embedded one in the next), an AnnotationPage, a list, a Hypothesis search result ({@code rows}),
 * or one Annotation. Only the annotation being read is held as a tree, never the whole file: a
 * 64 MB file parsed whole took ten times that in memory.
 */
final class W3cItems {

    /** Fields that hold further annotations rather than belong to one. */
    private static final Set<String> CONTAINERS = Set.of("first", "next", "items", "rows");
    /** Reads one value in the middle of the file: what follows it is the rest of the file, not an error. */
    private static final ObjectReader VALUE = ExchangeJson.MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private W3cItems() {
    }

    /** Hands each annotation in the file to {@code onItem}, in order; returns how many there were. */
    static long forEach(Path file, Consumer<JsonNode> onItem) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = ExchangeJson.MAPPER.createParser(in)) {
            if (parser.nextToken() == null) {
                throw DomainException.of("exchange.import.empty");
            }
            long[] count = {0};
            value(parser, onItem, count);
            return count[0];
        } catch (JacksonException e) {
            throw DomainException.of("exchange.import.not-json", e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonParser parser, Consumer<JsonNode> onItem, long[] count) {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                value(parser, onItem, count);
            }
        } else if (parser.currentToken() == JsonToken.START_OBJECT) {
            object(parser, onItem, count);
        }
        // a bare value where annotations were expected holds none
    }

    private static void object(JsonParser parser, Consumer<JsonNode> onItem, long[] count) {
        ObjectNode node = ExchangeJson.MAPPER.createObjectNode();
        boolean container = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken next = parser.nextToken();
            if (CONTAINERS.contains(name) && (next == JsonToken.START_ARRAY || next == JsonToken.START_OBJECT)) {
                container = true;
                value(parser, onItem, count);
            } else {
                node.set(name, VALUE.<JsonNode>readValue(parser));
            }
        }
        if (!container && node.has("target")) {
            count[0]++;
            onItem.accept(node);
        }
    }
}
