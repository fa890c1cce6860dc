package org.crosscheck.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article in a page scrape: the story starts at its first paragraph of running prose and
 * ends at a footer, a "latest headlines" heading, or where a different story begins (paragraphs
 * that share almost no words with the story's opening). Before the story, navigation, share lines,
 * the headline, summary bullets and photo captions are left out; the headline (the line there that
 * shares the story's words, never the site's navigation nor another story's headline), a dateline,
 * a byline and an address are kept as the article's details, with the outlet a copyright line
 * names. Within the story, subheadings and everything else are kept as they are; share lines and
 * cookie notices are left out wherever they are. Plain Java, no I/O.
 */
public final class BodyDetector {

    /** A line of the page: kept in the body ({@code reason} null), or left out and why, in words for the importer. */
    public record Line(String text, String reason) {
        public boolean kept() {
            return reason == null;
        }
    }

    /**
     * The message key of each reason a line is left out for, so a screen can say it in the reader's
     * language; the reasons themselves stay English (the API returns them, the tests read them).
     */
    private static final java.util.Map<String, String> REASON_KEYS = java.util.Map.ofEntries(
            java.util.Map.entry("left out by the importer", "article.body.reason.by-importer"),
            java.util.Map.entry("footer or links after the article", "article.body.reason.footer"),
            java.util.Map.entry("after the article (another story or links)", "article.body.reason.after"),
            java.util.Map.entry("share or navigation line", "article.body.reason.share"),
            java.util.Map.entry("cookie notice", "article.body.reason.cookies"),
            java.util.Map.entry("dateline (kept as the date)", "article.body.reason.dateline"),
            java.util.Map.entry("byline (kept as metadata)", "article.body.reason.byline"),
            java.util.Map.entry("address (kept as the URL)", "article.body.reason.address"),
            java.util.Map.entry("headline of another story", "article.body.reason.other-headline"),
            java.util.Map.entry("headline (kept as the title)", "article.body.reason.headline"),
            java.util.Map.entry("summary before the article", "article.body.reason.summary"),
            java.util.Map.entry("photo caption", "article.body.reason.caption"),
            java.util.Map.entry("before the article (navigation, headings)", "article.body.reason.before"));

    /** The message key of a line's reason for being left out, or null for a reason without one. */
    public static String reasonKey(String reason) {
        return reason == null ? null : REASON_KEYS.get(reason);
    }

    /** A line left out of the body and why. */
    public record LeftOut(String text, String reason) {
    }

    /** The page's lines, each kept or left out, and what the page says about the article (its headline, date, byline…). */
    public record DetectedBody(List<Line> lines, PageDetails details) {

        /** The dateline's date, where the page had one. */
        public LocalDate date() {
            return details.publishedOn();
        }

        /** Who wrote it, where the page said. */
        public String byline() {
            return details.byline();
        }

        /** The kept lines as the article's text, one paragraph each. */
        public String body() {
            return String.join("\n\n", lines.stream().filter(Line::kept).map(Line::text).toList());
        }

        public List<LeftOut> leftOut() {
            return lines.stream().filter(l -> !l.kept()).map(l -> new LeftOut(l.text(), l.reason())).toList();
        }

        /** The same page with the importer's choice: the lines at {@code keep} kept, the others left out. */
        public DetectedBody keeping(java.util.Collection<Integer> keep) {
            List<Line> chosen = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                chosen.add(keep.contains(i) ? new Line(l.text(), null)
                        : new Line(l.text(), l.kept() ? "left out by the importer" : l.reason()));
            }
            return new DetectedBody(chosen, details);
        }
    }

    private static final Set<String> SHARE_OR_NAVIGATION = Set.of("short url", "follow", "share", "share this",
            "share this article", "tweet", "print", "email", "e-mail", "facebook", "twitter", "whatsapp", "linkedin",
            "copy link", "read more", "advertisement", "subscribe", "sign up", "log in", "login", "menu", "search",
            "home", "skip to content", "skip to main content", "top of page", "bottom of page", "comments",
            "comment", "save", "listen", "listen to this article", "close", "back to top", "next", "previous",
            "featured review", "tag cloud", "related", "you may also like", "more>>", "more »", "newsletter");
    private static final Pattern AFTER_THE_STORY = Pattern.compile("(?i)^(?:latest headlines|world headlines|"
            + "related (?:stories|articles|news|content)|more from .{1,40}|most read|most popular|recommended"
            + "(?: for you)?|trending|read next|also read|you might also like|more stories|other news)\\s*:?$");
    private static final Pattern FOOTER = Pattern.compile("(?i)^(?:©|\\(c\\)\\s|copyright\\b)|all rights reserved");
    private static final Pattern COOKIES = Pattern.compile("(?i)\\bcookies?\\b.*\\b(?:consent|accept|privacy|policy|settings)\\b"
            + "|\\b(?:accept|consent to)\\b.*\\bcookies?\\b");
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(?:date\\s+)?(\\d{4}-\\d{2}-\\d{2})\\b\\s*");
    private static final Pattern DATELINE = Pattern.compile("(?i)^(?:(?:updated|published|posted|last updated|first "
            + "published)(?: on)?:?\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(\\d{1,2}\\s+\\p{L}+\\s+\\d{4}"
            + "|\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?"
            + "(?:\\s*\\p{Lu}{2,5})?)?\\s*$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|written by|author:|words by|reporting by"
            + "|press release:)\\s+\\S.{0,80}$");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|written by|author:|words by|reporting by)\\s+");
    private static final Pattern CAPTION = Pattern.compile("(?i)\\((?:afp|reuters|ap|epa|getty images|ap photo|file photo)\\)"
            + "\\s*$|\\b(?:photo|image|picture|credit)\\s*[:/]");
    private static final Pattern STORY_DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu} .'-]{2,}(?:,[\\p{L} ]+)?:\\s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "to", "and", "in", "is", "be", "that", "it",
            "for", "on", "not", "are", "they", "we", "this", "with", "as", "but", "or", "at", "by", "all", "was", "were",
            "has", "have", "had", "he", "she", "his", "her", "their", "its", "from", "said", "also", "will", "would",
            "been", "who", "which", "after", "more", "than", "into", "over", "about", "there", "other", "new");

    /** An address on a line of its own, perhaps named as one ("Source: https://…", a scraper's "url https://…"). */
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:(?:source|url|link|address|canonical|permalink"
            + "|originally published (?:at|on)|read (?:it|more) at)\\s*:?\\s*)?(https?://\\S+)$");
    /** A copyright line naming the page's owner: "© Scoop Media", "(c) 2022, The Organization for World Peace". */
    private static final Pattern OWNER = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright\\s*(?=[©(\\d]))\\s*(?:©\\s*)?"
            + "(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?[\\s,.]*(\\p{L}.*)$");
    private static final Pattern RIGHTS = Pattern.compile("(?i)\\s*[.,;]?\\s*(?:all rights reserved|\\|).*$");
    /** A sentence's end after a word of three lowercase letters or more (not "Mr." or "U.S."). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{Ll}{3}[.!?])[\"”’]?\\s");
    /** "NEW YORK: " or "Almaty: " opening a story. */
    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L}.' -]{1,30}:\\s+");
    private static final int OPENING_LINES = 8;
    private static final int STAND_IN_TITLE = 100;

    private BodyDetector() {
    }

    /**
     * The page's lines up to where its story starts: each line before it with why it is left out, and
     * what the page says about the article there (headline, date, byline, address) and in its footer (outlet).
     */
    private record Opening(List<String> lines, List<Line> before, int start, PageDetails details) {
    }

    /** The byline as an article's metadata: "By Jane Doe" becomes "Jane Doe"; "Press Release: UN News" stays. */
    private static String author(String line) {
        return BY.matcher(line).replaceFirst("").strip();
    }

    /**
     * What the page says about its article, without finding where the story ends (cheap on any text):
     * the headline ({@code title} when given, else the line before the story that shares its words;
     * not a navigation line, nor another story's headline above it), the dateline's date, the byline,
     * an address given on a line of its own, and the outlet a copyright line names.
     */
    public static PageDetails details(String text, String title) {
        return open(text, title).details();
    }

    /**
     * A title for a page without a headline: the opening words of its story (a leading "NEW YORK:"
     * left out), up to the first sentence or about {@value #STAND_IN_TITLE} characters; null for no text.
     */
    public static String openingWords(String text) {
        List<String> lines = lines(text);
        stripLeadingDate(lines);
        if (lines.isEmpty()) {
            return null;
        }
        String lead = lines.get(firstProse(lines));
        Matcher place = PLACE.matcher(lead);
        if (place.lookingAt() && place.end() < lead.length() && words(place.group()) <= 4) {
            lead = lead.substring(place.end());
        }
        Matcher end = SENTENCE_END.matcher(lead);
        if (end.find(Math.min(lead.length(), 30)) && end.start() <= STAND_IN_TITLE + 20) {
            return lead.substring(0, end.start()).strip().replaceFirst("[.]$", "");
        }
        if (lead.length() <= STAND_IN_TITLE + 20) {
            return lead.replaceFirst("[.]$", "");
        }
        int cut = lead.lastIndexOf(' ', STAND_IN_TITLE);
        return lead.substring(0, cut > 40 ? cut : STAND_IN_TITLE).replaceFirst("[\\s,;:]+$", "") + "…";
    }

    public static DetectedBody detect(String text, String title) {
        Opening opening = open(text, title);
        List<String> lines = opening.lines();
        int start = opening.start();
        List<Line> out = new ArrayList<>(opening.before());
        int end = storyEnd(lines, start);
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i >= end) {
                out.add(new Line(l, i == end && (FOOTER.matcher(l).find() || AFTER_THE_STORY.matcher(l).matches())
                        ? "footer or links after the article" : "after the article (another story or links)"));
            } else if (SHARE_OR_NAVIGATION.contains(key(l)) || key(l).endsWith("more>>")) {
                out.add(new Line(l, "share or navigation line"));
            } else if (COOKIES.matcher(l).find() && words(l) < 60) {
                out.add(new Line(l, "cookie notice"));
            } else {
                out.add(new Line(l, null));
            }
        }
        return new DetectedBody(out, opening.details());
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.replace('\u00A0', ' ').strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    /** A date the scraper put before the first paragraph ("date 2022-01-07 …"): taken off the line, or null. */
    private static String stripLeadingDate(List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        Matcher leading = LEADING_DATE.matcher(lines.getFirst());
        if (leading.lookingAt() && leading.end() < lines.getFirst().length()) {
            lines.set(0, lines.getFirst().substring(leading.end()));
            return leading.group();
        }
        return null;
    }

    private static Opening open(String text, String title) {
        List<String> lines = lines(text);
        List<Line> out = new ArrayList<>();
        LocalDate date = null;
        java.time.Instant at = null;
        // A date on a short line above the story that is not a dateline of its own ("Tarsk, 6 March 2025, 18:00"):
        // taken only where no dateline gives one.
        LocalDate dateInLine = null;
        String byline = null;
        String url = null;
        // A date the scraper put before the first paragraph is metadata, not words of the story.
        String leadingDate = stripLeadingDate(lines);
        if (leadingDate != null) {
            Matcher leading = LEADING_DATE.matcher(leadingDate);
            date = leading.lookingAt() ? parseDate(leading.group(1)) : null;
            out.add(new Line(leadingDate.strip(), "dateline (kept as the date)"));
        }
        int start = firstProse(lines);
        Set<String> story = new HashSet<>();
        for (int i = start; i < Math.min(lines.size(), start + OPENING_LINES); i++) {
            story.addAll(stems(lines.get(i)));
        }
        String headline = title == null || title.isBlank() ? headline(lines, start, story) : title.strip();
        for (int i = 0; i < start; i++) {
            String l = lines.get(i);
            // A moment with its zone on a short line above the story ("Sun 14 Sep 2025 13.10 CEST",
            // "September 14, 2025 6:40 AM GMT+2") is when it was published, whatever else the line says.
            if (at == null && l.length() <= 120) {
                at = PublicationTime.in(l);
            }
            if (dateInLine == null && l.length() <= 120 && !l.strip().equals(headline)) {
                dateInLine = PublicationTime.dateIn(l);
            }
            Matcher dateline = DATELINE.matcher(l);
            Matcher address = ADDRESS.matcher(l);
            if (dateline.matches()) {
                date = date == null ? parseDate(dateline.group(1)) : date;
                out.add(new Line(l, "dateline (kept as the date)"));
            } else if (BYLINE.matcher(l).matches()) {
                byline = byline == null ? author(l) : byline;
                out.add(new Line(l, "byline (kept as metadata)"));
            } else if (address.matches()) {
                url = url == null ? address.group(1) : url;
                out.add(new Line(l, "address (kept as the URL)"));
            } else if (headline == null && headlineLike(l) && words(l) >= 5 && shared(l, story) == 0) {
                out.add(new Line(l, "headline of another story"));
            } else {
                out.add(new Line(l, reasonBefore(l, headline)));
            }
        }
        if (at != null && date != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(date,
                LocalDate.ofInstant(at, java.time.ZoneOffset.UTC))) > 1) {
            at = null;   // an "Updated …" line or another story's time, not this dateline's
        }
        return new Opening(lines, out, start, new PageDetails(headline, outlet(lines, start), url,
                at != null ? LocalDate.ofInstant(at, java.time.ZoneOffset.UTC) : date != null ? date : dateInLine, byline, at));
    }

    /** The first line before the story that reads as a headline and shares the story's words. */
    private static String headline(List<String> lines, int start, Set<String> story) {
        for (int i = 0; i < start; i++) {
            String l = lines.get(i);
            if (headlineLike(l)) {
                int own = stems(l).size();
                long shared = shared(l, story);
                // Most of a headline's words are the story's; another story's headline above it shares one by chance.
                if (shared > 0 && shared >= Math.min(2, own) && shared * 4 >= own) {
                    return l;
                }
            }
        }
        return null;
    }

    private static boolean headlineLike(String l) {
        int n = words(l);
        return n >= 2 && n <= 30 && l.length() <= 300 && !l.endsWith(":") && !SHARE_OR_NAVIGATION.contains(key(l))
                && l.chars().filter(c -> c == '|').count() < 3 && !DATELINE.matcher(l).matches()
                && !BYLINE.matcher(l).matches() && !ADDRESS.matcher(l).matches() && !l.startsWith("•")
                && !l.startsWith("- ") && !l.startsWith("* ") && !CAPTION.matcher(l).find()
                && !COOKIES.matcher(l).find() && !FOOTER.matcher(l).find();
    }

    private static long shared(String line, Set<String> story) {
        return stems(line).stream().filter(story::contains).count();
    }

    /** The owner a copyright line after the story's start names ("© Scoop Media"), or null. */
    private static String outlet(List<String> lines, int start) {
        for (int i = start; i < lines.size(); i++) {
            Matcher owner = OWNER.matcher(lines.get(i));
            if (owner.matches()) {
                String name = RIGHTS.matcher(owner.group(1)).replaceFirst("").replaceFirst("[\\s.,;]+$", "").strip();
                int n = words(name);
                if (n >= 1 && n <= 8) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String reasonBefore(String line, String headline) {
        String k = key(line);
        if (SHARE_OR_NAVIGATION.contains(k) || line.chars().filter(c -> c == '|').count() >= 3) {
            return "share or navigation line";
        }
        if (headline != null && k.equals(key(headline))) {
            return "headline (kept as the title)";
        }
        if (line.startsWith("•") || line.startsWith("- ") || line.startsWith("* ")) {
            return "summary before the article";
        }
        if (CAPTION.matcher(line).find()) {
            return "photo caption";
        }
        if (COOKIES.matcher(line).find()) {
            return "cookie notice";
        }
        return "before the article (navigation, headings)";
    }

    /** The first line of running prose: long enough, ending as a sentence does, not a caption. */
    private static int firstProse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (words(l) >= 15 && endsLikeProse(l) && !CAPTION.matcher(l).find() && !l.startsWith("•")
                    && !COOKIES.matcher(l).find()) {
                return i;
            }
        }
        return 0;
    }

    private static boolean endsLikeProse(String l) {
        char c = l.charAt(l.length() - 1);
        return ".!?”\"’'…)".indexOf(c) >= 0;
    }

    /**
     * Where the story ends: at a footer or a "latest headlines" heading, or where the rest of the
     * prose shares almost none of the opening's words (a second story appended to the page).
     */
    private static int storyEnd(List<String> lines, int start) {
        for (int i = start + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if ((FOOTER.matcher(l).find() && words(l) < 25) || AFTER_THE_STORY.matcher(l).matches()) {
                return i;
            }
        }
        List<Integer> prose = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            if (words(lines.get(i)) >= 15) {
                prose.add(i);
            }
        }
        List<Set<String>> vocab = prose.stream().map(i -> stems(lines.get(i))).toList();
        // A second story appended to the page: the split of the prose into two parts of at least three
        // paragraphs whose vocabularies meet least (Dice below 0.08; within one story they meet at
        // 0.09–0.25), where the second part opens as a story does (bullets, a dateline, a headline).
        double best = 1;
        int bestAt = -1;
        for (int p = 3; p + 3 <= prose.size(); p++) {
            Set<String> a = new HashSet<>();
            Set<String> b = new HashSet<>();
            vocab.subList(0, p).forEach(a::addAll);
            vocab.subList(p, prose.size()).forEach(b::addAll);
            long shared = a.stream().filter(b::contains).count();
            double dice = a.isEmpty() && b.isEmpty() ? 1 : 2.0 * shared / (a.size() + b.size());
            if (dice < best) {
                best = dice;
                bestAt = p;
            }
        }
        if (bestAt > 0 && best < 0.08) {
            int cut = prose.get(bestAt);
            while (cut - 1 > prose.get(bestAt - 1) && words(lines.get(cut - 1)) < 15) {
                cut--;
            }
            String opening = lines.get(cut);
            if (cut < prose.get(bestAt) || opening.startsWith("•") || STORY_DATELINE.matcher(opening).lookingAt()) {
                return cut;
            }
        }
        return lines.size();
    }

    private static Set<String> stems(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!COMMON.contains(w) && w.length() > 2) {
                out.add(w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static int words(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static LocalDate parseDate(String s) {
        return PublicationTime.date(s);
    }
}
