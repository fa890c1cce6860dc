package org.crosscheck.suggest.engine;

import org.crosscheck.annotation.FigureQualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
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
final class FigureFinder implements ArticleDetector {

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?![.,]?\\d)|\\d+(?:[.,]\\d+)?";
    private static final String SMALL_WORDS = NumberWords.UNITS + "|" + NumberWords.TENS;
    // The lookahead first: most positions of a text start no number, and fail on one character test.
    private static final Pattern FIGURE = Pattern.compile("(?i)(?=[0-9€$£¥adefghmnoqstu])(?<![\\p{L}\\p{N}@#/_:+])"
            + "(?<cur>[€$£¥]|US\\$|(?:USD|EUR|GBP)\\s?)?(?:"
            + "(?<num>" + DIGITS + ")(?:\\s?(?<scale>million|billion|trillion|thousand|hundred|mln|mn|bn|m|k)(?![\\p{L}]))?"
            + "|(?<vague>tens of thousands|hundreds of thousands|(?:several|a few)\\s+(?:dozen|hundred|thousand|million)"
            + "|dozens|hundreds|thousands|millions|scores)"
            + "|(?<factor>(?:near-|nearly-)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]?fold"
            + "|(?:near-)?doubl(?:ing|ed|es|e)|(?:near-)?tripl(?:ing|ed|es|e)|quadrupl(?:ing|ed|es|e)|halv(?:ed|ing|es|e))"
            + "|(?<half>half\\s+an?\\s+(?:century|decade|year|month|day|hour|dozen|million|billion))"
            + "|(?<frac>(?:a|one)[\\s-](?:quarter|third)|(?:two|three)[\\s-](?:thirds|quarters)|half)"
            + "|(?<words>a dozen|(?:(?:" + NumberWords.TENS + ")(?:[\\s-](?:" + NumberWords.UNITS + "))?|an?(?=\\s(?:hundred|thousand|million|billion)\\b)|"
            + NumberWords.UNITS + ")"
            + "(?:\\s(?:hundred|thousand|million|billion)(?:\\s(?:and\\s)?(?:" + SMALL_WORDS + ")(?:-(?:"
            + NumberWords.UNITS + "))?)?)*)"
            + ")(?<pct>\\s?(?:%|per ?cent\\b|percent\\b))?(?![\\p{L}\\p{N}])");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(?<q>more than|more|over|upwards of|in excess of|above"
            + "|just over|almost|nearly|near|close to|just under|at least|a minimum of|no fewer than|no less than|about"
            + "|around|some|approximately|roughly|an estimated|estimated|up to|at most|fewer than|less than|under|below"
            + "|as many as|as much as|as high as|as long as|no more than)\\s+$");
    /** "took over 18 months ago": the verb's particle, not a qualifier. */
    private static final Pattern TOOK_OVER = Pattern.compile("(?i)\\b(?:took|taken|take|takes|taking|handed|hand|hands|handing)\\s+$");
    private static final Pattern AGO_AFTER = Pattern.compile("(?i)^[\\s-]*(?:[\\p{L}]+\\s+)?ago\\b");
    private static final Pattern ONE_COUNTED_BEFORE = Pattern.compile("(?i)\\b(?:but|except|only|just)\\s+$");
    private static final Pattern ONE_EACH_AFTER = Pattern.compile("(?i)^\\s+each\\b");
    private static final Pattern FRACTION_OK_AFTER = Pattern.compile("(?i)^\\s+of\\s");
    private static final Pattern FRACTION_BAD_BEFORE = Pattern.compile("(?i)\\b(?:first|second|other|the|last)\\s+$");
    private static final Pattern FRACTION_BY_BEFORE = Pattern.compile("(?i)\\bby\\s+$");
    private static final Pattern FRACTION_BAD_AFTER = Pattern.compile("(?i)^(?:-|\\s+(?:final|time|century|past|hour)\\b)");
    /** A capital lost from the first word of a paragraph ("t least 57" for "At least 57"). */
    private static final String DROP_CAPITALS = "ANMOUR";
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:" + MONTHS + ")\\.?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s*)?$");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^(?:\\s*(?:-|–|to|and)\\s*\\d{1,2})?(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:" + MONTHS + ")\\b");
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)^(?::\\d{2}|\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|hrs\\b|gmt\\b|utc\\b|o’clock|o'clock|in the (?:morning|afternoon|evening)\\b))");
    private static final Pattern AGE_AFTER = Pattern.compile("(?i)^(?:-year-old|-month-old|\\s+years?\\s+old\\b|\\s*,|\\s*$)");
    private static final Pattern NAME_COMMA_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*|\\b(?:father|mother|son|daughter|husband|wife|brother|sister"
            + "|grandfather|grandmother|grandson|granddaughter|uncle|aunt|widow|widower|partner|neighbour|neighbor))"
            + ",\\s*$");
    /** Telephone, emergency and fax numbers: "tel. +351 214 247 100", "call 112". */
    private static final Pattern PHONE_BEFORE = Pattern.compile("(?i)(?:\\b(?:tel|phone|telephone|fax|call|calling|dial|dialling|dialing|ring|mobile|whatsapp|helpline|hotline)\\.?:?|\\+)\\s*(?:\\d+[\\s-]){0,4}$");
    private static final Pattern PHONE_GROUPS_AFTER = Pattern.compile("^(?:[\\s-]\\d{2,4}){1,4}\\b");
    /** A count in brackets on a line of its own: "Comments (23)", "Replies (4)". */
    private static final Pattern COUNTER_LINE = Pattern.compile("^[\\p{L} ]{2,30}\\(\\d+\\)\\s*$");
    private static final Pattern DIGIT_GROUPS_AFTER = Pattern.compile("^[\\s-]\\d{2,4}[\\s-]\\d{2,4}\\b");
    private static final Pattern AGED_BEFORE = Pattern.compile("(?i)\\b(?:aged|age|ages)\\s+(?:over|under|above|below|between)?\\s*$");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b(?:in|since|of|by|until|till|from|year|early|late|mid|before|after|during|through|and|or|to|—|–|-)\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("(?i)^\\s*(?:-|–|—|to|and|or\\b)\\s*(?<n>" + DIGITS + ")(?:\\s?(?<s>million|billion|thousand|hundred|m|bn|k)\\b)?(?![\\p{L}\\p{N}])");
    private static final Pattern DURATION_AFTER = Pattern.compile("(?i)^(?:-|\\s)(?<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?|seasons?)\\b");
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^\\s?(?<u>km/h|kph|mph|km|kilometres|kilometers|miles|millimetres|millimeters|centimetres|centimeters|metres|meters|inches|feet|ft|yards|m²|sq km|square kilometres|square kilometers|hectares|acres|kg|kilograms|tonnes|tons|litres|liters|barrels|°C|°F|degrees|mm|cm|MW|GW|kWh)(?![\\p{L}])");

    private static final Pattern FUSED_AFTER = Pattern.compile("^-(?!fold\\b)\\p{Ll}+(?:-\\p{Ll}+)?(?![\\p{L}\\p{N}-])");
    /** "five or six villages", "two to three days": a range in words. */
    private static final Pattern WORD_RANGE_AFTER = Pattern.compile("(?i)^\\s+(?:or|to)\\s+(?<w>(?:" + NumberWords.TENS
            + ")(?:-(?:" + NumberWords.UNITS + "))?|" + NumberWords.UNITS + ")(?![\\p{L}\\p{N}-])");
    /** "the round of 16": a stage, not an amount. */
    private static final Pattern ROUND_OF_BEFORE = Pattern.compile("(?i)\\bround\\s+of\\s+$");
    private static final Pattern SCORE_AFTER = Pattern.compile("^[-–:]\\d{1,2}(?![\\p{L}\\p{N}.,:]\\d|[\\p{L}\\p{N}])");
    private static final Pattern NOUN_AFTER_SCORE = Pattern.compile("^\\s?(?:%|per\\b|\\p{Ll}{2,})");
    /** A minute mark in a live blog: "88' GOAL". */
    private static final Pattern MINUTE_MARK_AFTER = Pattern.compile("^['’](?:\\+\\d{1,2}['’]?)?(?=\\s|$)");
    private static final Pattern SPORT = Pattern.compile("(?i)\\b(?:won|wins?|beat|beaten|defeat(?:ed)?|victory|draw|drew"
            + "|scored?|scoreline|lead|led|final|match|game|half-time|goals?|lost|loss|sets?|innings|verdict|jury|vote[ds]?)\\b");
    private static final Pattern PERCENT_AFTER = Pattern.compile("(?i)^\\s?(?:%|per ?cent\\b|percent\\b)");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+$");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern LIST_NUMBER_AFTER = Pattern.compile("[.)]\\s");
    private static final Pattern YEAR_DIGITS = Pattern.compile("(?:18|19|20)\\d\\d");
    private static final Pattern PLURAL_AFTER = Pattern.compile("\\s+[a-z]+s\\b");
    private static final Pattern SHORT_ABBREVIATION = Pattern.compile("(?i)\\b(?:mr|ms|mrs|dr|jan|feb|no|st)$");
    private static final Pattern NEXT_CLAUSE = Pattern.compile("(?:\\b(?:and|while|but)|,)\\s+(?:(?:more|over|almost|nearly"
            + "|about|around|at least|up to|some)\\s+)?(?:than\\s+)?$");
    private static final Pattern COMMA_END = Pattern.compile("[,;]\\s*$");

    /** The words a figure can start with; any other word is passed over without trying the pattern. */
    private static final Set<String> STARTERS = new HashSet<>(Arrays.asList((NumberWords.UNITS + "|" + NumberWords.TENS
            + "|a|an|dozen|dozens|hundreds|thousands|millions|scores|several|tens|near|nearly|doubled|doubling|double"
            + "|doubles|tripled|tripling|triple|triples|quadrupled|quadrupling|quadruple|halved|halving|halve|halves"
            + "|us|usd|eur|gbp|half").split("\\|")));
    /** A word right before a number that makes it a name: "Resolution 2334", "Flight 17". */
    private static final Set<String> IDENTIFIER_WORDS = new HashSet<>(Arrays.asList(("Article Section Chapter Resolution"
            + " Flight Route Highway Room No. Nos. Number Windows iPhone Galaxy Boeing Airbus Model Version Level Phase"
            + " Stage Grade Class Ward District Block Gate Platform Terminal Apollo Game Episode Season Part Volume Vol."
            + " Page p. pp. Formula Category Type Series Line Bus Channel Street Avenue Road Building Unit Camp Zone"
            + " Sector Act Law Decree Bill Protocol Group Team Squad Division Regiment Brigade Battalion Region Station"
            + " Studio Track Gen. Ligue Liga Serie League").split(" ")));

    @Override
    public ArticleFindings find(EngineArticle article, Paragraphs paragraphs) {
        return new ArticleFindings(article.id(), List.of(), find(article.text(), paragraphs));
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
        m.useTransparentBounds(true);
        int skipUntil = ps;
        String lastNoun = null;
        int lastSentence = -1;
        boolean lastSentenceChanges = false;
        for (int at = nextFigure(m, text, ps, pe); at >= 0; at = nextFigure(m, text, m.end(), pe)) {
            if (m.start() < skipUntil) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            String before = text.substring(Math.max(ps, start - 40), start);
            String after = text.substring(end, Math.min(pe, end + 160));
            // "one" is a figure only where a count is plainly meant: "at least one", "all but one", "one each".
            if (m.group("words") != null && m.group("words").equalsIgnoreCase("one")
                    && !(QUALIFIER.matcher(tail(before, 24)).find() || ONE_COUNTED_BEFORE.matcher(tail(before, 12)).find()
                    || ONE_EACH_AFTER.matcher(after).lookingAt())) {
                continue;
            }
            // A share ("half", "a quarter") counts only as a share of something: "almost half of them", "down by
            // nearly a quarter", "two-thirds"; not "the first half", "a quarter-final", "a third term".
            if (m.group("frac") != null && (FRACTION_BAD_AFTER.matcher(after).lookingAt()
                    || FRACTION_BAD_BEFORE.matcher(tail(before, 12)).find()
                    || !(FRACTION_OK_AFTER.matcher(after).lookingAt() || QUALIFIER.matcher(tail(before, 24)).find()
                            || FRACTION_BY_BEFORE.matcher(tail(before, 6)).find()
                            || m.group("frac").toLowerCase(Locale.ROOT).endsWith("s")))) {
                continue;
            }
            if (excluded(text, m, ps, before, after)) {
                Matcher range = RANGE_AFTER.matcher(after);
                skipUntil = range.find() ? end + range.end() : end;
                // The rest of a telephone number: "0800 112 340".
                Matcher groups = PHONE_GROUPS_AFTER.matcher(after);
                if (m.group("num") != null && groups.lookingAt()) {
                    skipUntil = Math.max(skipUntil, end + groups.end());
                }
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
            // End-anchored patterns read only as far back as their longest phrase.
            String last = tail(before, 24);
            Matcher q = QUALIFIER.matcher(last);
            String lead = text.substring(ps, start);
            if (!q.find() && start - ps < 16 && !lead.isEmpty() && Character.isLowerCase(lead.charAt(0))) {
                for (char c : DROP_CAPITALS.toCharArray()) {
                    Matcher dropped = QUALIFIER.matcher(c + lead);
                    if (dropped.find() && dropped.start() == 0) {
                        qualifier = qualifierOf(dropped.group("q"));
                        start = ps;
                        break;
                    }
                }
            }
            q.reset();
            if (q.find() && !(q.group("q").equalsIgnoreCase("over") && TOOK_OVER.matcher(last.substring(0, q.start())).find()
                    && AGO_AFTER.matcher(after).find())) {
                qualifier = qualifierOf(q.group("q"));
                start = start - (last.length() - q.start());
            }
            Matcher score = SCORE_AFTER.matcher(after);
            if (m.group("num") != null && max == null && value.scale() <= 0 && value.intValue() <= 30 && score.lookingAt()
                    && isScore(text, ps, pe, start, end, value, score)) {
                // "won 3-2": one result, not a range or two figures.
                end += score.end();
                skipUntil = end;
                unit = "score";
                String exact = text.substring(start, end);
                out.add(new FoundFigure(start, end, exact, value, null, qualifier, unit, "score", "score", false, 0.8));
                continue;
            }
            Matcher wordRange = WORD_RANGE_AFTER.matcher(after);
            if (m.group("words") != null && max == null && wordRange.lookingAt()) {
                BigDecimal high = NumberWords.value(wordRange.group("w"));
                if (high != null && high.compareTo(value) > 0) {
                    max = high;
                    end += wordRange.end();
                    skipUntil = end;
                    after = text.substring(end, Math.min(pe, end + 160));
                }
            }
            Matcher range = RANGE_AFTER.matcher(after);
            if (m.group("num") != null && max == null && range.find() && (!range.group().strip().startsWith("and")
                    || BETWEEN_BEFORE.matcher(before).find())
                    // "rose 4.2% to 2.38 billion": a share and an amount are no range.
                    && (m.group("pct") == null || PERCENT_AFTER.matcher(after.substring(range.end())).lookingAt())) {
                BigDecimal high = parseDigits(range.group("n")).multiply(NumberWords.scale(
                        range.group("s") != null ? range.group("s") : m.group("scale")));
                if (high.compareTo(value) > 0) {
                    max = high;
                    end += range.end();
                    skipUntil = end;
                    after = text.substring(end, Math.min(pe, end + 160));
                    if (BETWEEN_BEFORE.matcher(before).find()) {
                        start -= "between ".length();
                    }
                }
            }
            Matcher duration = DURATION_AFTER.matcher(after);
            Matcher measure = UNIT_AFTER.matcher(after);
            Matcher fused = FUSED_AFTER.matcher(after);
            // A unit written with the number belongs to the figure: "three kilometres", "a five-year-old", "48-hour".
            int spanEnd = end;
            if (fused.lookingAt() && m.group("factor") == null) {
                spanEnd = end + fused.end();
            } else if (duration.lookingAt()) {
                spanEnd = end + duration.end();
            } else if (measure.lookingAt()) {
                spanEnd = end + measure.end();
            }
            String durationUnit = null;
            // Both patterns are anchored: find() after a successful lookingAt() would search past the unit.
            if (unit == null && duration.reset().lookingAt()) {
                unit = duration.group("u").toLowerCase(Locale.ROOT).replaceAll("s$", "").replace("centurie", "century") + "s";
                durationUnit = unit;
                // "three decades" is 30 years, as figures of other articles give it.
                BigDecimal years = unit.equals("decades") ? BigDecimal.TEN : unit.equals("centurys") ? BigDecimal.valueOf(100) : null;
                if (years != null) {
                    value = value.multiply(years);
                    max = max == null ? null : max.multiply(years);
                    unit = "years";
                }
            } else if (unit == null && measure.reset().lookingAt()) {
                unit = measure.group("u");
                durationUnit = null;
                after = after.substring(measure.end());
            }
            int sentenceStart = sentenceStart(text, ps, start);
            boolean newSentence = sentenceStart != lastSentence;
            if (newSentence) {
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
            // A duration's unit ("three decades ago") is not what the next figure of the sentence counts.
            if (counted.noun() != null && durationUnit == null) {
                lastNoun = counted.noun();
            }
            if (newSentence) {
                lastSentenceChanges = Counted.reportsChange(text.substring(sentenceStart, Math.min(pe, sentenceEnd(text, end, pe))));
            }
            boolean update = lastSentenceChanges;
            double confidence = counted.topic() != null ? 0.9 : counted.text() != null ? 0.75 : 0.6;
            skipUntil = Math.max(skipUntil, spanEnd);
            String exact = text.substring(start, spanEnd);
            out.add(new FoundFigure(start, spanEnd, exact, value, max, qualifier, unit, counted.text(), counted.topic(),
                    update, confidence));
        }
    }

    /**
     * "won 3-2", "GOAL Rennick 0-1", "dead at 2-2": a sport word in the sentence, or in the paragraph with no
     * noun after the pair, or a pair that does not rise (a range rises: "3-4 days").
     */
    private static boolean isScore(String text, int ps, int pe, int start, int end, BigDecimal value, Matcher score) {
        if (SPORT.matcher(text.substring(sentenceStart(text, ps, start), Math.min(pe, sentenceEnd(text, end, pe)))).find()) {
            return true;
        }
        String rest = text.substring(end + score.end(), Math.min(pe, end + score.end() + 40));
        if (NOUN_AFTER_SCORE.matcher(rest).lookingAt()) {
            return false;
        }
        String second = score.group().substring(1);
        return new BigDecimal(second).compareTo(value) <= 0 || SPORT.matcher(text.substring(ps, pe)).find();
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
        if (m.group("half") != null) {
            String u = m.group("half").toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
            return switch (u) {
                case "century" -> new Reading(BigDecimal.valueOf(50), null, FigureQualifier.NONE, "years", false, false);
                case "decade" -> new Reading(BigDecimal.valueOf(5), null, FigureQualifier.NONE, "years", false, false);
                case "year" -> new Reading(BigDecimal.valueOf(6), null, FigureQualifier.NONE, "months", false, false);
                case "month" -> new Reading(BigDecimal.valueOf(15), null, FigureQualifier.NONE, "days", false, false);
                case "day" -> new Reading(BigDecimal.valueOf(12), null, FigureQualifier.NONE, "hours", false, false);
                case "hour" -> new Reading(BigDecimal.valueOf(30), null, FigureQualifier.NONE, "minutes", false, false);
                case "dozen" -> new Reading(BigDecimal.valueOf(6), null, FigureQualifier.NONE, unit, false, false);
                default -> new Reading(NumberWords.scale(u).divide(BigDecimal.valueOf(2)), null, FigureQualifier.NONE,
                        unit, false, false);
            };
        }
        if (m.group("frac") != null) {
            String f = m.group("frac").toLowerCase(Locale.ROOT);
            String share = f.equals("half") ? "50" : f.endsWith("quarter") ? "25" : f.endsWith("third") ? "33.3"
                    : f.endsWith("thirds") ? "66.7" : "75";
            return new Reading(new BigDecimal(share), null, FigureQualifier.NONE, "%", false, false);
        }
        String words = m.group("words");
        String w = words.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return null;
        }
        BigDecimal v = NumberWords.value(words);
        return v == null ? null : new Reading(v, null, FigureQualifier.NONE, unit, false, false);
    }

    static BigDecimal parseDigits(String s) {
        if (COMMA_GROUPS.matcher(s).matches()) {
            return new BigDecimal(s.replace(",", ""));
        }
        if (DOT_GROUPS.matcher(s).matches()) {
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
        if (MONTH_BEFORE.matcher(tail(before, 20)).find() || MONTH_AFTER.matcher(after).find()) {
            return digits || m.group("words") != null;
        }
        if (digits && start > 0 && text.charAt(start - 1) == '(' && COUNTER_LINE.matcher(lineAround(text, start)).matches()) {
            return true;
        }
        if (digits && MINUTE_MARK_AFTER.matcher(after).lookingAt() && m.group("num").length() <= 3) {
            return true;
        }
        if ((digits || m.group("words") != null) && TIME_AFTER.matcher(after).find()) {
            return true;
        }
        // An age beside a name ("Kovas, 44,") is no figure; "a 71-year-old" is one.
        if (digits && AGE_AFTER.matcher(after).find() && NAME_COMMA_BEFORE.matcher(before).find()) {
            return true;
        }
        if (digits && (PHONE_BEFORE.matcher(tail(before, 30)).find() || DIGIT_GROUPS_AFTER.matcher(after).find())) {
            return true;
        }
        if (digits && AGED_BEFORE.matcher(tail(before, 20)).find()) {
            return true;
        }
        if (digits && start == ps && LIST_NUMBER_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        if (IDENTIFIER_WORDS.contains(lastWord(before)) || ROUND_OF_BEFORE.matcher(tail(before, 12)).find()) {
            return true;
        }
        if (digits && m.group("scale") == null && m.group("cur") == null && m.group("pct") == null
                && YEAR_DIGITS.matcher(m.group("num")).matches() && isYear(before, after)) {
            return true;
        }
        return false;
    }

    private static String lineAround(String text, int at) {
        int s = text.lastIndexOf('\n', at) + 1;
        int e = text.indexOf('\n', at);
        return text.substring(s, e < 0 ? text.length() : e);
    }

    static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    /** The word right before a number, if the number follows it after white space. */
    private static String lastWord(String before) {
        int e = before.length();
        if (e == 0 || !Character.isWhitespace(before.charAt(e - 1))) {
            return "";
        }
        while (e > 0 && Character.isWhitespace(before.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && !Character.isWhitespace(before.charAt(s - 1))) {
            s--;
        }
        return before.substring(s, e);
    }

    private static boolean isYear(String before, String after) {
        if (YEAR_BEFORE.matcher(tail(before, 12)).find() || before.isBlank()) {
            return true;
        }
        return !PLURAL_AFTER.matcher(after).lookingAt();
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
            case "up to", "at most", "fewer than", "less than", "under", "below", "as many as", "as much as", "as high as", "as long as", "no more than" -> FigureQualifier.AT_MOST;
            default -> FigureQualifier.ABOUT;
        };
    }

    private static int sentenceStart(String text, int ps, int at) {
        for (int i = at - 1; i > ps; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && Character.isWhitespace(text.charAt(i + 1))
                    && !(c == '.' && i > 0 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))))
                    && !(c == '.' && SHORT_ABBREVIATION.matcher(text.substring(Math.max(ps, i - 4), i)).find())) {
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
    /**
     * Moves {@code m} to the next figure in {@code [from, to)} and returns its start, or -1. Only
     * where a word starts with a digit, a currency sign or a word a number can start with is the
     * pattern tried: most of a text is ruled out by one look-up per word.
     */
    private static int nextFigure(Matcher m, String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (!wordStart || !(Character.isLetterOrDigit(c) || "€$£¥".indexOf(c) >= 0)) {
                i++;
                continue;
            }
            int e = i;
            while (e < to && Character.isLetter(text.charAt(e))) {
                e++;
            }
            boolean candidate = e == i || STARTERS.contains(text.substring(i, e).toLowerCase(Locale.ROOT));
            if (candidate) {
                m.region(i, to);
                if (m.lookingAt()) {
                    return i;
                }
            }
            i = Math.max(e, i + 1);
        }
        return -1;
    }

    private static String clauseAfter(String text, int end, int pe, Matcher m) {
        int limit = Math.min(pe, sentenceEnd(text, end, pe));
        int semi = text.indexOf(';', end);
        if (semi >= 0 && semi < limit) {
            limit = semi;
        }
        Matcher next = FIGURE.matcher(text);
        next.useTransparentBounds(true);
        for (int at = nextFigure(next, text, end, limit); at >= 0; at = nextFigure(next, text, next.end(), limit)) {
            String w = next.group("words");
            if (w != null && (w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an") || w.equalsIgnoreCase("one"))) {
                continue;
            }
            String between = text.substring(end, next.start());
            if (NEXT_CLAUSE.matcher(between).find()
                    || COMMA_END.matcher(between).find()) {
                limit = next.start();
                break;
            }
        }
        return text.substring(end, limit);
    }
}
