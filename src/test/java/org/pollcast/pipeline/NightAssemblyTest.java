package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.AssemblyDeclaration;
import org.pollcast.election.Election;
import org.pollcast.ingest.AssemblyDeclarationsReader;
import org.pollcast.simulate.AssemblyForecast;

/**
 * The Assembly's list ballot on election night, replayed on the official 2024 results bundled in data/results
 * (ADHNI2024 in SOURCES.md, compiled from londonelects.org.uk): all 14 constituencies declared, the list not yet.
 */
class NightAssemblyTest {
    private static final Path RESULTS = Path.of("data/results/london_assembly_constituency_results.csv");

    @TempDir
    Path tmp;

    @Test
    void aRisingPartyCarriesItsConstituencyGainOntoTheList() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2024");
        List<AssemblyDeclaration> all = AssemblyDeclarationsReader.read(RESULTS, e, ws.aliases());
        // No 2024 polls are bundled: the prior is 2021's result, Reform UK at 2.4% of the constituency vote and
        // 0.97% of the list. On the night its 14 candidates took 7.41%; it won 5.87% of the list and one seat.
        LivePrior prior = LivePrior.build(ws, "london-2024", 2_000);
        AssemblyForecast f = Live.project(prior, List.of(), all, RESULTS.toString(), 4_000, 11, 1, 0)
                .forecast()
                .assembly()
                .forecast();
        AssemblyForecast.PartySeats reform = f.parties().stream()
                .filter(p -> p.id().equals("reform"))
                .findFirst()
                .orElseThrow();
        // A 4,000-draw mean is within 0.05 points of its expectation; the list ratio of 2021 (0.40, clamped to
        // 0.5) applied to the 4.9-point gain gave 3.7%, and the seat in 2% of simulations.
        assertThat(reform.listShare().mean()).isCloseTo(5.87, within(1.0));
        assertThat(reform.pOverThreshold()).isGreaterThan(0.5);
        assertThat(reform.seatsMean()).isGreaterThan(0.5);
    }
}
