package org.crosscheck.exchange;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of exports and imports, fixed here rather than taken from the application's
 * mapper, so that a file means the same whatever else is configured: times as ISO-8601 strings,
 * unknown fields ignored (a later minor version may add some), missing flags false, strings as long as an
 * article.
 */
final class ExchangeJson {

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024).build())
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A flag or count a hand-made bundle leaves out reads as false or 0; offsets are checked later anyway.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ExchangeJson() {
    }
}
