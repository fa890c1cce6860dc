package org.crosscheck.suggest.engine;

import org.crosscheck.annotation.FigureQualifier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures on cases written for the rules, not taken from the evaluation sets. */
class FigureFinderTest {

    private static List<FoundFigure> figures(String text) {
        return new SuggestionEngine().analyse(new EngineArticle(1, "Test", text)).figures();
    }

    private static FoundFigure only(String text) {
        List<FoundFigure> found = figures(text);
        assertThat(found).as(text).hasSize(1);
        return found.getFirst();
    }

    @Test
    void numbersInDigitsWithSeparatorsScalesAndCurrencies() {
        assertThat(only("The fund holds 3.2 million euros.").value()).isEqualByComparingTo("3200000");
        assertThat(only("Ticket sales reached 38.000 in Munich.").value()).isEqualByComparingTo("38000");
        FoundFigure money = only("The club paid €3.2m for the striker.");
        assertThat(money.value()).isEqualByComparingTo("3200000");
        assertThat(money.unit()).isEqualTo("EUR");
        assertThat(only("Turnout was 61.5% on Sunday.").unit()).isEqualTo("%");
    }

    @Test
    void numbersInWordsVagueAmountsAndFactors() {
        assertThat(only("Twenty-three miners were rescued.").value()).isEqualByComparingTo("23");
        FoundFigure hundred = only("Over a hundred homes burned.");
        assertThat(hundred.value()).isEqualByComparingTo("100");
        assertThat(hundred.qualifier()).isEqualTo(FigureQualifier.MORE_THAN);
        FoundFigure dozens = only("Dozens of shops were looted.");
        assertThat(dozens.value()).isEqualByComparingTo("24");
        assertThat(dozens.valueMax()).isEqualByComparingTo("99");
        FoundFigure fold = only("Rents saw a three-fold increase in rents.");
        assertThat(fold.value()).isEqualByComparingTo("3");
        FoundFigure near = only("The near-doubling of bread prices angered many.");
        assertThat(near.qualifier()).isEqualTo(FigureQualifier.ALMOST);
        assertThat(near.counted()).isEqualTo("increase in bread prices");
    }

    @Test
    void qualifiersAndRanges() {
        assertThat(only("Almost 500 people signed.").qualifier()).isEqualTo(FigureQualifier.ALMOST);
        assertThat(only("At least 40 people were injured.").qualifier()).isEqualTo(FigureQualifier.AT_LEAST);
        assertThat(only("Up to 40 people were injured.").qualifier()).isEqualTo(FigureQualifier.AT_MOST);
        assertThat(only("Some 300 workers walked out.").qualifier()).isEqualTo(FigureQualifier.ABOUT);
        FoundFigure range = only("Between 30 and 40 people were hurt.");
        assertThat(range.value()).isEqualByComparingTo(BigDecimal.valueOf(30));
        assertThat(range.valueMax()).isEqualByComparingTo(BigDecimal.valueOf(40));
        assertThat(range.exact()).isEqualTo("Between 30 and 40");
    }

    @Test
    void whatTheFigureCounts() {
        assertThat(only("Police said 14 miners were killed in the blast.").counted()).isEqualTo("miners killed");
        assertThat(only("Soldiers arrested about 200 students overnight.").counted()).isEqualTo("students arrested");
        List<FoundFigure> two = figures("Five firefighters died and more than 20 were injured.");
        assertThat(two).extracting(FoundFigure::counted).containsExactly("firefighters killed", "firefighters injured");
        assertThat(two).extracting(FoundFigure::topic).containsExactly("deaths (firefighter)", "injured (firefighter)")
;
    }

    @Test
    void datesTimesYearsAgesIdentifiersLinksAndListNumbersAreNotFigures() {
        assertThat(figures("""
                1. On 6 January, at 11pm, and on March 3rd, 2024, in 1998 and 4-5 May.
                The COVID-19 rules, Resolution 2334 and the A7 road stayed; call 112 or +44 20 7946 0958.
                Anna Berg, 45, left. See https://t.co/4lJ3IX and @user12.""")).isEmpty();
    }

    /** A duration before "ago", "later" or "after" is a figure, and so is a count before "after". */
    @Test
    void durationsAndCountsBeforeAgoLaterOrAfterAreFigures() {
        assertThat(figures("The coach took over 18 months ago and left nine minutes later."))
                .extracting(FoundFigure::exact).containsExactly("18 months", "nine minutes");
        assertThat(only("The toll was revised down to 80 after officials removed duplicates.").value())
                .isEqualByComparingTo("80");
        assertThat(figures("The country has not seen such protests since it left the union three decades ago,"
                + " and dozens have been killed.")).extracting(FoundFigure::counted).last().isNotEqualTo("decades killed");
    }

