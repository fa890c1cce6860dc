package org.crosscheck.suggest.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes and speakers on cases written for the rules, not taken from the evaluation sets. */
class QuoteFinderTest {

    private static List<FoundQuote> quotes(String text) {
        return new SuggestionEngine().analyse(new EngineArticle(1, "Test", text)).quotes();
    }

    @Test
    void curlyStraightAndGuillemetQuotesWithSpeakerAfterOrBefore() {
        List<FoundQuote> found = quotes("""
                “We will rebuild the bridge,” said Mayor Anna Lindqvist.
                "It is too early to say," the engineer told the council.
                Jean Dupont a déclaré : «Nous sommes prêts.»""");
        assertThat(found).extracting(FoundQuote::exact)
                .containsExactly("We will rebuild the bridge", "It is too early to say", "Nous sommes prêts");
        assertThat(found.get(0).speaker()).isEqualTo("Anna Lindqvist");
        assertThat(found.get(1).speaker()).isEqualTo("engineer");
    }

    @Test
    void apostrophesAreNotQuotesButSingleQuotesAre() {
        List<FoundQuote> found = quotes("The minister’s aides said it’s the protesters’ right. "
                + "Professor Kim Yoon called the plan ‘a gamble with lives’ on Monday.");
        assertThat(found).extracting(FoundQuote::exact).containsExactly("a gamble with lives");
        assertThat(found.getFirst().speaker()).isEqualTo("Kim Yoon");
    }

    @Test
    void aNestedQuoteIsPartOfTheOuterOne() {
        List<FoundQuote> found = quotes("“They told us ‘stay inside’ and then the water came,” said Omar Haddad.");
        assertThat(found).extracting(FoundQuote::exact).containsExactly("They told us ‘stay inside’ and then the water came");
        assertThat(found.getFirst().speaker()).isEqualTo("Omar Haddad");
    }

    @Test
    void aQuoteOverTwoParagraphsKeepsItsSpeaker() {
        List<FoundQuote> found = quotes("""
                Sarah Okafor, the union's lead negotiator, said: “We asked for nothing unreasonable.

                “We will be back at the table on Monday.”""");
        assertThat(found).hasSize(2);
        assertThat(found).extracting(FoundQuote::speaker).containsOnly("Sarah Okafor");
    }

    @Test
    void theWordsThatNamedTheSpeakerAreKeptForTheReviewer() {
        String text = """
                Maria Santos, the agency's spokeswoman, confirmed the closure on Friday.
                “The site will stay shut,” she said.
                “Nobody was hurt,” the spokeswoman added.
                “We will rebuild the bridge,” said Mayor Anna Lindqvist.

                “Work starts in May.”""";
        List<FoundQuote> found = quotes(text);
        assertThat(found).extracting(q -> q.speakerNamed() ? text.substring(q.speakerStart(), q.speakerEnd()) : null)
                .containsExactly("she", "the spokeswoman", "Anna Lindqvist", null);
        // "she" is the one after the first quote, not a "she" anywhere else.
        assertThat(found.getFirst().speakerStart()).isEqualTo(text.indexOf("she said"));
        assertThat(found.getLast().speaker()).isEqualTo("Anna Lindqvist");
    }

    @Test
    void aPronounIsFoundAsAWordNotInsideAnother() {
        String text = "Maria Santos runs the agency. Asked about it, he said the violence was “unacceptable and avoidable”.";
        FoundQuote q = quotes(text).getFirst();
        assertThat(q.speakerNamed()).isTrue();
        assertThat(q.speakerStart()).isEqualTo(text.indexOf(" he said") + 1);
        assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("he");
    }

    @Test
    void aSpeakerNamedBeforeTheQuoteIsFoundThereNotLaterInTheSentence() {
        String text = "Jan Novak said the plan was “a gamble”, and Novak wants it stopped.";
        FoundQuote q = quotes(text).getFirst();
        assertThat(q.speaker()).isEqualTo("Jan Novak");
        assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Jan Novak");
    }

    @Test
    void pronounsAndTitlesPointBackToThePersonNamedEarlier() {
        List<FoundQuote> found = quotes("""
                Maria Santos, the agency's spokeswoman, confirmed the closure on Friday.
                “The site will stay shut,” she said.
                “Nobody was hurt,” the spokeswoman added.""");
        assertThat(found).extracting(FoundQuote::speaker).containsExactly("Maria Santos", "Maria Santos");
    }

