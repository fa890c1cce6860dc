package org.crosscheck.exchange;

import java.math.BigDecimal;

/** Figures as exports write them: 1000.0000 as stored is "1000", 12.5000 is "12.5" (no exponent, ever). */
final class ExportValues {

    private ExportValues() {
    }

    static String plain(BigDecimal value) {
        return normalized(value).toPlainString();
    }

    /** Without trailing zeros, and without a negative scale (which JSON would write as 1E+3). */
    static BigDecimal normalized(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
