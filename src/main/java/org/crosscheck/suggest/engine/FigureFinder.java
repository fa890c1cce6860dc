package org.crosscheck.suggest.engine;

import org.crosscheck.annotation.FigureQualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of an article: numbers in digits ("1,000", "38.000", "3.2 million", "€3.2m",
 * "12%") and in words ("dozens", "a hundred", "two-fold", "near-doubling"), with the qualifier
 * before them, a range when there is one, the unit, and what they count. Dates, times, years, ages
 * after names, identifiers ("COVID-19", "Resolution 2334"), links and list numbering are left out.
 */
final class FigureFinder {

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?![.,]?\\d)|\\d+(?:[.,]\\d+)?";
    private static final String SMALL_WORDS = NumberWords.UNITS + "|" + NumberWords.TENS;
    private static final Pattern FIGURE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}@#/_:+])"
            + "(?<cur>[€$£¥]|US\\$|(?:USD|EUR|GBP)\\s?)?(?:"
            + "(?<num>" + DIGITS + ")(?:\\s?(?<scale>million|billion|trillion|thousand|hundred|mln|mn|bn|m|k)(?![\\p{L}]))?"
            + "|(?<vague>tens of thousands|hundreds of thousands|(?:several|a few)\\s+(?:dozen|hundred|thousand|million)"
            + "|dozens|hundreds|thousands|millions|scores)"
            + "|(?<factor>(?:near-|nearly-)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]?fold"
            + "|(?:near-)?doubl(?:ing|ed|es|e)|(?:near-)?tripl(?:ing|ed|es|e)|quadrupl(?:ing|ed|es|e)|halv(?:ed|ing|es|e))"
            + "|(?<words>a dozen|(?:(?:" + NumberWords.TENS + ")(?:[\\s-](?:" + NumberWords.UNITS + "))?|a|an|"
            + NumberWords.UNITS + ")"
            + "(?:\\s(?:hundred|thousand|million|billion)(?:\\s(?:and\\s)?(?:" + SMALL_WORDS + ")(?:-(?:"
            + NumberWords.UNITS + "))?)?)*)"
            + ")(?<pct>\\s?(?:%|per ?cent\\b|percent\\b))?(?![\\p{L}\\p{N}])");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(?<q>more than|more|over|upwards of|in excess of|above"
            + "|just over|almost|nearly|near|close to|just under|at least|a minimum of|no fewer than|no less than|about"
            + "|around|some|approximately|roughly|an estimated|estimated|up to|at most|fewer than|less than|under|below"
            + "|as many as|no more than)\\s+$");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:" + MONTHS + ")\\.?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s*)?$");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^(?:\\s*(?:-|–|to|and)\\s*\\d{1,2})?(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:" + MONTHS + ")\\b");
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)^(?::\\d{2}|\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|hrs\\b|gmt\\b|utc\\b|o’clock|o'clock))");
    private static final Pattern AGE_AFTER = Pattern.compile("(?i)^(?:-year-old|-month-old|\\s+years?\\s+old\\b|\\s*,)");
    private static final Pattern NAME_COMMA_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]+,\\s*$");
    private static final Pattern IDENTIFIER_BEFORE = Pattern.compile("(?:Article|Section|Chapter|Resolution|Flight|Route"
            + "|Highway|Room|No\\.|Nos\\.|Number|Windows|iPhone|Galaxy|Boeing|Airbus|Model|Version|Level|Phase|Stage|Grade"
            + "|Class|Ward|District|Block|Gate|Platform|Terminal|Apollo|Game|Episode|Season|Part|Volume|Vol\\.|Page|pp?\\."
            + "|Formula|Category|Type|Series|Line|Bus|Channel|Street|Avenue|Road|Building|Unit|Camp|Zone|Sector|Act|Law"
            + "|Decree|Bill|Protocol|Group|Team|Squad|Division|Regiment|Brigade|Battalion|Region|Station|Studio|Track|Gen\\.)\\s+$");
    /** Telephone, emergency and fax numbers: "tel. +351 214 247 100", "call 112". */
    private static final Pattern PHONE_BEFORE = Pattern.compile("(?i)(?:\\b(?:tel|phone|telephone|fax|call|dial|ring|mobile|whatsapp)\\.?:?|\\+)\\s*(?:\\d+[\\s-]){0,4}$");
    private static final Pattern DIGIT_GROUPS_AFTER = Pattern.compile("^[\\s-]\\d{2,4}[\\s-]\\d{2,4}\\b");
    private static final Pattern AGED_BEFORE = Pattern.compile("(?i)\\b(?:aged|age|ages)\\s+$");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b(?:in|since|of|by|until|till|from|year|early|late|mid|before|after|during|through|and|or|to|—|–|-)\\s*$");
    private static final Pattern TIME_REFERENCE = Pattern.compile("(?i)^[\\s-]*(?:[\\p{L}]+\\s+){0,2}?(?:ago|later|earlier|before|after)\\b");
    private static final Pattern RANGE_AFTER = Pattern.compile("(?i)^\\s*(?:-|–|—|to|and)\\s*(?<n>" + DIGITS + ")(?:\\s?(?<s>million|billion|thousand|hundred|m|bn|k)\\b)?(?![\\p{L}\\p{N}])");
    private static final Pattern DURATION_AFTER = Pattern.compile("(?i)^(?:-|\\s)(?<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?)\\b");
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^\\s?(?<u>km/h|kph|mph|km|kilometres|kilometers|miles|millimetres|millimeters|centimetres|centimeters|metres|meters|inches|feet|ft|m²|sq km|square kilometres|square kilometers|hectares|acres|kg|kilograms|tonnes|tons|litres|liters|barrels|°C|°F|degrees|mm|cm|MW|GW|kWh)(?![\\p{L}])");

    private FigureFinder() {
    }

    static List<FoundFigure> find(String text, Paragraphs paragraphs) {
        List<FoundFigure> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.count(); p++) {
            findIn(text, paragraphs.starts()[p], paragraphs.ends()[p], out);
        }
        return out;
    }

    private static void findIn(String text, int ps, int pe, List<FoundFigure> out) {
        Matcher m = FIGURE.matcher(text);
        m.region(ps, pe);
        m.useTransparentBounds(true);
        int skipUntil = ps;
        String lastNoun = null;
        int lastSentence = -1;
        while (m.find()) {
            if (m.start() < skipUntil) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            String before = text.substring(Math.max(ps, start - 40), start);
            String after = text.substring(end, Math.min(pe, end + 160));
            if (excluded(text, m, ps, before, after)) {
                Matcher range = RANGE_AFTER.matcher(after);
                skipUntil = range.find() ? end + range.end() : end;
                continue;
            }
            Reading reading = read(m);
            if (reading == null) {
                continue;
            }
            BigDecimal value = reading.value;
            BigDecimal max = reading.max;
            FigureQualifier qualifier = reading.qualifier;
            String unit = reading.unit;
            Matcher q = QUALIFIER.matcher(before);
            if (q.find()) {
                qualifier = qualifierOf(q.group("q"));
                start = start - (before.length() - q.start());
            }
            Matcher range = RANGE_AFTER.matcher(after);
            if (m.group("num") != null && max == null && range.find() && (!range.group().strip().startsWith("and")
                    || before.toLowerCase(Locale.ROOT).matches("(?s).*\\bbetween\\s+$"))) {
                BigDecimal high = parseDigits(range.group("n")).multiply(NumberWords.scale(
                        range.group("s") != null ? range.group("s") : m.group("scale")));
                if (high.compareTo(value) > 0) {
                    max = high;
                    end += range.end();
                    skipUntil = end;
                    after = text.substring(end, Math.min(pe, end + 160));
                    if (before.toLowerCase(Locale.ROOT).matches("(?s).*\\bbetween\\s+$")) {
                        start -= "between ".length();
                    }
                }
            }
            Matcher duration = DURATION_AFTER.matcher(after);
            Matcher measure = UNIT_AFTER.matcher(after);
            String durationUnit = null;
            if (unit == null && duration.find()) {
                unit = duration.group("u").toLowerCase(Locale.ROOT).replaceAll("s$", "").replace("centurie", "century") + "s";
                durationUnit = unit;
            } else if (unit == null && measure.find()) {
                unit = measure.group("u");
                durationUnit = null;
                after = after.substring(measure.end());
            }
            int sentenceStart = sentenceStart(text, ps, start);
            if (sentenceStart != lastSentence) {
                lastNoun = null;
                lastSentence = sentenceStart;
            }
            String clause = clauseAfter(text, end, pe, m);
            if (unit != null && reading.unit == null && durationUnit == null) {
                Matcher measured = UNIT_AFTER.matcher(clause);
                if (measured.find()) {
                    clause = clause.substring(measured.end());
                }
            }
            Counted counted = Counted.of(text.substring(sentenceStart, start), clause, reading.factor, lastNoun,
                    durationUnit);
            if (counted.noun() != null) {
                lastNoun = counted.noun();
            }
            boolean update = Counted.reportsChange(text.substring(sentenceStart, Math.min(pe, sentenceEnd(text, end, pe))));
            double confidence = counted.topic() != null ? 0.9 : counted.text() != null ? 0.75 : 0.6;
            String exact = text.substring(start, end);
            out.add(new FoundFigure(start, end, exact, value, max, qualifier, unit, counted.text(), counted.topic(),
                    update, confidence));
        }
    }

    private record Reading(BigDecimal value, BigDecimal max, FigureQualifier qualifier, String unit, boolean vague,
                           boolean factor) {
    }

    private static Reading read(Matcher m) {
        String unit = null;
        if (m.group("cur") != null) {
            unit = switch (m.group("cur").strip().toUpperCase(Locale.ROOT)) {
                case "€", "EUR" -> "EUR";
                case "$", "US$", "USD" -> "USD";
                case "£", "GBP" -> "GBP";
                case "¥" -> "JPY";
                default -> m.group("cur").strip();
            };
        }
        if (m.group("pct") != null) {
            unit = "%";
        }
        if (m.group("num") != null) {
            BigDecimal v = parseDigits(m.group("num")).multiply(NumberWords.scale(m.group("scale")));
            return new Reading(v.stripTrailingZeros(), null, FigureQualifier.NONE, unit, false, false);
        }
        if (m.group("vague") != null) {
            BigDecimal[] r = NumberWords.vague(m.group("vague"));
            return r == null ? null : new Reading(r[0], r[1], FigureQualifier.NONE, unit, true, false);
        }
        if (m.group("factor") != null) {
            String f = m.group("factor").toLowerCase(Locale.ROOT);
            BigDecimal v;
            if (f.contains("doubl")) {
                v = BigDecimal.valueOf(2);
            } else if (f.contains("tripl")) {
                v = BigDecimal.valueOf(3);
            } else if (f.contains("quadrupl")) {
                v = BigDecimal.valueOf(4);
            } else if (f.contains("halv")) {
                v = new BigDecimal("0.5");
            } else {
                String n = f.replaceAll("^near(ly)?-", "").replaceAll("[- ]?fold$", "");
                v = n.chars().allMatch(Character::isDigit) ? new BigDecimal(n) : NumberWords.value(n);
            }
            FigureQualifier q = f.startsWith("near") ? FigureQualifier.ALMOST : FigureQualifier.NONE;
            return v == null ? null : new Reading(v, null, q, "×", false, true);
        }
        String words = m.group("words");
        String w = words.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an") || w.equals("one")) {
            return null;
        }
        BigDecimal v = NumberWords.value(words);
        return v == null ? null : new Reading(v, null, FigureQualifier.NONE, unit, false, false);
    }

    static BigDecimal parseDigits(String s) {
        if (s.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?")) {
            return new BigDecimal(s.replace(",", ""));
        }
        if (s.matches("\\d{1,3}(?:\\.\\d{3})+")) {
            return new BigDecimal(s.replace(".", ""));
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    private static boolean excluded(String text, Matcher m, int ps, String before, String after) {
        int start = m.start();
        // Glued to a word: "COVID-19", "F-16", "MH17".
        if (start >= 2 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '.')
                && Character.isLetter(text.charAt(start - 2))) {
            return true;
        }
        if (inLinkOrHandle(text, start, ps)) {
            return true;
        }
        boolean digits = m.group("num") != null;
        if (MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find()) {
            return digits || m.group("words") != null;
        }
        if (digits && TIME_AFTER.matcher(after).find()) {
            return true;
        }
        if (digits && AGE_AFTER.matcher(after).find()
                && (NAME_COMMA_BEFORE.matcher(before).find() || !after.startsWith(","))) {
            return true;
        }
        if (digits && (PHONE_BEFORE.matcher(before).find() || DIGIT_GROUPS_AFTER.matcher(after).find())) {
            return true;
        }
        if (digits && AGED_BEFORE.matcher(before).find()) {
            return true;
        }
        if (digits && start == ps && after.matches("(?s)^[.)]\\s.*")) {
            return true;
        }
        if (IDENTIFIER_BEFORE.matcher(before).find()) {
            return true;
        }
        if (digits && m.group("scale") == null && m.group("cur") == null && m.group("pct") == null
                && m.group("num").matches("(?:18|19|20)\\d\\d") && isYear(before, after)) {
            return true;
        }
        return TIME_REFERENCE.matcher(after).find() && m.group("factor") == null && m.group("pct") == null
                && m.group("cur") == null;
    }

    private static boolean isYear(String before, String after) {
        if (YEAR_BEFORE.matcher(before).find() || before.isBlank()) {
            return true;
        }
        return !after.matches("(?s)^\\s+[a-z]+s\\b.*");
    }

    private static boolean inLinkOrHandle(String text, int at, int from) {
        int s = at;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = at;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        String token = text.substring(s, e);
        return token.contains("/") || token.contains("@") || token.startsWith("#") || token.contains("www.");
    }

    private static FigureQualifier qualifierOf(String q) {
        return switch (q.toLowerCase(Locale.ROOT)) {
            case "more than", "more", "over", "upwards of", "in excess of", "above", "just over" -> FigureQualifier.MORE_THAN;
            case "almost", "nearly", "near", "close to", "just under" -> FigureQualifier.ALMOST;
            case "at least", "a minimum of", "no fewer than", "no less than" -> FigureQualifier.AT_LEAST;
            case "up to", "at most", "fewer than", "less than", "under", "below", "as many as", "no more than" -> FigureQualifier.AT_MOST;
            default -> FigureQualifier.ABOUT;
        };
    }

    private static int sentenceStart(String text, int ps, int at) {
        for (int i = at - 1; i > ps; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && Character.isWhitespace(text.charAt(i + 1))
                    && !(c == '.' && i > 0 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))))
                    && !(c == '.' && text.substring(Math.max(ps, i - 4), i).matches("(?i).*\\b(?:mr|ms|mrs|dr|jan|feb|no|st)"))) {
                return i + 1;
            }
        }
        return ps;
    }

    private static int sentenceEnd(String text, int from, int pe) {
        for (int i = from; i < pe; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= pe || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return pe;
    }

    /** The words after the figure up to the end of its clause: the next figure, a semicolon or the sentence's end. */
    private static String clauseAfter(String text, int end, int pe, Matcher m) {
        int limit = Math.min(pe, sentenceEnd(text, end, pe));
        int semi = text.indexOf(';', end);
        if (semi >= 0 && semi < limit) {
            limit = semi;
        }
        Matcher next = FIGURE.matcher(text);
        next.region(end, limit);
        next.useTransparentBounds(true);
        while (next.find()) {
            String w = next.group("words");
            if (w != null && (w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an") || w.equalsIgnoreCase("one"))) {
                continue;
            }
            String between = text.substring(end, next.start());
            if (between.matches("(?s).*\\b(?:and|while|but|,)\\s+(?:(?:more|over|almost|nearly|about|around|at least|up to|some)\\s+)?(?:than\\s+)?$")
                    || between.matches("(?s).*[,;]\\s*$")) {
                limit = next.start();
                break;
            }
        }
        return text.substring(end, limit);
    }
}
