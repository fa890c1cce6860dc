package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What the cross-article steps read of one article's text, made when the article is analysed, so
 * that a project's run need not keep every text until it compares them: the people named (for
 * spellings that differ), the nicknames introduced (First "Nick" Last), and each paragraph's
 * uncommon word stems as sorted hashes (for near-duplicates). A few hundred bytes a paragraph.
 */
public record ArticleDigest(List<NamedAt> people, List<Nickname> nicknames, List<ParagraphStems> paragraphs) {

    /** A person named at {@code [start, end)}, as {@code name}, written {@code exact}. */
    record NamedAt(int start, int end, String name, String exact) {
    }

    /** A nickname as the text introduces it: {@code full} is First Last of First "Nick" Last. */
    record Nickname(String nickname, String full) {
    }

    /** A paragraph at {@code [start, end)} and its uncommon stems, hashed, sorted, each once. */
    record ParagraphStems(int start, int end, int[] stems) {

        int length() {
            return end - start;
        }
    }

    /** The digest of {@code text}, split into {@code paragraphs}. */
    static ArticleDigest of(String text, Paragraphs paragraphs) {
        List<NamedAt> people = new ArrayList<>();
        for (Speakers.Mention m : paragraphs.people(text)) {
            people.add(new NamedAt(m.start(), m.end(), m.name(), text.substring(m.start(), m.end())));
        }
        List<Nickname> nicknames = new ArrayList<>();
        Matcher nick = SpeakerNames.NICKNAME.matcher(text);
        while (nick.find()) {
            nicknames.add(new Nickname(nick.group(2), nick.group(1) + " " + nick.group(3)));
        }
        List<ParagraphStems> stems = new ArrayList<>(paragraphs.count());
        for (int p = 0; p < paragraphs.count(); p++) {
            int start = paragraphs.starts()[p];
            int end = paragraphs.ends()[p];
            stems.add(new ParagraphStems(start, end, Words.stems(text.substring(start, end)).stream()
                    .filter(w -> !Words.COMMON.contains(w)).mapToInt(String::hashCode).sorted().distinct().toArray()));
        }
        return new ArticleDigest(List.copyOf(people), List.copyOf(nicknames), List.copyOf(stems));
    }

    static ArticleDigest of(String text) {
        return of(text, Paragraphs.of(text));
    }
}
