package org.crosscheck.suggest.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerNamesTest {

    @Test
    void aSurnameOneOutletSpellsALetterOffIsTheSamePerson() {
        SpeakerNames names = new SpeakerNames(List.of("Anton Bresk", "Anton Bresk", "Anton Brezk", "Valeriya Osmak",
                "Valeriya Osmak", "Valeria Osmack"));
        assertThat(names.canonical("Anton Brezk")).isEqualTo("Anton Bresk");
        assertThat(names.canonical("Valeria Osmack")).isEqualTo("Valeriya Osmak");
        assertThat(names.canonical("Brezk")).isEqualTo("Anton Bresk");
    }

    @Test
    void spellingsThatChainEndAtOneName() {
        SpeakerNames names = new SpeakerNames(List.of("Anton Bresk", "Anton Breske", "Anton Breske", "Anton Breskev",
                "Anton Breskev", "Anton Breskev"));
        assertThat(List.of("Anton Bresk", "Anton Breske", "Anton Breskev")).allSatisfy(n ->
                assertThat(names.canonical(n)).isNotNull().startsWith("Anton Bresk"));
    }

    @Test
    void differentFirstNamesOrShortSurnamesStayApart() {
        SpeakerNames names = new SpeakerNames(List.of("Anna Berg", "Jonas Borg", "Maria Salo", "Ingrid Sallo"));
        assertThat(names.canonical("Jonas Borg")).isEqualTo("Jonas Borg");
        assertThat(names.canonical("Ingrid Sallo")).isEqualTo("Ingrid Sallo");
    }

    @Test
    void aNicknameIsThePersonItNames() {
        SpeakerNames names = new SpeakerNames(List.of("Tomek"), List.of("Valmar coach Tomasz \"Tomek\" Brandl said so."));
        assertThat(names.canonical("Tomek")).isEqualTo("Tomasz Brandl");
    }
}
