package org.crosscheck.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much one import may bring, enforced while reading: the file as uploaded, each zip entry as
 * declared and as actually inflated (a zip bomb stops at the limit), and the number of entries.
 */
@ConfigurationProperties("crosscheck.exchange")
public record ExchangeLimits(DataSize maxImportSize, DataSize maxEntrySize, DataSize maxInflatedSize, int maxEntries) {

    public ExchangeLimits {
        maxImportSize = maxImportSize == null ? DataSize.ofMegabytes(256) : maxImportSize;
        maxEntrySize = maxEntrySize == null ? DataSize.ofMegabytes(64) : maxEntrySize;
        maxInflatedSize = maxInflatedSize == null ? DataSize.ofGigabytes(2) : maxInflatedSize;
        maxEntries = maxEntries <= 0 ? 20_000 : maxEntries;
    }
}
