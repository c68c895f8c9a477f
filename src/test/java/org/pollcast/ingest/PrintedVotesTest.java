package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pollcast.BadInputException;

/**
 * Counts as the pages print them: Colombia's official count writes Galán's 1,497,126 votes "1.497.126" (the Bogotá
 * blind trial's results file was refused as "not a whole number of votes"), Switzerland's "1'497'126".
 */
class PrintedVotesTest {
    @Test
    void thousandsPartedByDotsOrApostrophesAreOneNumber() {
        assertThat(PrintedVotes.parse("1.054.817", "f:2: field 'votes'")).isEqualTo(1_054_817L);
        assertThat(PrintedVotes.parse("1'054'817", "f:2: field 'votes'")).isEqualTo(1_054_817L);
        assertThat(PrintedVotes.parse("181,040", "f:2: field 'votes'")).isEqualTo(181_040L);
    }

    @Test
    void oneDotGroupIsNoGuessButTheMessageSaysHowToWriteIt() {
        assertThatThrownBy(() -> PrintedVotes.parse("7.432", "f:2: field 'votes'"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'7.432' is not a whole number of votes")
                .hasMessageContaining("write 7432");
        assertThatThrownBy(() -> PrintedVotes.parse("1.05.817", "f:2: field 'votes'"))
                .isInstanceOf(BadInputException.class);
        // Twelve thousand where dots part thousands, twelve where the dot is a decimal point: a thousand times apart.
        assertThatThrownBy(() -> PrintedVotes.parse("12.000", "f:2: field 'votes'"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("write 12000; where it is a decimal point, write 12)");
    }

    /** Japan's counts share ambiguous ballots out in fractions (a blind trial's Tokyo file): the message says how. */
    @Test
    void aCountWithFractionsSaysToWriteItWhole() {
        assertThatThrownBy(() -> PrintedVotes.parse("178784.29", "f:6: field 'votes'"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'178784.29' is not a whole number of votes")
                .hasMessageContaining("is written whole: 178784)");
        // Three decimals and a thousands separator, as Japanese counts are printed (review).
        assertThatThrownBy(() -> PrintedVotes.parse("86,574.921", "f:7: field 'votes'"))
                .hasMessageContaining("is written whole: 86575)");
    }
}
