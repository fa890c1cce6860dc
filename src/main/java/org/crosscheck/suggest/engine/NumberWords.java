package org.crosscheck.suggest.engine;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Numbers written in words: "twenty-three", "a hundred", "two thousand", and the vague ones ("dozens"). */
final class NumberWords {

    static final String UNITS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen";
    static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    static final String SCALES = "hundred|thousand|million|billion|trillion";

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));

    /** The low and high end of a vague amount, or null if the words are not one. */
    static BigDecimal[] vague(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "dozens", "several dozen", "a few dozen" -> range(24, 99);
            case "scores" -> range(40, 99);
            case "hundreds", "several hundred", "a few hundred" -> range(200, 999);
            case "thousands", "several thousand", "a few thousand" -> range(2000, 9999);
            case "tens of thousands" -> range(20000, 99999);
            case "hundreds of thousands" -> range(200000, 999999);
            case "millions", "several million" -> range(2000000, 999999999);
            default -> null;
        };
    }

    private static BigDecimal[] range(long low, long high) {
        return new BigDecimal[] {BigDecimal.valueOf(low), BigDecimal.valueOf(high)};
    }

    /** The value of "twenty-three", "a hundred", "two thousand five hundred", "a dozen"; null if not a number. */
    static BigDecimal value(String words) {
        String[] parts = words.toLowerCase(Locale.ROOT).split("[\\s-]+");
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String p : parts) {
            if (p.equals("and")) {
                continue;
            }
            Integer small = SMALL.get(p);
            if (small != null) {
                current = p.equals("dozen") ? Math.max(1, current) * 12 : current + small;
                any = true;
                continue;
            }
            long scale = switch (p) {
                case "hundred" -> 100;
                case "thousand" -> 1_000;
                case "million" -> 1_000_000;
                case "billion" -> 1_000_000_000;
                case "trillion" -> 1_000_000_000_000L;
                default -> -1;
            };
            if (scale < 0) {
                return null;
            }
            current = Math.max(1, current);
            if (scale == 100) {
                current *= 100;
            } else {
                total += current * scale;
                current = 0;
            }
            any = true;
        }
        return any ? BigDecimal.valueOf(total + current) : null;
    }

    static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "hundred" -> BigDecimal.valueOf(100);
            case "thousand", "k" -> BigDecimal.valueOf(1_000);
            case "million", "m", "mn", "mln" -> BigDecimal.valueOf(1_000_000);
            case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
            case "trillion", "tn" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> BigDecimal.ONE;
        };
    }
}
