package org.crosscheck.curation;

import org.crosscheck.curation.Agreement.Mark;
import org.crosscheck.curation.Agreement.PairScore;
import org.crosscheck.curation.Agreement.Place;
import org.crosscheck.curation.Agreement.Result;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agreement figures against values worked out by hand, and the places curation goes through. */
class AgreementTest {

    private static Mark mark(long id, long who, String kind, int start, int end, String says) {
        return new Mark(id, who, kind, start, end, says);
    }

    @Test
    void theSameMarksAgreeFully() {
        Result r = Agreement.of(10, List.of(1L, 2L), List.of(mark(1, 1, "QUOTE", 0, 4, "x"), mark(2, 2, "QUOTE", 0, 4, "x")));
        assertThat(r.overall().f1()).isEqualTo(1.0);
        assertThat(r.overall().alpha()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void overlappingMarksMatchForF1AndAlphaCountsTheTextTheyDisagreeOn() {
        // Positions 0-1 only A, 2-3 both, 4-5 only B, 6-9 neither: o01 = 4, n1 = 8, n0 = 12, n = 20.
        Result r = Agreement.of(10, List.of(1L, 2L), List.of(mark(1, 1, "QUOTE", 0, 4, "x"), mark(2, 2, "QUOTE", 2, 6, "y")));
        assertThat(r.kinds()).singleElement().satisfies(k -> {
            assertThat(k.f1()).isEqualTo(1.0);
            assertThat(k.alpha()).isCloseTo(1 - 19.0 * 4 / (12 * 8), within(1e-9));
            assertThat(k.marks()).containsEntry(1L, 1).containsEntry(2L, 1);
        });
    }

    @Test
    void aMarkNobodyElseMadeLowersF1AndMarksOfAnotherKindDoNotMatch() {
        Result r = Agreement.of(100, List.of(1L, 2L), List.of(
                mark(1, 1, "QUOTE", 0, 10, null), mark(2, 2, "QUOTE", 5, 12, null),
                mark(3, 1, "FIGURE", 20, 25, null), mark(4, 2, "NOTE", 20, 25, null),
                mark(5, 1, "QUOTE", 40, 50, null)));
        PairScore quotes = r.pairs().stream().filter(p -> p.kind().equals("QUOTE")).findFirst().orElseThrow();
        assertThat(quotes.matched()).isEqualTo(1);
        assertThat(quotes.f1()).isCloseTo(2.0 / 3, within(1e-9));
        PairScore figures = r.pairs().stream().filter(p -> p.kind().equals("FIGURE")).findFirst().orElseThrow();
        assertThat(figures.f1()).isZero();
        // Over all kinds: 1 match of 3 + 2 marks.
        assertThat(r.overall().f1()).isCloseTo(2.0 / 5, within(1e-9));
    }

    @Test
    void asManyMarksArePairedAsCanBeNotJustTheLargestOverlapFirst() {
        // Greedy by overlap would pair A2-B1 (10 characters) and leave both others alone.
        assertThat(Agreement.matched(List.of(mark(1, 1, "Q", 0, 10, null), mark(2, 1, "Q", 10, 22, null)),
                List.of(mark(3, 2, "Q", 8, 20, null), mark(4, 2, "Q", 20, 30, null)))).isEqualTo(2);
    }

    @Test
    void marksArePairedOneToOneLargestOverlapFirst() {
        assertThat(Agreement.matched(List.of(mark(1, 1, "Q", 0, 2, null), mark(2, 1, "Q", 3, 5, null)),
                List.of(mark(3, 2, "Q", 1, 4, null)))).isEqualTo(1);
        assertThat(Agreement.matched(List.of(mark(1, 1, "Q", 0, 10, null)),
                List.of(mark(2, 2, "Q", 0, 3, null), mark(3, 2, "Q", 4, 10, null)))).isEqualTo(1);
    }

    @Test
    void alphaIsUndefinedWithoutVariationAndBelowZeroForSystematicDisagreement() {
        assertThat(Agreement.alpha(10, List.of(1L, 2L), List.of())).isNull();
        Double opposite = Agreement.alpha(10, List.of(1L, 2L), List.of(mark(1, 1, "Q", 0, 5, null), mark(2, 2, "Q", 5, 10, null)));
        assertThat(opposite).isLessThan(0);
    }

    @Test
    void placesGroupOverlappingMarksOfOneKindAndAgreeOnlyWhenAllSayTheSame() {
        List<Place> places = Agreement.places(List.of(1L, 2L), List.of(
                mark(1, 1, "QUOTE", 0, 4, "Tokayev"), mark(2, 2, "QUOTE", 0, 4, "Tokayev"),
                mark(3, 1, "QUOTE", 10, 14, "Bachelet"), mark(4, 2, "QUOTE", 12, 16, "Bachelet"),
                mark(5, 1, "FIGURE", 20, 22, "12"), mark(6, 2, "FIGURE", 20, 22, "13"),
                mark(7, 2, "NOTE", 30, 35, "only B")));
        assertThat(places).extracting(Place::start, Place::agreed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, true), org.assertj.core.groups.Tuple.tuple(10, false),
                org.assertj.core.groups.Tuple.tuple(20, false), org.assertj.core.groups.Tuple.tuple(30, false));
        assertThat(places.get(1).marks()).hasSize(2);
    }

    @Test
    void twoThousandMarksEachMatchPlaceByPlace() {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            marks.add(mark(i, 1, i % 3 == 0 ? "QUOTE" : "NOTE", i * 50, i * 50 + 20, "a" + i));
            marks.add(mark(10_000 + i, 2, i % 3 == 0 ? "QUOTE" : "NOTE", i * 50 + (i % 2), i * 50 + 20, "a" + i));
        }
        Result r = Agreement.of(100_000, List.of(1L, 2L), marks);
        assertThat(r.overall().f1()).isEqualTo(1.0);
        assertThat(Agreement.places(List.of(1L, 2L), marks)).hasSize(2000).filteredOn(Place::agreed).hasSize(1000);
    }
}
