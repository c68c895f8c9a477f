package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.aggregate.HouseEffect;

/** The few-polls note of house effects: which firms it names, and that it is silent when every firm polled often. */
class HouseEffectTablesTest {
    private static HouseEffect effect(String pollster, String option, int polls) {
        return new HouseEffect(pollster, option, "average", 0.5, 1.0, polls);
    }

    /**
     * A firm is counted by its most polls on any option: MRUK's two polls of Johnson make it a two-poll firm even where
     * one of them left Paddick out. London 2008 as of 30 April: ICM 1 poll, MRUK 2, YouGov 6, Ipsos MORI 3.
     */
    @Test
    void namesTheFirmsWithTwoPollsOrFewer() {
        List<HouseEffect> effects = List.of(
                effect("Ipsos MORI", "johnson", 3),
                effect("YouGov", "johnson", 6),
                effect("ICM", "johnson", 1),
                effect("MRUK", "johnson", 2),
                effect("MRUK", "paddick", 1),
                effect("YouGov", "paddick", 4));
        assertThat(HouseEffectTables.fewPolls(effects, 2))
                .hasValueSatisfying(n -> assertThat(n)
                        .startsWith("few polls: ICM 1 poll, MRUK 2 polls.")
                        .contains("as if each firm had 2 more polls at the consensus")
                        .doesNotContain("YouGov")
                        .doesNotContain("Ipsos MORI"));
        assertThat(HouseEffectTables.fewPolls(effects, 0.5))
                .hasValueSatisfying(n -> assertThat(n).contains("had 0.5 more polls"));
        assertThat(HouseEffectTables.fewPolls(effects, 0))
                .hasValueSatisfying(n -> assertThat(n).doesNotContain("pulled towards zero"));
    }

    @Test
    void saysNothingWhenEveryFirmHasThreePollsOrMore() {
        List<HouseEffect> effects = List.of(effect("YouGov", "johnson", 3), effect("ICM", "johnson", 5));
        assertThat(HouseEffectTables.fewPolls(effects, 2)).isEmpty();
    }

    /** The lead's effects by mode: averaged by polls, firms of several modes or none named as left out. */
    @Test
    void byModeAveragesEachModesFirmsOnTheLeadByTheirPolls() {
        List<HouseEffect> effects = List.of(
                new HouseEffect("ComRes", "lead:leave>remain", "average", -2.0, 1.0, 3),
                new HouseEffect("Survation", "lead:leave>remain", "average", -1.0, 1.0, 1),
                new HouseEffect("YouGov", "lead:leave>remain", "average", 1.0, 1.0, 6),
                new HouseEffect("ICM", "lead:leave>remain", "average", 0.5, 1.0, 2),
                new HouseEffect("YouGov", "leave", "average", 0.5, 1.0, 6));
        java.util.Map<String, String> modes =
                java.util.Map.of("ComRes", "Telephone", "Survation", "Telephone", "YouGov", "Online", "ICM", "");
        assertThat(HouseEffectTables.byMode(effects, modes))
                .hasValueSatisfying(n -> assertThat(n)
                        .contains("Telephone -1.8 (ComRes, Survation; 4 polls)")
                        .contains("Online +1.0 (YouGov; 6 polls)")
                        .contains("left out, stating several modes or none: ICM"));
        assertThat(HouseEffectTables.byMode(effects, java.util.Map.of("ComRes", "Telephone")))
                .isEmpty();
    }
}