    /** Shares and halves in words, "one" where a count is meant, and a qualifier whose capital the page lost. */
    @Test
    void sharesHalvesOneAndLostDropCapitals() {
        FoundFigure quarter = only("Sales of the brewer dropped by nearly a quarter.");
        assertThat(quarter.value()).isEqualByComparingTo("25");
        assertThat(quarter.unit()).isEqualTo("%");
        assertThat(quarter.qualifier()).isEqualTo(FigureQualifier.ALMOST);
        assertThat(only("Almost half of the riders finished.").exact()).isEqualTo("Almost half");
        assertThat(figures("The lead changed in the second half and again at half-time.")).isEmpty();
        assertThat(figures("She won a third term; the quarter-final is next.")).isEmpty();
        FoundFigure century = only("The dam was the largest built in half a century.");
        assertThat(century.value()).isEqualByComparingTo("50");
        assertThat(century.unit()).isEqualTo("years");
        assertThat(only("The ferry left over half an hour late.").value()).isEqualByComparingTo("30");
        assertThat(only("It was the wettest spring for four decades.").value()).isEqualByComparingTo("40");
        assertThat(figures("At least one lorry overturned; all but one driver was named. One of them spoke."))
                .extracting(FoundFigure::exact).containsExactly("At least one", "one");
        FoundFigure dropped = only("t least 57 sheep were lost in the storm.");
        assertThat(dropped.exact()).isEqualTo("t least 57");
        assertThat(dropped.qualifier()).isEqualTo(FigureQualifier.AT_LEAST);
        assertThat(only("Symptoms can take as long as 9 days to appear.").qualifier()).isEqualTo(FigureQualifier.AT_MOST);
        assertThat(figures("Turnover rose 3.1% to 1.2 billion crowns.")).extracting(FoundFigure::exact)
                .containsExactly("3.1%", "1.2 billion");
        assertThat(figures("He played three seasons abroad and scored from 25 yards.")).extracting(FoundFigure::exact)
                .containsExactly("three seasons", "25 yards");
    }

    /** Scores without a sport word nearby, minute marks, counters, phone numbers, ages and clock times in words. */
    @Test
    void scoresMinuteMarksCountersPhonesAgesAndTimesInWords() {
        assertThat(figures("Full time: Oster 3-2 Lund Athletic.")).extracting(FoundFigure::unit).containsExactly("score");
        assertThat(figures("They were level at 1-1, he said.")).extracting(FoundFigure::unit).containsExactly("score");
        assertThat(only("The repairs took 3-4 days.").valueMax()).isEqualByComparingTo("4");
        assertThat(figures("""
                Replies (41)

                67' CHANCE for the visitors. The helpline, 0900 555 210, opens today;
                report by calling 133. Two pupils, aged under 12, and his mother, 81, were treated. The bus leaves at
                seven in the evening. He came from Ligue 2.""")).extracting(FoundFigure::exact).containsExactly("Two");
    }

    /** Ranges with "or" and in words, ages on a caption line, stages of a cup, units in two fused words. */
    @Test
    void orRangesWordRangesCaptionAgesStagesAndTwoFusedWords() {
        FoundFigure villages = only("Further up there are about four or five hamlets.");
        assertThat(villages.value()).isEqualByComparingTo("4");
        assertThat(villages.valueMax()).isEqualByComparingTo("5");
        assertThat(only("They caught 7 or 8 trout.").valueMax()).isEqualByComparingTo("8");
        assertThat(figures("Lina Park-so, 34\n\nThey lost in the round of 16.")).isEmpty();
        assertThat(only("A 2.5-metre-wide lane ran behind the hall.").exact()).isEqualTo("2.5-metre-wide");
    }

    /** As ../shared/EVAL.md labels them: the unit written with the number is part of the figure. */
    @Test
    void fusedUnitsScoresAndQualifiersAreOneFigure() {
        assertThat(figures("A 12-year-old boy was found three kilometres from home, six months on, in a four-storey block."))
                .extracting(FoundFigure::exact)
                .containsExactly("12-year-old", "three kilometres", "six months", "four-storey");
        FoundFigure score = only("Valmar won the final 3-2 after extra time.");
        assertThat(score.exact()).isEqualTo("3-2");
        assertThat(score.unit()).isEqualTo("score");
        FoundFigure high = only("Officials earlier put the toll as high as 110.");
        assertThat(high.exact()).isEqualTo("as high as 110");
        assertThat(high.qualifier()).isEqualTo(org.crosscheck.annotation.FigureQualifier.AT_MOST);
    }

    @Test
    void figuresThatDisagreeAcrossArticlesAreAContradictionAndARiseIsNot() {
        ProjectFindings found = new SuggestionEngine().analyseProject(List.of(
                new EngineArticle(1, "MPA", "At least 40 people were injured in the crush."),
                new EngineArticle(2, "DailyTrendHub", "Up to 40 people were injured, police said."),
                new EngineArticle(3, "Later", "The number of injured people rose to 55 on Friday.")));
        assertThat(found.contradictions()).hasSize(1);
        FoundContradiction c = found.contradictions().getFirst();
        assertThat(c.explanation()).isEqualTo("Injured: MPA: at least 40 people injured; DailyTrendHub: at most 40 people injured");
        assertThat(c.spans()).extracting(SpanAt::articleId).containsExactly(1L, 2L);
    }
}
