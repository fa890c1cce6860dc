package org.crosscheck.suggest.engine;

import org.crosscheck.review.ContradictionCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameSpellingsTest {

    @Test
    void aNameOneOutletSpellsALetterOffIsProposed() {
        List<FoundContradiction> found = NameSpellings.find(List.of(
                new EngineArticle(1, "Wire", "Governor Anton Bresk said the town would mourn. Anton Bresk visited the site."),
                new EngineArticle(2, "Regional", "Anton Brezk, the governor, said the town would mourn."),
                new EngineArticle(3, "Blog", "Governor Anton Bresk spoke to reporters.")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(ContradictionCategory.NAME_SPELLING);
            assertThat(c.spans()).extracting(SpanAt::articleId).containsExactly(1L, 3L, 2L);
            assertThat(c.explanation()).contains("Regional: Anton Brezk");
        });
    }

    @Test
    void accentsDifferentPeopleAndOneArticleWithBothAreNotProposed() {
        assertThat(NameSpellings.find(List.of(
                new EngineArticle(1, "A", "Stéphane Dujarric said so. Anna Berg agreed."),
                new EngineArticle(2, "B", "Stephane Dujarric said so. Jonas Petric and Jonas Petrov disagreed."),
                new EngineArticle(3, "C", "Anna Borg and Anna Berg both spoke.")))).isEmpty();
    }

    @Test
    void aMisspelledTitleBeforeTheNameAndTwoLongPartsEachALetterOff() {
        assertThat(NameSpellings.find(List.of(
                new EngineArticle(1, "Wire", "Governor Anton Bresk said the town would mourn."),
                new EngineArticle(2, "Regional", "Governer Anton Brezk said the town would mourn."))))
                .singleElement().extracting(FoundContradiction::category).isEqualTo(ContradictionCategory.NAME_SPELLING);
        assertThat(NameSpellings.find(List.of(
                new EngineArticle(1, "Paper", "The union leader Valeriya Osmak said the strike would go on."),
                new EngineArticle(2, "Blog", "The union leader Valeria Osmack said the strike would go on."))))
                .singleElement().extracting(FoundContradiction::category).isEqualTo(ContradictionCategory.NAME_SPELLING);
        // Short parts each a letter off are more likely two people than one misspelt.
        assertThat(NameSpellings.find(List.of(
                new EngineArticle(1, "A", "Anna Berg said so."),
                new EngineArticle(2, "B", "Anja Berk said so.")))).isEmpty();
    }
}
