package org.crosscheck.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moment a page says it was published, from an ISO date-time ("2025-10-01T09:14:00+08:00", as
 * in a page's metadata) or a dateline ("Updated 1 October 2025, 09:14 GMT", "Oct. 1, 2025 at
 * 9:14 a.m. PHT"). Only a time with a zone is a moment: "09:14" alone could be any of 26 hours, so
 * it gives nothing and the article keeps its date only.
 */
final class PublicationTime {

    /** Zone abbreviations that outlets print, as offsets; ambiguous ones (IST, CST) as most English-language newsrooms use them. */
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("UTC", "Z"), Map.entry("GMT", "Z"),
            Map.entry("Z", "Z"), Map.entry("BST", "+01:00"), Map.entry("WAT", "+01:00"), Map.entry("CET", "+01:00"),
            Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"), Map.entry("SAST", "+02:00"), Map.entry("CAT", "+02:00"),
            Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"), Map.entry("TRT", "+03:00"), Map.entry("EAT", "+03:00"),
            Map.entry("AST", "+03:00"), Map.entry("GST", "+04:00"), Map.entry("PKT", "+05:00"), Map.entry("IST", "+05:30"),
            Map.entry("NPT", "+05:45"), Map.entry("ICT", "+07:00"), Map.entry("WIB", "+07:00"), Map.entry("PHT", "+08:00"),
            Map.entry("PHST", "+08:00"), Map.entry("SGT", "+08:00"), Map.entry("HKT", "+08:00"), Map.entry("AWST", "+08:00"),
            Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"),
            Map.entry("NZST", "+12:00"), Map.entry("NZDT", "+13:00"), Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"),
            Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("AKST", "-09:00"), Map.entry("AKDT", "-08:00"),
            Map.entry("HST", "-10:00"));

    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)"
            + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)\\b?");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?";
    private static final Pattern DATELINE = Pattern.compile("(?i)(\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}|" + MONTH
            + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})[,;|\\s]+(?:at\\s+|-\\s+)?(\\d{1,2})[:.](\\d{2})\\s*"
            + "(a\\.?m\\.?|p\\.?m\\.?)?\\s*\\(?(?:(UTC|GMT)\\s*([+-]\\d{1,2}(?::?\\d{2})?)|(\\p{Lu}{1,5})\\b)");

    private PublicationTime() {
    }

    /** The moment {@code s} names, or null when it names no date with a time and a zone. */
    static Instant in(String s) {
        if (s == null || s.length() > 300) {
            return null;
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            try {
                String zone = iso.group(3).toUpperCase(Locale.ROOT);
                String offset = ZONES.getOrDefault(zone, zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
                return OffsetDateTime.parse(iso.group(1) + "T" + withSeconds(iso.group(2)) + offset).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
        }
        Matcher line = DATELINE.matcher(s);
        if (!line.find()) {
            return null;
        }
        LocalDate date = date(line.group(1));
        ZoneOffset offset = offset(line.group(5), line.group(6), line.group(7));
        if (date == null || offset == null) {
            return null;
        }
        int hour = Integer.parseInt(line.group(2));
        int minute = Integer.parseInt(line.group(3));
        String half = line.group(4) == null ? "" : line.group(4).toLowerCase(Locale.ROOT);
        if (half.startsWith("p") && hour < 12) {
            hour += 12;
        } else if (half.startsWith("a") && hour == 12) {
            hour = 0;
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return date.atTime(LocalTime.of(hour, minute)).toInstant(offset);
    }

    private static String withSeconds(String time) {
        return time.length() == 5 ? time + ":00" : time;
    }

    private static ZoneOffset offset(String utc, String hours, String abbreviation) {
        try {
            if (utc != null) {
                String h = hours.replace(":", "");
                int sign = h.startsWith("-") ? -1 : 1;
                String digits = h.substring(1);
                int hh = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
                int mm = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
                return ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
            }
            String zone = abbreviation == null ? null : ZONES.get(abbreviation.toUpperCase(Locale.ROOT));
            return zone == null ? null : ZoneOffset.of(zone);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern DATE_IN_LINE = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}|"
            + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?![\\p{L}\\d])");

    /** The first date written out in {@code line} ("Tarsk, 6 March 2025, 18:00"; "March 7, 2025 · 9:15 am"), or null. */
    static LocalDate dateIn(String line) {
        Matcher m = DATE_IN_LINE.matcher(line);
        while (m.find()) {
            LocalDate d = date(m.group(1));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A date in the forms datelines print ("1 October 2025", "Oct. 1, 2025", "2025-10-01"). */
    static LocalDate date(String s) {
        String cleaned = s.strip().replace(".", "").replaceAll("\\s+", " ").replace("Sept ", "Sep ");
        for (String pattern : List.of("yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy",
                "MMM d, yyyy", "MMM d yyyy")) {
            try {
                return LocalDate.parse(cleaned, new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                        .appendPattern(pattern.replace("yyyy", "uuuu")).toFormatter(Locale.ENGLISH)
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }
}
