package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure counts, read from its clause: the noun after it ("1,000 people", "dozens of
 * protesters"), or before it for a change ("fuel prices nearly doubled"), or the one an earlier figure
 * of the sentence named ("12 police officers were killed and more than 300 injured"); and what happened
 * to them, after it ("have been injured") or before it ("security forces killed dozens of"). The
 * {@code topic} is how figures of different articles are matched: people killed, protesters killed
 * and demonstrators killed are all "deaths"; police officers and law enforcement officers killed are
 * "deaths (police)".
 */
record Counted(String text, String noun, String topic) {

    private static final Set<String> STOP = Set.of("have", "has", "had", "were", "was", "are", "is", "be", "been",
            "being", "will", "would", "could", "may", "might", "and", "or", "but", "in", "on", "at", "during", "since",
            "for", "from", "to", "by", "with", "who", "that", "which", "as", "than", "after", "before", "over", "across",
            "into", "reportedly", "allegedly", "also", "still", "now", "said", "says", "more", "this", "these", "those",
            "their", "its", "the", "a", "an", "of", "per", "each", "while", "when", "where", "if", "so", "not", "nearly",
            "almost", "about", "around", "some", "up", "out", "his", "her", "our", "we", "they", "he", "she", "it",
            "there", "here", "did", "do", "does", "according", "among", "including", "such", "like", "then", "ago",
            "later", "earlier");
    private static final Pattern WORD = Pattern.compile("\\G\\s*([\\p{L}][\\p{L}\\p{M}’'-]*)");
    private static final Pattern EVENT = Pattern.compile("(?i)\\b(?<e>killed|died|dead|deaths?|death toll|lost their lives"
            + "|perished|fatalities|shot dead|injured|wounded|hurt|injuries|arrested|detained|custody|arrests?|jailed"
            + "|imprisoned|evacuated|evacuees|displaced|fled|homeless|missing|affected|rescued)\\b");
    private static final Pattern EVENT_BEFORE = Pattern.compile("(?i)\\b(?<e>killed|killing|injured|injuring|wounded|"
            + "wounding|arrested|detained|evacuated|displaced|rescued|left)\\s+(?:[a-z]+\\s+)?$");
    private static final Pattern CHANGE = Pattern.compile("(?i)^(?<c>increase|increases|rise|rises|hike|hikes|jump|surge"
            + "|spike|growth|drop|fall|decline|cut|reduction|decrease)\\s+(?:in|of)\\s+(?<rest>.*)$", Pattern.DOTALL);
    private static final Pattern CHANGE_OVER_TIME = Pattern.compile("(?i)\\b(?:(?:rose|risen|climbed|increased|jumped"
            + "|grew|soared|fell|dropped|declined) to|up from|down from|now stands at|has since (?:risen|climbed|grown)"
            + "|revised (?:up|down))");
    private static final Pattern DEATH_TOLL = Pattern.compile("(?i)\\b(?:death toll|toll|number of (?:the )?dead|dead)\\b[^.;]{0,60}?\\b(?:to|at|of|reached|is|was|stands at|stood at)\\s+$");
    private static final Pattern CHANGED_BY = Pattern.compile("(?i)\\b(?<v>increased|rose|risen|grew|grown|climbed|jumped|fell|fallen|dropped|declined|decreased|shrunk|shrank)\\s+by\\s+$");
    /** "emergency funds of €45 million", "damage at up to €300m": the thing is named before the figure. */
    private static final Pattern NOUN_OF = Pattern.compile("(?i)(?<n>[\\p{L}-]+)\\s+(?:of|at)\\s+$");
    private static final Pattern DURATION_WORD = Pattern.compile("^(?:-|\\s)[\\p{L}]+");
    private static final Pattern DETERMINERS = Pattern.compile(
            "(?i)^\\s*(?:of\\s+)?(?:(?:the|these|those|their|its|our|his|her|this|last|[\\p{L}]+['’]s)\\s+)*");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern FALLS = Pattern.compile("(?i)drop|fall|fell|fallen|dropped|decline|declined|cut"
            + "|reduction|decrease|decreased|shrunk|shrank");
    private static final Pattern POLICE = Pattern.compile("(?i)\\b(?:police|policem[ae]n|officers?|law enforcement"
            + "|guards?|troops|soldiers|servicem[ae]n|security personnel|security forces|military|militia|gendarmes)\\b");
    private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(?:people|persons|protesters|protestors|demonstrators"
            + "|civilians|residents|victims|citizens|individuals|men|women|children|rioters|students|bodies|migrants"
            + "|refugees|workers|passengers|patients|pilgrims|villagers|inhabitants|adults|babies|others|journalists)\\b");

    static Counted of(String before, String clause, boolean factor, String inheritedNoun, String durationUnit) {
        String c = clause;
        if (durationUnit != null) {
            c = DURATION_WORD.matcher(c).replaceFirst("");
        }
        c = DETERMINERS.matcher(c).replaceFirst(" ");
        // The patterns that read what comes right before the figure need only its last words.
        String near = before.length() > 120 ? before.substring(before.length() - 120) : before;
        String noun = nounAt(c);
        String event = null;
        Matcher change = CHANGE.matcher(noun == null ? "" : c.strip());
        if (change.find()) {
            event = FALLS.matcher(change.group("c")).matches() ? "fall" : "rise";
            noun = nounAt(" " + LEADING_THE.matcher(change.group("rest")).replaceFirst(""));
        }
        if (event == null) {
            Matcher e = EVENT.matcher(c);
            if (e.find()) {
                event = eventClass(e.group("e"));
            } else {
                Matcher b = EVENT_BEFORE.matcher(FigureFinder.tail(near, 36));
                if (b.find() && !b.group("e").equalsIgnoreCase("left")) {
                    event = eventClass(b.group("e"));
                }
            }
        }
        if (event == null) {
            Matcher toll = DEATH_TOLL.matcher(near);
            if ((near.contains("toll") || near.contains("dead")) && toll.find()) {
                event = "killed";
            }
        }
        String lastWords = FigureFinder.tail(near, 20);
        Matcher changed = CHANGED_BY.matcher(lastWords);
        if (event == null && noun == null && changed.find()) {
            event = FALLS.matcher(changed.group("v")).matches() ? "fall" : "rise";
            noun = clauseSubject(before.substring(0, before.length() - lastWords.length() + changed.start()));
        }
        if (factor && event == null) {
            event = "rise";
        }
        if (noun == null && !factor) {
            String end = FigureFinder.tail(near, 40);
            Matcher of = NOUN_OF.matcher(end);
            if ((end.endsWith("of ") || end.endsWith("at ")) && of.find()
                    && !STOP.contains(of.group("n").toLowerCase(Locale.ROOT))) {
                noun = compoundEndingAt(end, of.start("n"), of.group("n"));
            }
        }
        if (noun == null && factor) {
            noun = subjectBefore(before);
        }
        if (noun == null && inheritedNoun != null && event != null) {
            noun = inheritedNoun;
        }
        if (noun == null && event != null && isCasualty(event)) {
            noun = "people";
        }
        if (durationUnit != null) {
            return new Counted(noun == null ? null : noun + " (duration)", noun, null);
        }
        if (noun == null) {
            return new Counted(null, null, null);
        }
        String text = switch (event == null ? "" : event) {
            case "" -> noun;
            case "rise" -> "increase in " + noun;
            case "fall" -> "decrease in " + noun;
            default -> noun + " " + event;
        };
        return new Counted(text, noun, topic(noun, event));
    }

    static boolean reportsChange(String sentence) {
        // Each phrase holds one of these words: most sentences are ruled out without the pattern.
        return (sentence.contains(" to ") || sentence.contains("from") || sentence.contains("stands")
                || sentence.contains("since") || sentence.contains("revised"))
                && CHANGE_OVER_TIME.matcher(sentence).find();
    }

    private static String nounAt(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (words.size() < 4 && m.find()) {
            String w = m.group(1);
            String lower = w.toLowerCase(Locale.ROOT);
            if (STOP.contains(lower) || EVENT.matcher(lower).matches() || lower.endsWith("ly")) {
                break;
            }
            if (!words.isEmpty() && lower.endsWith("ed")) {
                break;
            }
            words.add(Character.isUpperCase(w.charAt(0)) && words.isEmpty() && !isAcronym(w) ? lower : w);
            // A plural ends the noun phrase: "bread prices", not "bread prices angered".
            if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")) {
                break;
            }
            if (s.length() > m.end() && s.charAt(m.end()) != ' ') {
                break;
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static boolean isAcronym(String w) {
        return w.length() > 1 && w.chars().allMatch(Character::isUpperCase);
    }

    private static String subjectBefore(String before) {
        String[] tokens = before.strip().split("\\s+");
        List<String> words = new ArrayList<>();
        for (int i = tokens.length - 1; i >= 0 && words.size() < 3; i--) {
            String t = tokens[i].replaceAll("[^\\p{L}’'-]", "");
            String lower = t.toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                break;
            }
            if (STOP.contains(lower)) {
                if (words.isEmpty()) {
                    continue;
                }
                break;
            }
            if (!tokens[i].equals(t) && !words.isEmpty()) {
                break;
            }
            words.addFirst(isAcronym(t) ? t : lower);
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /**
     * The noun phrase that opens the clause ending at the end of {@code before}: "extreme rainfall
     * days" of "the researchers say extreme rainfall days in the region have", up to its first
     * preposition or verb.
     */
    private static String clauseSubject(String before) {
        String b = before;
        int cut = -1;
        for (String boundary : List.of(", ", "; ", ": ", " that ", " which ")) {
            int at = b.lastIndexOf(boundary);
            if (at >= 0) {
                cut = Math.max(cut, at + boundary.length());
            }
        }
        String clause = cut >= 0 ? b.substring(cut) : b;
        clause = clause.replaceFirst("(?i)^\\s*(?:that\\s+)?(?:(?:the|a|an|these|those|its|their|our|estimated|total)\\s+)*", " ");
        String noun = nounAt(clause);
        if (noun == null) {
            return subjectBefore(b);
        }
        return noun;
    }

    /** "emergency funds": the head noun with the one modifier before it, if that is not a verb or a function word. */
    private static String compoundEndingAt(String before, int headStart, String head) {
        String[] previous = before.substring(0, headStart).strip().split("\\s+");
        String modifier = previous.length == 0 ? "" : previous[previous.length - 1];
        String lower = modifier.toLowerCase(Locale.ROOT);
        if (!modifier.isEmpty() && modifier.equals(lower) && lower.matches("[\\p{L}-]+") && !STOP.contains(lower)
                && !lower.endsWith("ed") && !lower.endsWith("ly")) {
            return lower + " " + head.toLowerCase(Locale.ROOT);
        }
        return head.toLowerCase(Locale.ROOT);
    }

    private static String eventClass(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("killed|killing|died|dead|deaths?|death toll|lost their lives|perished|fatalities|shot dead")) {
            return "killed";
        }
        if (w.matches("injured|injuring|wounded|wounding|hurt|injuries")) {
            return "injured";
        }
        if (w.matches("arrested|detained|custody|arrests?|jailed|imprisoned")) {
            return "arrested";
        }
        if (w.matches("evacuated|evacuees|displaced|fled|homeless")) {
            return "evacuated";
        }
        return w;
    }

    private static boolean isCasualty(String event) {
        return event.equals("killed") || event.equals("injured") || event.equals("arrested") || event.equals("evacuated")
                || event.equals("missing");
    }

    /** How figures of different articles are matched: the kind of thing counted and what happened to it. */
    private static String topic(String noun, String event) {
        if (event == null) {
            return null;
        }
        String group = POLICE.matcher(noun).find() ? "police" : PEOPLE.matcher(noun).find() ? "people" : stems(noun);
        String what = switch (event) {
            case "killed" -> "deaths";
            case "injured" -> "injured";
            case "arrested" -> "arrests";
            case "rise" -> group + " increase";
            case "fall" -> group + " decrease";
            default -> event;
        };
        if (event.equals("rise") || event.equals("fall")) {
            return what;
        }
        return group.equals("people") ? what : what + " (" + group + ")";
    }

    private static String stems(String noun) {
        List<String> s = Words.stems(noun);
        return String.join(" ", s.subList(Math.max(0, s.size() - 2), s.size()));
    }
}
