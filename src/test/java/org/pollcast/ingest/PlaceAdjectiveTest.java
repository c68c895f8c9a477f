package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title names a country by its adjective: the place less its last vowel, then up to four letters, or nothing. */
class PlaceAdjectiveTest {
    @Test
    void aCountrysAdjectiveNamesIt() {
        assertThat(ElectionChoice.namesPlaceAsAdjective(
                        "Opinion polling for the 2024 Mexican general election", "mexico"))
                .isTrue();
        assertThat(ElectionChoice.namesPlaceAsAdjective(
                        "Opinion polling for the 2025 German federal election", "germany"))
                .as("the adjective is the stem itself")
                .isTrue();
        assertThat(ElectionChoice.namesPlaceAsAdjective("2023 Argentine general election", "argentina"))
                .isTrue();
        assertThat(ElectionChoice.namesPlaceAsAdjective("2024 London mayoral election", "mexico"))
                .isFalse();
    }

    @Test
    void anIaCountrysAdjectiveDropsBothLetters() {
        assertThat(ElectionChoice.namesPlaceAsAdjective(
                        "Opinion polling for the 2021 Czech parliamentary election", "czechia"))
                .isTrue();
        assertThat(ElectionChoice.namesPlaceAsAdjective("2023 Slovak parliamentary election", "slovakia"))
                .isTrue();
        assertThat(ElectionChoice.namesPlaceAsAdjective("2023 Slovak parliamentary election", "czechia"))
                .isFalse();
    }
}
