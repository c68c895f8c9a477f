package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.simulate.ShareInput;

/**
 * How the age of what is known widens a forecast: from the newest poll for every option, and from the newest poll
 * naming it for an option the newest polls left out (Alba in the Scottish polls of 2026).
 */
class InformationAgeTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 6);

    private static Poll poll(LocalDate end, Map<String, Double> shares) {
        return PollBuilder.of("scotland-2026", "parliament", Scope.FIRST_PREF, "Ipsos")
                .ended(end)
                .sample(1000)
                .shares(shares)
                .build();
    }

    private static ShareInput input() {
        return new ShareInput(
                "scotland-2026",
                AS_OF,
                1,
                List.of("snp", "lab", "alba", "other"),
                List.of("SNP", "Labour", "Alba", "Others"),
                List.of("snp", "lab", "alba", ""),
                new double[] {40, 35, 2, 23},
                new double[] {1, 1, 0.3, 1},
                true,
                "average");
    }

    private static Map<String, Double> shares(double snp, double lab, Double alba) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("snp", snp);
        m.put("lab", lab);
        if (alba != null) {
            m.put("alba", alba);
        }
        return m;
    }

    @Test
    void anOptionTheNewestPollsLeaveOutIsWiderByTheDriftSinceItWasLastNamed() {
        LocalDate newest = LocalDate.of(2026, 3, 31);
        List<Poll> polls =
                List.of(poll(LocalDate.of(2025, 9, 16), shares(38, 36, 2.0)), poll(newest, shares(41, 34, null)));
        ShareInput out = InformationAge.widenUnnamedSince(input(), polls, newest, 0.25);
        // 196 days from 16 September to 31 March, a 2% option: 0.25 √196 √(2 · 98) / 50 = 0.98 points.
        double walk = 0.25 * Math.sqrt(196) * Math.sqrt(2 * 98.0) / 50;
        assertThat(out.se()[2])
                .isCloseTo(Math.sqrt(0.3 * 0.3 + walk * walk), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(out.se()[0]).isEqualTo(1);
        assertThat(out.se()[1]).isEqualTo(1);
        assertThat(out.se()[3]).as("others is named by no poll").isEqualTo(1);
        assertThat(out.source()).contains("Alba (last named 2025-09-16) not named by the newest polls");
        // Every option named by the newest poll: nothing to widen.
        List<Poll> fresh = List.of(poll(newest, shares(41, 34, 2.0)));
        assertThat(InformationAge.widenUnnamedSince(input(), fresh, newest, 0.25)
                        .se())
                .containsExactly(1, 1, 0.3, 1);
    }
}
