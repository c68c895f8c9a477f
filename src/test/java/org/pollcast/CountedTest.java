package org.pollcast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertThat(Counted.of(1, "constituency", "constituencies")).isEqualTo("1 constituency");
        assertThat(Counted.of(0, "constituency", "constituencies")).isEqualTo("0 constituencies");
        assertThat(Counted.of(14, "constituency", "constituencies")).isEqualTo("14 constituencies");
        assertThat(Counted.of(100_000, "simulation", "simulations")).isEqualTo("100,000 simulations");
        assertThat(Counted.word(1, "has", "have") + "/" + Counted.word(2, "has", "have"))
                .isEqualTo("has/have");
    }
}
