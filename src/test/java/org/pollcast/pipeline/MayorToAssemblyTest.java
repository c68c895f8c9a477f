package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The list share implied by a mayoral share, from a party's own record or from parties of its size. */
class MayorToAssemblyTest {
    /** The Greens' Mayor and list shares, 2000 to 2021 (data/results): the 2024 forecast's own record. */
    private static final List<MayorToAssembly.Pair> GREENS = List.of(
            new MayorToAssembly.Pair("grn", 2.22, 11.08),
            new MayorToAssembly.Pair("grn", 3.20, 8.40),
            new MayorToAssembly.Pair("grn", 4.48, 8.55),
            new MayorToAssembly.Pair("grn", 5.80, 7.95),
            new MayorToAssembly.Pair("grn", 7.82, 11.80));

    @Test
    void aSmallPartyWithItsOwnRecordTakesTheSteadierForm() {
        var ballot = new MayorToAssembly.Ballot(GREENS, "list");
        double[] implied = ballot.implied("grn", 6.9);
        // In points the bonus was 8.9, 5.2, 4.1, 2.2, 4.0: mean 4.9, sd 2.5; as a ratio 5.0 to 1.4, which at
        // 6.9% would be 15 ± 8 points. The points win.
        assertThat(implied[0]).isCloseTo(6.9 + 4.87, within(0.05));
        assertThat(implied[1]).isBetween(2.0, 3.0);
    }

    @Test
    void aSteadyRatioIsKept() {
        // A party whose list vote has always been 1.5 times its candidate's, at very different shares.
        var ballot = new MayorToAssembly.Ballot(
                List.of(
                        new MayorToAssembly.Pair("x", 2, 3.1),
                        new MayorToAssembly.Pair("x", 8, 11.8),
                        new MayorToAssembly.Pair("x", 12, 18.2)),
                "list");
        double[] implied = ballot.implied("x", 4);
        assertThat(implied[0]).isCloseTo(4 * 1.5, within(0.1));
        assertThat(implied[1]).isLessThan(1.5);
    }

    @Test
    void withoutItsOwnRecordAPartyTakesTheRatioOfPartiesItsSize() {
        var ballot = new MayorToAssembly.Ballot(GREENS, "list");
        double[] implied = ballot.implied("new-party", 3);
        double meanLog = GREENS.stream()
                .mapToDouble(p -> Math.log(p.assembly() / p.mayor()))
                .average()
                .orElseThrow();
        assertThat(implied[0]).isCloseTo(3 * Math.exp(meanLog), within(1e-9));
    }
}
