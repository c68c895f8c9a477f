package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.simulate.ShareInput;

/**
 * With no polls, the prior forecasts the candidates whose party stood at the baseline election; the others are inside
 * "Others", and the forecast names them. A blind trial on West Yorkshire 2024 (baseline 2021) found its forecast
 * table without Jonathan Tilt, an independent who won 8.5%, and no word of him. london-2024 (baseline 2021, bundled
 * results, no polls) has five such candidates.
 */
class FoldedIntoOthersTest {
    @TempDir
    Path tmp;

    @Test
    void aPriorForecastNamesTheCandidatesItLeavesInsideOthers() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2024");
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput prior = Forecasts.baselineInput(ws, e, mayor, LocalDate.of(2024, 4, 1));
        assertThat(prior.options()).doesNotContain("cox", "campbell");
        String note = Forecasts.foldedIntoOthers(e, mayor, prior);
        assertThat(note)
                .startsWith("Howard Cox (reform), Natalie Campbell (ind), Andreas Michli (ind), Tarun Ghulati (ind),"
                        + " Nick Scanlon (britain-first) are on the ballot but not forecast on their own")
                .contains("no party of theirs stood in london-2021")
                .endsWith("inside Others ("
                        + String.format(
                                java.util.Locale.ROOT,
                                "%.1f",
                                prior.mean()[prior.options().indexOf("other")]) + "%)");
        for (String name : prior.names()) {
            if (!name.equals("Others")) {
                assertThat(note).doesNotContain(name); // only those left out are named
            }
        }
    }

    @Test
    void aForecastFromPollsHasNoSuchNote() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2024");
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput prior = Forecasts.baselineInput(ws, e, mayor, LocalDate.of(2024, 4, 1));
        ShareInput fromPolls = new ShareInput(
                prior.election(),
                prior.asOf(),
                prior.daysToElection(),
                prior.options(),
                prior.names(),
                prior.parties(),
                prior.mean(),
                prior.se(),
                true,
                "average of 1 poll");
        assertThat(Forecasts.foldedIntoOthers(e, mayor, fromPolls)).isNull();
    }
}
