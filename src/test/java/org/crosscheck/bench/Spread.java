package org.crosscheck.bench;

import java.util.Arrays;

/** Median, least and greatest of a benchmark's runs. */
final class Spread {

    private Spread() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
