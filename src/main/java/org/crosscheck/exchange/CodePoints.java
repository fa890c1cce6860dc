package org.crosscheck.exchange;

import java.util.Arrays;

/**
 * Converts offsets into one text between UTF-16 code units (what Java, the browser and our database
 * count) and Unicode code points (what the W3C Web Annotation model counts): they differ after
 * every character outside the Basic Multilingual Plane, such as an emoji. Built once per text,
 * each conversion is a binary search over the text's surrogate pairs only.
 */
public final class CodePoints {

    /** UTF-16 index of the high surrogate of each pair, ascending. */
    private final int[] pairs;
    private final int length;

    public CodePoints(String text) {
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i++;
            }
        }
        this.pairs = Arrays.copyOf(found, n);
        this.length = text.length();
    }

    /** The code point index of UTF-16 offset {@code utf16} (which must not split a pair). */
    public int toCodePoint(int utf16) {
        // Pairs that end at or before the offset each took two units for one code point.
        int before = countBelow(utf16 - 1);
        return utf16 - before;
    }

    /** The UTF-16 offset of code point index {@code cp}; -1 when it lies beyond the text. */
    public int toUtf16(int cp) {
        if (cp < 0) {
            return -1;
        }
        // The k-th pair (0-based) starts at code point pairs[k] - k.
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] - mid < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int utf16 = cp + lo;
        return utf16 > length ? -1 : utf16;
    }

    /** How many pairs start below {@code index}. */
    private int countBelow(int index) {
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
