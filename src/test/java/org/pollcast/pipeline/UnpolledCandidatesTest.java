package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.simulate.ShareInput;

/** Candidates no poll names, whose party stood at the baseline election (london-2024's is london-2021). */
class UnpolledCandidatesTest {
    @TempDir
    Path tmp;

    private static ShareInput topTwo(double others) {
        List<String> ids = List.of("khan", "hall", "other");
        return new ShareInput(
                "london-2024",
                LocalDate.of(2024, 2, 10),
                82,
                ids,
                List.of("Sadiq Khan", "Susan Hall", "Others"),
                Arrays.asList("lab", "con", null),
                new double[] {(100 - others) * 0.67, (100 - others) * 0.33, others},
                new double[] {2, 2, 1},
                true,
                "average of 1 poll");
    }

    @Test
    void aHeadlineWithTheLeadingTwoStillForecastsTheOthersOfTheBallot() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2024");
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput out = UnpolledCandidates.fill(ws, e, mayor, topTwo(27), 0.7);
        // 2021: Porritt (Liberal Democrat) 4.41%, Berry (Green) 7.82% of first preferences.
        assertThat(out.mean()[out.options().indexOf("blackie")]).isCloseTo(4.41, within(0.01));
        assertThat(out.mean()[out.options().indexOf("garbett")]).isCloseTo(7.82, within(0.01));
        assertThat(out.se()[out.options().indexOf("garbett")]).isCloseTo(7.82 * 0.5, within(0.01));
        assertThat(out.options()).doesNotContain("cox", "campbell"); // no 2021 candidate of their party
        assertThat(out.options().get(out.options().size() - 1)).isEqualTo("other");
        assertThat(Arrays.stream(out.mean()).sum()).isCloseTo(100, within(1e-9));
        assertThat(out.mean()[0]).isEqualTo(topTwo(27).mean()[0]);
        assertThat(out.source()).contains("no poll names", "blackie 4.4%");
    }

    @Test
    void aSmallOthersFigureIsAReadingAndKeepsThemInOthers() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2024");
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput in = topTwo(6);
        ShareInput out = UnpolledCandidates.fill(ws, e, mayor, in, 0.7);
        assertThat(out.options()).isEqualTo(in.options());
        assertThat(out.mean()).isEqualTo(in.mean());
    }
}
