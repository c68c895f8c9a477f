package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;

/**
 * A run-off poll's "Other" is left out only where it is small: those naming neither finalist (Georgia's run-off polls
 * printed 1 to 3). A large one is more likely a first round's figures filed under the run-off, and stays refused.
 */
class RunoffOtherTest {
    private static Map<String, Double> figures(double a, double b, double other) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("warnock", a);
        m.put("walker", b);
        m.put(Option.OTHER, other);
        return m;
    }

    @Test
    void aSmallOtherIsLeftOut() {
        assertThat(PollShares.runoffWithoutOther(Scope.RUNOFF, figures(51, 47, 2)))
                .hasValueSatisfying(pair -> assertThat(pair).containsOnlyKeys("warnock", "walker"));
    }

    @Test
    void aLargeOtherIsNotAnswerOfNeither() {
        assertThat(PollShares.runoffWithoutOther(Scope.RUNOFF, figures(40, 35, 25)))
                .isEmpty();
        assertThat(PollShares.runoffWithoutOther(Scope.FIRST_PREF, figures(51, 47, 2)))
                .as("only a run-off's")
                .isEmpty();
    }
}
