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
        assertThat(out.source()).contains("no poll names Rob Blackie, Zoë Garbett", "Rob Blackie 4.4%");
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

    /**
     * More in Common's Greater Manchester poll of 19–24 April 2024 as published (Evans 9, Buckley 9, Barker 12; no
     * figure for Burnham, Spencer or Austin): others, 70%, outpolls every named candidate, so it is the unnamed
     * leader's vote. Burnham, Spencer and Austin take their parties' 2021 shares (67.3, 4.4, 3.2%) scaled to fit it.
     * Before, they stayed in others and the forecast made Barker, on 12%, the favourite; Burnham won 63.4%.
     * Figures: src/test/resources/ingest/README.md.
     */
    @Test
    void othersThatOutpollEveryNamedCandidateHoldTheUnnamedLeader() throws java.io.IOException {
        Path data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Path fixtures = Path.of("src/test/resources/ingest");
        for (String f :
                new String[] {"elections/gm-2021.yaml", "elections/gm-2024.yaml", "results/gm_mayor_results.csv"}) {
            java.nio.file.Files.copy(fixtures.resolve(f), data.resolve(f));
        }
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("gm-2024");
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput polled = new ShareInput(
                "gm-2024",
                LocalDate.of(2024, 5, 2),
                0,
                List.of("evans", "buckley", "barker", "other"),
                List.of("Laura Evans", "Nick Buckley", "Dan Barker", "Others"),
                Arrays.asList("con", "ind", "reform", null),
                new double[] {9, 9, 12, 70},
                new double[] {1.3, 1.3, 1.5, 1.0},
                true,
                "average of 1 poll");
        ShareInput out = UnpolledCandidates.fill(ws, e, mayor, polled, 0.7);
        double total2021 = 473_024 + 137_753 + 30_699 + 22_373 + 18_910 + 9_488 + 6_448 + 2_182 + 1_907;
        double wanted = (473_024 + 30_699 + 22_373) / total2021 * 100;
        double scale = 70 / wanted;
        assertThat(out.mean()[out.options().indexOf("burnham")])
                .isCloseTo(473_024 / total2021 * 100 * scale, within(1e-9))
                .isGreaterThan(60);
        assertThat(out.mean()[out.options().indexOf("spencer")])
                .isCloseTo(30_699 / total2021 * 100 * scale, within(1e-9));
        assertThat(out.mean()[out.options().indexOf("austin")])
                .isCloseTo(22_373 / total2021 * 100 * scale, within(1e-9));
        assertThat(out.mean()[out.options().indexOf("barker")]).isEqualTo(12);
        assertThat(out.mean()[out.options().size() - 1]).isCloseTo(0, within(1e-9));
        assertThat(Arrays.stream(out.mean()).sum()).isCloseTo(100, within(1e-9));
        assertThat(out.source()).contains("scaled by 0.9", "to fit the 70.0% the polls leave to others");
    }
}