    @Test
    void namesLoseTitlesAndPossessorsAndAreOneNamePerPersonAcrossArticles() {
        ProjectFindings found = new SuggestionEngine().analyseProject(List.of(
                new EngineArticle(1, "A", "“Order is restored,” Kenya’s President William Ruto said."),
                new EngineArticle(2, "B", "“Order is restored,” Mr. Ruto said on Sunday.")));
        assertThat(found.articles()).flatExtracting(ArticleFindings::quotes).extracting(FoundQuote::speaker)
                .containsOnly("William Ruto");
    }

    @Test
    void partialQuoteInsideASentenceIsAttributedToItsSubject() {
        List<FoundQuote> found = quotes("Chancellor Erik Brandt described the deal as “a turning point” for the region.");
        assertThat(found.getFirst().exact()).isEqualTo("a turning point");
        assertThat(found.getFirst().speaker()).isEqualTo("Erik Brandt");
    }

    @Test
    void aTitleInMarksIsNotAQuote() {
        assertThat(quotes("She wrote for “The Guardian” and reviewed “Dune” last year.")).isEmpty();
    }

    @Test
    void emojiAndCombiningCharactersKeepOffsetsInUtf16() {
        String text = "🇰🇿 Café owner Zoe\u0301 Marti said: “Cafe\u0301s are empty.”";
        FoundQuote q = quotes(text).getFirst();
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.exact()).isEqualTo("Cafe\u0301s are empty");
    }

    @Test
    void aNamedAppositiveWinsOverALowercaseTitle() {
        List<FoundQuote> found = quotes("""
                The port's harbour master, Commander Ida Brun, ordered the lock keeper, Sven Alm, to close the gates.
                The shipyard’s managing director, Olle Rask, said in a letter that the loans would be repaid “as soon as the bank agrees”.""");
        assertThat(found.getFirst().speaker()).isEqualTo("Olle Rask");
    }

    @Test
    void aQualifiedTitleIsNotAnotherPersonWithTheSameNoun() {
        List<FoundQuote> found = quotes("""
                Greta Holm, who flew in at noon, said the state would pay for the repairs.
                The country’s finance minister, Karl Ost, said the money was ready. Holm had asked him to stay on.
                “Not one family will sleep outside,” the prime minister told parliament.""");
        assertThat(found.getFirst().speaker()).isEqualTo("Greta Holm");
    }

    @Test
    void aQuoteOverABrokenLineIsOneQuoteWithItsSpeakerAfterIt() {
        for (String gap : new String[] {"\n", "\n\n"}) {
            List<FoundQuote> found = quotes("Dr Lea Marsh, the city's vet, spoke at noon. \"We have shut the kennels. We will not wait for the"
                    + gap + "tests to act,\" Marsh said. \"I expect more cases by Friday.\"");
            assertThat(found).extracting(FoundQuote::exact).containsExactly(
                    "We have shut the kennels. We will not wait for the" + gap + "tests to act", "I expect more cases by Friday");
            assertThat(found).extracting(FoundQuote::speaker).containsExactly("Lea Marsh", "Lea Marsh");
        }
        List<FoundQuote> open = quotes("\"We will march on Monday\n\nThe union said nothing more.");
        assertThat(open).extracting(FoundQuote::exact).containsExactly("We will march on Monday");
    }

    @Test
    void aDescribedSurnameAfterTheVerbAndAnOrganisationThatBlamed() {
        List<FoundQuote> found = quotes("""
                Rik Ovel, his arm in a sling, told how he was dug out.

                "When the roof fell, I shouted for help," said the 41-year-old Ovel, who lost his house.

                The LFA has blamed the delays on fans holding "forged passes" at the gates.""");
        assertThat(found).extracting(FoundQuote::speaker).containsExactly("Rik Ovel", "LFA");
    }

    @Test
    void straightSingleMarksQuoteButApostrophesDoNot() {
        List<FoundQuote> found = quotes("""
                In a statement, Mayor Ines Dorn said: 'We grieve with every family that lost someone tonight.'

                'Our crews are already on the ground,' she added. The fans' coaches and the players' bus didn't stop.

                Officials called it 'a night of chaos'.""");
        assertThat(found).extracting(FoundQuote::exact).containsExactly(
                "We grieve with every family that lost someone tonight", "Our crews are already on the ground",
                "a night of chaos");
        assertThat(found.get(0).speaker()).isEqualTo("Ines Dorn");
        assertThat(found.get(1).speaker()).isEqualTo("Ines Dorn");
    }
}
