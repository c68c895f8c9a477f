package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.BadInputException;

/**
 * A declared vote count typed by hand on election night. Thousands separators are allowed where they belong; a
 * separator in the wrong place was dropped and the digits read as they stood, so "67,61" (67,610 with a digit lost)
 * became 6,761 votes and "6,7610" became 67,610, both accepted without a word.
 */
class DeclaredVotesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"67610|67610", "'67,610'|67610", "67 610|67610", "'1,234,567'|1234567", "67\u00a0610|67610", "0|0"
            })
    void separatorsEveryThreeDigitsAreRead(String cell, long votes) {
        assertThat(DeclarationRows.votes(cell, "night.csv:2: field 'votes'")).isEqualTo(votes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"67,61", "6,7610", "67,6100", "1,234 567", ",67610", "67610,"})
    void aSeparatorOutOfPlaceIsRefused(String cell) {
        assertThatThrownBy(() -> DeclarationRows.votes(cell, "night.csv:2: field 'votes'"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("night.csv:2: field 'votes': '" + cell + "' is not a number of votes: a thousands"
                        + " separator comes every three digits (67,610 or 1,234,567); write the figure again from"
                        + " its source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-67,610", "-67610"})
    void aNegativeCountIsStillCalledNegative(String cell) {
        assertThatThrownBy(() -> DeclarationRows.votes(cell, "night.csv:2: field 'votes'"))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("is negative");
    }
}
