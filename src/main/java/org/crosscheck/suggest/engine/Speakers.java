package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said a quote, from the words around it: the name, pronoun or title next to a verb of saying
 * (said, told, added, urged, according to…) in the quote's sentence, before or after it. A pronoun
 * ("she") is the person quoted or named last before it; a definite title ("the spokeswoman", "the
 * High Commissioner") is the person last named with that title. Names lose their titles and
 * possessives ("Kazakhstan’s President Kassym-Jomart Tokayev" is "Kassym-Jomart Tokayev").
 */
final class Speakers {

    private static final String CAP = "(?:\\p{Lu}[\\p{L}\\p{M}]{0,2}\\.|\\p{Lu}[\\p{L}\\p{M}]*(?:[-’'][\\p{L}\\p{M}]+)*)";
    private static final String NAME = CAP + "(?:[ \\t]+(?:(?:de|van|von|der|den|al|bin|da|di|del|la|le|du|dos|el|ibn)[ \\t]+)?"
            + CAP + "){0,5}";
    private static final String TITLE_NOUN = "(?i:spokes(?:wo)?man|spokesperson|spokespeople|officials?|minister|president"
            + "|commissioner|chief|secretary-general|secretary|mayor|governor|ministry|government|agency|organi[sz]ation"
            + "|police|army|military|statement|report|sources?|expert|analyst|witness|resident|lawyer|prosecutor|judge"
            + "|doctor|director|chair(?:wo)?man|ambassador|envoy|leader|ceo|company|council|committee|office|department"
            + "|authorities|union|group|campaigners?|activists?|representative|researcher|scientist|professor|economist"
            + "|manager|owner|farmer|teacher|student|victim|survivor|mother|father|woman|man|source|coach|boss|captain"
            + "|executive|founder|head|striker|goalkeeper|midfielder|defender|referee|chairperson)";
    private static final String TITLE_NP = "(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)[ \\t]+(?:[\\p{L}’'-]+[ \\t]+){0,4}?"
            + TITLE_NOUN + "\\b";
    private static final String PRONOUN = "\\b(?:[Hh]e|[Ss]he|[Tt]hey)\\b";
    private static final String SPEAKER = "(?<sp>" + TITLE_NP + "|" + PRONOUN + "|" + NAME + ")";
    private static final String VERB = "(?:said|says|say|told|tells|added|adds|urged|urges|urging|stated|states|noted|notes"
            + "|warned|warns|warning|stressed|stresses|explained|explains|asked|asks|replied|replies|wrote|writes"
            + "|declared|declares|announced|announces|claimed|claims|claiming|insisted|insists|argued|argues|reminded"
            + "|reminds|called|calls|confirmed|confirms|saying|adding|tweeted|posted|continued|concluded|recalled"
            + "|described|describes|referred|refers|appealed|appeals|acknowledged|admitted|denied|suggested|believes"
            + "|predicted|promised|vowed|pledged|demanded|quipped|cautioned|emphasi[sz]ed|observed|remarked|commented"
            + "|reported|informed|responded|answered|shouted|whispered|testified|conceded|boasted|complained|ordered"
            + "|expects|expected|estimates|estimated|hopes|fears|blamed|blames|blaming|pointed out|went on|put it|agreed|disagreed|maintained|hoped|feared|thinks|thought|told reporters)";
    private static final String APPOSITIVE = "(?<app>[ \\t]*,[ \\t]*[^,“”\"«»\\n]{1,160}?,)?";
    private static final String BETWEEN = "[ \\t]+(?:[a-z]+[ \\t]+){0,3}?";

    /** Between a speaker and the verb: "had told", "later said", "has also said". */
    private static final String AUX = "(?:(?:had|has|have|was|is|also|then|later|again|once|would|will|earlier|further"
            + "|[a-z]+ly)[ \\t]+){0,2}?";
    /** Right after a quote, any "the engineer" before a verb of saying is who said it. */
    private static final String ANY_NP = "(?:[Tt]he|[Aa]n?)[ \\t]+(?:[\\p{L}’'-]+[ \\t]+){0,3}?[a-z][\\p{L}-]*";
    private static final Pattern AFTER_SPEAKER_FIRST = Pattern.compile(
            "\\A[\\s,.;:—–-]*" + SPEAKER.replace("(?<sp>", "(?<sp>" + ANY_NP + "(?=[ \\t]+" + AUX + VERB + ")|") + APPOSITIVE + "[ \\t]+" + AUX + VERB + "\\b");
    private static final Pattern AFTER_VERB_FIRST = Pattern.compile(
            "\\A[\\s,.;:—–-]*" + VERB + "[ \\t]+(?<sp>" + TITLE_NP + "|" + NAME + ")");
    private static final Pattern AFTER_VERB_DESCRIBED = Pattern.compile(
            "\\A[\\s,.;:—–-]*" + VERB + "[ \\t]+(?:[\\p{L}\\p{N}’'.-]+[ \\t]+){1,5}?(?<sp>" + NAME + ")");
    private static final Pattern SPEAKER_VERB = Pattern.compile(SPEAKER + APPOSITIVE + "(?:[ \\t]*,)?" + BETWEEN + VERB + "\\b");
    private static final Pattern FOR_SPEAKER = Pattern.compile("\\b[Ff]or[ \\t]+(?<sp>" + TITLE_NP + "|" + NAME + ")[ \\t]*,");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to[ \\t]+(?<sp>" + TITLE_NP + "|" + NAME + ")");
    private static final Pattern PERSON_NAME = Pattern.compile(NAME);
    /** The first word of every verb of saying ("pointed" of "pointed out"). */
    private static final Set<String> VERB_FIRST_WORDS = new HashSet<>(Arrays.stream(
            VERB.substring(3, VERB.length() - 1).split("\\|")).map(v -> v.split(" ")[0])
            .flatMap(v -> v.contains("[") ? java.util.stream.Stream.of(v.replace("[sz]", "s"), v.replace("[sz]", "z"))
                    : java.util.stream.Stream.of(v)).toList());
    private static final Pattern IS_TITLE_NP = Pattern.compile("(?s)" + TITLE_NP);
    private static final Pattern IS_ANY_NP = Pattern.compile("(?s)" + ANY_NP);
    private static final Pattern IS_PRONOUN = Pattern.compile(PRONOUN + ".*");
    private static final Pattern IS_NAME = Pattern.compile(NAME);
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

    private static final Set<String> LEADING_WORDS = words("The A An On In At For And But Meanwhile Additionally However"
            + " While After Before Then Also When As Speaking Noting According Earlier Later Yesterday Today Last This"
            + " That Monday Tuesday Wednesday Thursday Friday Saturday Sunday Amid During Since Until With Without From"
            + " Despite Although Though If Because Once Where Here There It Its Our We I You His Her Their Over Under"
            + " Still Even Just Only So Yet Now Following Responding Asked Addressing Writing Separately Elsewhere");
    private static final Set<String> TITLES = words("Mr. Ms. Mrs. Dr. Prof. Mr Ms Mrs Dr Mme. President Prime Minister"
            + " Interior Foreign Deputy Secretary-General Secretary General Special Representative High Commissioner"
            + " Chief Spokesperson Spokesman Spokeswoman Senator Sen. Rep. Governor Gov. Mayor Judge Officer Sheriff"
            + " Captain Capt. Colonel Col. Sir Dame Lord King Queen Pope Director Chairman Chairwoman Head Ambassador"
            + " Envoy Chancellor Premier Vice Lt. Gen. Sgt. Detective Inspector Superintendent Professor Dean Rev."
            + " Father Sister Bishop Cardinal Rabbi Imam Sheikh Emir Prince Princess Attorney Councillor Councilor"
            + " Commander Marshal Admiral Defence Defense Finance Health Justice Executive Chief Human Rights"
            + " Press Secretary Undersecretary Under-Secretary-General Minister-President Spokesperson");
    private static final Set<String> ORGANISATION_WORDS = words("Ministry Nations Council Organization Organisation"
            + " Government Union Guard Office Agency Forces Force Party Police City Street University Republic Treaty"
            + " Security Rights Court Bank Fund Committee Commission News Times Post Press Service Services Department"
            + " Army Navy Assembly Parliament House Senate Church Company Group Association Foundation Institute Centre"
            + " Center Hall Square Region Province State States Kingdom Day Airport Station Hospital School Agency Reuters"
            + " January February March April May June July August September October November December Internet"
            + " Monday Tuesday Wednesday Thursday Friday Saturday Sunday Twitter Facebook Instagram Ltd Inc Corp"
            + " Associated Federation Authority Board Club Council Brigade Battalion Corps Coalition Alliance Network"
            + " South North East West Central Northern Southern Eastern Western Upper Lower Port Mount Lake River Island"
            + " Islands Bay Valley County District Province Village Town Korea Guinea Africa America Arabia Zealand");

    /** A definite person's title that can be a clause's subject ("the President ordered"). */
    private static final Pattern SUBJECT_TITLE = Pattern.compile("\\b[Tt]he[ \\t]+(?:[\\p{L}’'-]+[ \\t]+){0,3}?(?<noun>"
            + "(?i:spokes(?:wo)?man|spokesperson|minister|president|commissioner|chief|secretary-general|mayor|governor"
            + "|prosecutor|judge|ambassador|envoy|leader|coach|manager|director|chair(?:wo)?man|premier|chancellor|king"
            + "|queen|general|commander|captain|senator|sheriff))\\b");
    /** Words that may stand inside a title before a name: "the country’s new interior minister of state for". */
    private static final Set<String> TITLE_WORDS = words("minister president spokesman spokeswoman spokesperson governor"
            + " mayor chief secretary general commissioner deputy foreign interior defence defense transport health"
            + " finance prime vice acting former new head director judge prosecutor senator coach captain manager"
            + " leader of for state country's country’s city's city’s region's region’s");
    private static final Set<String> DETERMINERS = words("the The a A an An");
    /** Words before a title that do not make it another title: "the former minister" may be "the minister". */
    private static final Set<String> MODIFIER_FREE = words("former new then current its his her their our acting");
    private static final Set<String> CLAUSE_OPENERS = words("and but that while as when after before because since"
            + " although though where whereas so then meanwhile however");
    private static final Set<String> AUXILIARIES = words("is was were are has had have will would can could should"
            + " must may might did does do shall");
    private static final Set<String> IRREGULAR_PAST = words("spoke went gave made took came saw met led left sent won lost"
            + " ran held kept got put set thought brought began flew fled hit fell rose stood wrote told said became"
            + " knew found felt paid sought struck drove chose broke");
    private static final Set<String> NOT_VERBS = words("news police officials authorities forces troops residents"
            + " people its his hers this thus");

    /** People a text quotes without naming them: "the spokesman said" is nobody named before. */
    private static final Set<String> ANONYMOUS_SOURCES = words("spokesman spokeswoman spokesperson spokespeople official"
            + " officials witness witnesses resident residents source sources expert experts analyst analysts doctor"
            + " doctors survivor survivors victim victims man woman mother father student teacher farmer owner"
            + " researcher scientist professor economist lawyer activist activists campaigner campaigners"
            + " representative worker workers fan fans neighbour neighbor");
    /** First “Nick” Last: one person, named without the nickname. */
    private static final Pattern NICKNAMED = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{M}-]+)[ \\t]+[“\"‘'](\\p{Lu}[\\p{L}\\p{M}-]+)[”\"’'][ \\t]+(\\p{Lu}[\\p{L}\\p{M}-]+)");

    private static final Set<String> HONORIFICS = words("Mr Mr. Ms Ms. Mrs Mrs. Dr Dr. Prof. Professor Mme Mme."
            + " President Governor Mayor Minister Judge Prosecutor Coach Captain Senator General Chancellor Premier");
    private static final Set<String> PARTICLES = words("de van von der den al bin da di del la le du dos el ibn");
    private static final Set<String> ORGANISATION_NOUNS = words("ministry government agency organisation organization"
            + " company council committee office department authorities union group police army military statement"
            + " report source sources");

    /** A mention of a person in the text, by name, at {@code [start, end)}. */
    record Mention(int start, int end, String name) {
    }

    /**
     * A quote's speaker and how sure the finding is: {@code name} as the person is known, and at
     * {@code [mentionStart, mentionEnd)} the words of the text that named them for this quote ("he",
     * "the spokeswoman", "Brandel"), for the reviewer to check; -1 when the quote only goes on with
     * the voice before it.
     */
    record Found(String name, double confidence, int mentionStart, int mentionEnd) {

        Found(String name, double confidence) {
            this(name, confidence, -1, -1);
        }
    }

    private final String text;
    private final Sentences sentences;
    private final List<Mention> people;
    /** The mentions' starts, ascending, to find those before an offset without reading them all. */
    private final int[] starts;

    Speakers(String text, Sentences sentences, List<Mention> people) {
        this.text = text;
        this.sentences = sentences;
        this.people = people;
        this.starts = people.stream().mapToInt(Mention::start).toArray();
    }

    /** The number of mentions that start before {@code at}. */
    private int mentionsBefore(int at) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The speaker of the quote at {@code [open, close]} in the sentence {@code [sentenceStart, sentenceEnd)};
     * {@code lastSpeaker} is who was quoted last before it, for "she added".
     */
    Found find(int open, int outerEnd, int sentenceStart, int sentenceEnd, String lastSpeaker) {
        int afterStart = Math.min(outerEnd, sentenceEnd);
        String after = cutAtNextQuote(text.substring(afterStart, Math.max(outerEnd, sentenceEnd)));
        String before = text.substring(sentenceStart, Math.max(sentenceStart, open));
        Matcher m = AFTER_SPEAKER_FIRST.matcher(after);
        if (m.find()) {
            String sp = preferNamedAppositive(m, after);
            return at(resolved(sp, open, lastSpeaker, 0.9), sp, afterStart, afterStart + after.length(), true);
        }
        m = AFTER_VERB_DESCRIBED.matcher(after);
        if (m.find() && isPersonName(String.valueOf(cleanName(m.group("sp"))))) {
            return at(resolved(m.group("sp"), open, lastSpeaker, 0.9), m.group("sp"), afterStart + m.start("sp"),
                    afterStart + after.length(), true);
        }
        if (m.find(0) && m.group("sp").indexOf(' ') < 0 && fullNameBefore(m.group("sp"), open) != null) {
            // "said the 39-year-old Guion": the person named in full before.
            return at(new Found(fullNameBefore(m.group("sp"), open), 0.85), m.group("sp"), afterStart + m.start("sp"),
                    afterStart + after.length(), true);
        }
        m = AFTER_VERB_FIRST.matcher(after);
        if (m.find()) {
            return at(resolved(m.group("sp"), open, lastSpeaker, 0.9), m.group("sp"), afterStart + m.start("sp"),
                    afterStart + after.length(), true);
        }
        String found = lastSpeakerWithVerb(before);
        if (found == null) {
            m = FOR_SPEAKER.matcher(before);
            while (m.find()) {
                found = m.group("sp");
            }
        }
        if (found != null) {
            return at(resolved(found, open, lastSpeaker, 0.8), found, sentenceStart, sentenceStart + before.length(), false);
        }
        m = ACCORDING_TO.matcher(before + " " + after);
        if (m.find()) {
            boolean inAfter = m.start("sp") > before.length();
            return at(resolved(m.group("sp"), open, lastSpeaker, 0.8), m.group("sp"),
                    inAfter ? afterStart : sentenceStart, inAfter ? afterStart + after.length() : sentenceStart + before.length(),
                    inAfter);
        }
        m = SPEAKER_VERB.matcher(after);
        if (m.find()) {
            String sp = preferNamedAppositive(m, after);
            return at(resolved(sp, open, lastSpeaker, 0.7), sp, afterStart, afterStart + after.length(), true);
        }
        return null;
    }

    /**
     * {@code found} with where the text named the speaker: {@code words}, as whole words, in
     * {@code [from, to)}, the first of them there after the quote, the last before it ("he" is not
     * the "he" of "the").
     */
    private Found at(Found found, String words, int from, int to, boolean afterQuote) {
        if (found == null) {
            return null;
        }
        String w = words.strip();
        if (w.isEmpty()) {
            return found;
        }
        String region = text.substring(from, to);
        int i = afterQuote ? region.indexOf(w) : region.lastIndexOf(w);
        while (i >= 0 && !wholeWords(region, i, i + w.length())) {
            i = afterQuote ? region.indexOf(w, i + 1) : region.lastIndexOf(w, i - 1);
        }
        return i < 0 ? found : new Found(found.name(), found.confidence(), from + i, from + i + w.length());
    }

    private static boolean wholeWords(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    /**
     * The speaker of the last verb of saying in {@code before} that has one: the pattern is tried only
     * in the stretch before each verb (an appositive and a name fit in it), from the last verb back.
     */
    private static String lastSpeakerWithVerb(String before) {
        List<int[]> verbs = verbWords(before);
        for (int i = verbs.size() - 1; i >= 0; i--) {
            int verbStart = verbs.get(i)[0];
            int from = Math.max(0, verbStart - 240);
            String window = before.substring(from, Math.min(before.length(), verbs.get(i)[1] + 12));
            Matcher m = SPEAKER_VERB.matcher(window);
            String found = null;
            while (m.find()) {
                if (m.end() <= verbStart - from) {
                    continue;
                }
                String candidate = preferNamedAppositive(m, window);
                // "when I called her": the writer is not the speaker.
                if (!candidate.equals("I") && !candidate.equalsIgnoreCase("we")
                        && (cleanName(candidate) != null || IS_PRONOUN.matcher(candidate).matches())) {
                    found = candidate;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Where the words that start a verb of saying are in {@code s}: a look-up per word, no pattern. */
    private static List<int[]> verbWords(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < s.length() && Character.isLetter(s.charAt(e))) {
                e++;
            }
            if (VERB_FIRST_WORDS.contains(s.substring(i, e))) {
                out.add(new int[] {i, e});
            }
            i = e;
        }
        return out;
    }

    /**
     * "The UN High Commissioner for Human Rights, Michelle Bachelet, reminded": when the words
     * before the verb are a title and the appositive is a person's name, the name is the speaker.
     */
    private static String preferNamedAppositive(Matcher m, String in) {
        String speaker = m.group("sp");
        // "the mayor of Vila Real, Joao Sequeira, said": a name after "of" belongs to the title.
        boolean inTitle = in.substring(Math.max(0, m.start("sp") - 6), m.start("sp")).matches("(?s).*\\b(?:of|in|for|from|at)\\s+$");
        String appositive = m.group("app");
        if (appositive != null) {
            String inner = appositive.strip();
            inner = inner.substring(1, inner.length() - 1).strip();
            String cleaned = cleanName(inner);
            String speakerName = cleanName(speaker);
            if (cleaned != null && isPersonName(cleaned) && IS_NAME.matcher(inner).matches()
                    && (speakerName == null || inTitle || !isPersonName(speakerName))) {
                return inner;
            }
        }
        return speaker;
    }

    private static String cutAtNextQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '«' || c == '„') {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private Found resolved(String raw, int at, String lastSpeaker, double confidence) {
        String s = raw.strip();
        if (s.length() <= 4 && IS_PRONOUN.matcher(s).matches()) {
            String antecedent = subjectBefore(at);
            if (antecedent == null) {
                antecedent = lastSpeaker != null ? lastSpeaker : lastPersonBefore(at);
            }
            return antecedent == null ? null : new Found(antecedent, confidence - 0.1);
        }
        if (IS_TITLE_NP.matcher(s).matches() || IS_ANY_NP.matcher(s).matches()) {
            boolean definite = s.regionMatches(true, 0, "the", 0, 3) || s.regionMatches(true, 0, "this", 0, 4);
            String noun = s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (definite && !ORGANISATION_NOUNS.contains(noun)) {
                String title = s.replaceFirst("^(?i:the|this)\\s+", "").toLowerCase(Locale.ROOT);
                String titled = title.contains(" ") && !title.contains("'") && !title.contains("’")
                        ? lastPersonTitled(title, at) : null;
                // "the prime minister" is not any minister; "the veteran minister" is.
                boolean ranked = Arrays.stream(title.split(" ")).limit(Math.max(0, title.split(" ").length - 1))
                        .anyMatch(TITLE_WORDS::contains);
                String[] titleWords = title.split(" ");
                String modifier = titleWords.length >= 2 ? titleWords[titleWords.length - 2] : null;
                titled = titled != null || ranked ? titled : lastPersonTitled(noun, at, modifier);
                if (titled == null && !ANONYMOUS_SOURCES.contains(noun)) {
                    // "the Rennick boss said", "the veteran coach added": the person the passage is about.
                    titled = subjectBefore(at);
                }
                if (titled != null) {
                    return new Found(titled, confidence - 0.1);
                }
            }
            return new Found(s.replaceFirst("^(?i:the|an?|this|that)\\s+", ""), confidence - 0.2);
        }
        String name = cleanName(s);
        if (name != null && onlyTitles(name)) {
            // "President said": the person last named with that title, or nobody.
            String titled = lastPersonTitled(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT), at);
            return titled == null ? null : new Found(titled, confidence - 0.1);
        }
        if (name != null && name.indexOf(' ') < 0) {
            // "Brandel said": the person named in full before, by surname or first name.
            String full = fullNameBefore(name, at);
            name = full != null ? full : name;
        }
        return name == null ? null : new Found(name, confidence);
    }

    private static String fullNameIn(List<Mention> before, String word) {
        String folded = Words.fold(word);
        for (int k = before.size() - 1; k >= 0; k--) {
            String n = before.get(k).name();
            if (Words.fold(n.substring(n.lastIndexOf(' ') + 1)).equals(folded)) {
                return n;
            }
        }
        return null;
    }

    private String fullNameBefore(String word, int at) {
        String folded = Words.fold(word);
        for (int k = mentionsBefore(at) - 1; k >= 0; k--) {
            String n = people.get(k).name();
            if (Words.fold(n.substring(n.lastIndexOf(' ') + 1)).equals(folded)
                    || Words.fold(n.substring(0, n.indexOf(' '))).equals(folded)) {
                return n;
            }
        }
        return null;
    }

    private static boolean onlyTitles(String name) {
        return Arrays.stream(name.split(" ")).allMatch(TITLES::contains);
    }

    /**
     * Whom a pronoun before {@code at} stands for, as a reader takes it: the subject of its own
     * sentence when one came before it ("Novak said …, adding that he hoped"), else the subject of the
     * nearest sentence before that has one, going back over sentences whose subject is itself a
     * pronoun. Places, organisations and objects ("ordered the minister Jan Novak to …") are never
     * subjects; a definite title as subject ("the President ordered") is the person named with it.
     */
    private String subjectBefore(int at) {
        int sentenceStart = sentences.startOf(Math.max(0, at - 1));
        String own = firstSubject(sentenceStart, at);
        if (own != null) {
            return own;
        }
        int paragraphBreaks = 0;
        int end = sentenceStart;
        for (int n = 0; n < 6 && end > 0; n++) {
            int start = sentences.startOf(end - 1);
            if (text.substring(start, end).indexOf('\n') >= 0 && ++paragraphBreaks > 2) {
                return null;
            }
            String found = firstSubject(start, end);
            if (found != null) {
                return found;
            }
            end = start;
        }
        return null;
    }

    /** The first person in subject position in {@code [from, to)}: named, or a definite title resolved to a name. */
    private String firstSubject(int from, int to) {
        int best = Integer.MAX_VALUE;
        String who = null;
        for (int k = mentionsBefore(from); k < people.size() && people.get(k).start() < to; k++) {
            Mention m = people.get(k);
            if (m.end() <= to && isSubject(from, m.start(), m.end())) {
                best = m.start();
                who = m.name();
                break;
            }
        }
        Matcher t = SUBJECT_TITLE.matcher(text);
        t.region(from, Math.min(to, best));
        while (t.find()) {
            if (isSubject(from, t.start(), t.end())) {
                String titled = lastPersonTitled(t.group("noun").toLowerCase(Locale.ROOT), t.start());
                if (titled != null) {
                    return titled;
                }
            }
        }
        return who;
    }

    /**
     * Whether the words at {@code [start, end)} are a clause's subject: nothing but titles, names and
     * articles between them and the clause's start (a sentence start, a conjunction, a leading phrase
     * ending in a comma, or the end of a quotation), and a verb after them (past an appositive or a
     * relative clause between commas). "With the mayor of Drevo, Ivo Santek," is an object's appositive.
     */
    private boolean isSubject(int clauseFrom, int start, int end) {
        String prefix = text.substring(Math.max(clauseFrom, start - 200), start);
        return switch (opening(prefix, prefix.length())) {
            case CLAUSE -> verbFollows(end);
            case LEADING_PHRASE -> verbAt(end);   // "In the capital Ostrel, Prime Minister Halloran ordered"
            case OBJECT -> false;
        };
    }

    private enum Opening { CLAUSE, LEADING_PHRASE, OBJECT }

    /** What opens the stretch of titles and names that ends at {@code i} of {@code prefix}. */
    private static Opening opening(String prefix, int i) {
        while (true) {
            int j = i;
            while (j > 0 && Character.isWhitespace(prefix.charAt(j - 1))) {
                j--;
            }
            int w = j;
            while (w > 0 && (Character.isLetter(prefix.charAt(w - 1)) || prefix.charAt(w - 1) == '’'
                    || prefix.charAt(w - 1) == '\'' || prefix.charAt(w - 1) == '-' || prefix.charAt(w - 1) == '.')) {
                w--;
            }
            String word = prefix.substring(w, j);
            if (word.isEmpty()) {
                if (j > 0 && prefix.charAt(j - 1) == ',') {
                    // An appositive of a clause's subject ("The mayor, Rosa Delmar, has announced"); else a leading
                    // phrase, after which the verb must come at once ("In the capital Ostrel, Halloran ordered", but
                    // not "with the mayor of Drevo, Ivo Santek, said").
                    return titleOrName(wordBefore(prefix, j - 1)) && opening(prefix, j - 1) == Opening.CLAUSE
                            ? Opening.CLAUSE : Opening.LEADING_PHRASE;
                }
                String rest = prefix.substring(0, j);
                return rest.isEmpty() || !Character.isLetterOrDigit(rest.charAt(rest.length() - 1))
                        ? Opening.CLAUSE : Opening.OBJECT;
            }
            if (!titleOrName(word)) {
                // A conjunction opens a clause; a verb or a preposition before the name makes it an object.
                return CLAUSE_OPENERS.contains(word) ? Opening.CLAUSE : Opening.OBJECT;
            }
            i = w;
        }
    }

    private static boolean titleOrName(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || TITLES.contains(word)
                || TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT)) || word.endsWith("’s") || word.endsWith("'s")
                || DETERMINERS.contains(word));
    }

    private static String wordBefore(String s, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '’' || s.charAt(b - 1) == '\'')) {
            b--;
        }
        return s.substring(b, e);
    }

    /**
     * Whether a verb comes after {@code end}: right after it, or after an appositive or a relative
     * clause between commas ("Jan Novak, the minister, said"; "Anton Bresk, who visited …, said").
     */
    private boolean verbFollows(int end) {
        int limit = Math.min(text.length(), end + 240);
        int i = end;
        for (int commas = 0; commas <= 3; commas++) {
            if (verbAt(i)) {
                return true;
            }
            int comma = text.indexOf(',', i);
            if (comma < 0 || comma >= limit || text.substring(i, comma).matches("(?s).*[.;:!?\n].*")) {
                return false;
            }
            i = comma + 1;
        }
        return false;
    }

    private boolean verbAt(int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int e = i;
        while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
            e++;
        }
        String word = text.substring(i, e);
        if (word.endsWith("ly") && word.length() > 3) {
            return verbAt(e);   // "Novak firmly rejected"
        }
        return !word.isEmpty() && (VERB_FIRST_WORDS.contains(word) || AUXILIARIES.contains(word)
                || IRREGULAR_PAST.contains(word) || word.endsWith("ed") || (word.endsWith("s") && !word.endsWith("ss")
                && !NOT_VERBS.contains(word)));
    }

    /** The name without leading function words, possessors and titles; null if nothing is left. */
    static String cleanName(String raw) {
        List<String> tokens = new ArrayList<>(Arrays.asList(BLANKS.split(raw.strip())));
        while (!tokens.isEmpty() && LEADING_WORDS.contains(tokens.getFirst())) {
            tokens.removeFirst();
        }
        for (int i = tokens.size() - 2; i >= 0; i--) {
            String t = tokens.get(i);
            if (t.endsWith("’s") || t.endsWith("'s") || t.endsWith("’") || t.endsWith("s'")) {
                tokens = new ArrayList<>(tokens.subList(i + 1, tokens.size()));
                break;
            }
        }
        List<String> kept = new ArrayList<>(tokens);
        while (kept.size() > 1 && (TITLES.contains(kept.getFirst())
                || (isAcronym(kept.getFirst()) && TITLES.contains(kept.get(1))))) {
            kept.removeFirst();
        }
        if (kept.isEmpty()) {
            return null;
        }
        String name = String.join(" ", kept);
        if (name.endsWith("’s") || name.endsWith("'s")) {
            name = name.substring(0, name.length() - 2);
        }
        return name.isBlank() ? null : name;
    }

    private static boolean isAcronym(String t) {
        return t.length() <= 5 && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** Whether the name reads as a person's: two to four capitalised words (particles aside), none an organisation's or a place's. */
    static boolean isPersonName(String name) {
        String[] tokens = name.split(" ");
        if (tokens.length < 2 || tokens.length > 4) {
            return false;
        }
        for (String t : tokens) {
            if (ORGANISATION_WORDS.contains(t) || TITLES.contains(t) || isAcronym(t)) {
                return false;
            }
            // "chief executive" is a title, not a name.
            if (!Character.isUpperCase(t.codePointAt(0)) && !PARTICLES.contains(t)) {
                return false;
            }
        }
        return true;
    }

    static List<Mention> personMentions(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher nick = NICKNAMED.matcher(text);
        while (nick.find()) {
            out.add(new Mention(nick.start(), nick.end(), nick.group(1) + " " + nick.group(3)));
        }
        int nicknames = out.size();
        Matcher m = PERSON_NAME.matcher(text);
        m.useTransparentBounds(true);
        int i = 0;
        int n = text.length();
        while (i < n) {
            // Only where a capitalised word follows another (or a particle) can a full name start.
            if (!Character.isUpperCase(text.charAt(i)) || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int e = i;
            while (e < n && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            int next = e;
            while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            boolean followed = next > e && next < n && (Character.isUpperCase(text.charAt(next))
                    || Character.isLowerCase(text.charAt(next)) && PARTICLES.contains(word(text, next)));
            if (followed) {
                m.region(i, n);
                if (m.lookingAt() && m.group().indexOf(' ') > 0) {
                    String name = cleanName(m.group());
                    if (name != null && isPersonName(name)) {
                        out.add(new Mention(m.start(), m.end(), name));
                    } else if (name != null && name.indexOf(' ') < 0 && HONORIFICS.contains(m.group().split("[ \\t]+")[0])) {
                        // "Mr Halloran": the person named in full before.
                        String full = fullNameIn(out, name);
                        if (full != null) {
                            out.add(new Mention(m.start(), m.end(), full));
                        }
                    }
                    i = m.end();
                    continue;
                }
            }
            i = e;
        }
        // The nicknamed form wins over pieces of it the scan found; mentions stay in text order.
        List<Mention> nicknamed = new ArrayList<>(out.subList(0, nicknames));
        List<Mention> all = new ArrayList<>(nicknamed);
        for (Mention x : out.subList(nicknames, out.size())) {
            if (nicknamed.stream().noneMatch(k -> x.start() < k.end() && k.start() < x.end())) {
                all.add(x);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return withSurnames(text, all);
    }

    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}\\p{M}’'-])\\p{Lu}[\\p{L}\\p{M}]+(?![\\p{L}\\p{M}’'-])");

    private static final Pattern IS_TITLE_NOUN = Pattern.compile(TITLE_NOUN + "s?");

    /** "Valmar coach Tomasz Brandl", "Sporting Valmar": the word names a team or place, not the person. */
    private static boolean qualifiesNext(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == end || i >= text.length() || !Character.isLetter(text.charAt(i))) {
            return false;
        }
        String next = word(text, i);
        return Character.isUpperCase(next.codePointAt(0)) || IS_TITLE_NOUN.matcher(next).matches()
                || TITLE_WORDS.contains(next.toLowerCase(Locale.ROOT));
    }

    /** "Halloran had sent him": a surname alone, after the person was named in full, is a mention of that person. */
    private static List<Mention> withSurnames(String text, List<Mention> full) {
        if (full.isEmpty()) {
            return full;
        }
        List<Mention> out = new ArrayList<>(full);
        Matcher w = CAPITALISED_WORD.matcher(text);
        int k = 0;
        java.util.Map<String, String> surnames = new java.util.HashMap<>();
        while (w.find()) {
            while (k < full.size() && full.get(k).start() < w.start()) {
                Mention named = full.get(k);
                String last = named.name().substring(named.name().lastIndexOf(' ') + 1);
                surnames.put(Words.fold(last), named.name());
                k++;
            }
            boolean inside = k > 0 && full.get(k - 1).end() > w.start();
            String name = surnames.get(Words.fold(w.group()));
            if (!inside && name != null && !name.equals(w.group()) && !qualifiesNext(text, w.end())) {
                out.add(new Mention(w.start(), w.end(), name));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static String word(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(from, e);
    }

    private String lastPersonBefore(int at) {
        int n = mentionsBefore(at);
        return n == 0 ? null : people.get(n - 1).name();
    }

    /**
     * The person the last mention of {@code noun} before {@code at} titles: each "spokesperson" goes
     * with the name nearest to it ("Stephane Dujarric, spokesperson for Secretary-General Antonio
     * Guterres" titles Dujarric, not Guterres).
     */
    private String lastPersonTitled(String noun, int at) {
        return lastPersonTitled(noun, at, null);
    }

    /**
     * As {@link #lastPersonTitled(String, int)}, passing over the noun where another word qualifies it:
     * "the prime minister" is not the person called "the interior minister".
     */
    private String lastPersonTitled(String noun, int at, String modifier) {
        int base = Math.max(0, at - 8000);
        String lower = text.substring(base, at).toLowerCase(Locale.ROOT);
        for (int k = lower.lastIndexOf(noun); k >= 0; k = k == 0 ? -1 : lower.lastIndexOf(noun, k - 1)) {
            int i = base + k;
            if (modifier != null) {
                String previous = wordBefore(lower, k);
                if (!previous.isEmpty() && !previous.equals(modifier) && !DETERMINERS.contains(previous)
                        && !previous.endsWith("’s") && !previous.endsWith("'s") && !MODIFIER_FREE.contains(previous)) {
                    continue;
                }
            }
            int nounEnd = i + noun.length();
            Mention best = null;
            int bestGap = 41;
            int last = mentionsBefore(at);
            for (int k2 = mentionsBefore(Math.max(0, i - 200)); k2 < last; k2++) {
                Mention mention = people.get(k2);
                if (mention.end() < i - 41) {
                    continue;
                }
                int gap = mention.start() >= nounEnd ? mention.start() - nounEnd
                        : mention.end() <= i ? i - mention.end() : 0;
                if (gap < bestGap) {
                    best = mention;
                    bestGap = gap;
                }
            }
            if (best != null) {
                return best.name();
            }
        }
        return null;
    }

    private static Set<String> words(String s) {
        return new HashSet<>(Arrays.asList(s.split(" ")));
    }
}
