package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** London-wide Assembly shares from the bundled results, including the years whose files name only some parties. */
class AssemblyBaselineReaderTest {
    private static final DataHome HOME = new DataHome(Path.of("data"));
    private static final ElectionCatalog CATALOG = new ElectionCatalog(HOME);
    private static final Path LIST = HOME.results().resolve("london_assembly_list_results.csv");
    /** 2012's valid first preferences for Mayor (data/results/london_mayor_results.csv, round 1). */
    private static final long VALID_2012 = 2_208_475;

    private static AssemblyBaselineReader reader(String election) {
        return new AssemblyBaselineReader(
                CATALOG.resolve(election),
                "assembly",
                AliasTable.load(List.of(HOME.root().resolve("aliases.yaml"))));
    }

    @Test
    void aPartialListIsSharedOverTheValidVotesNotOverItsOwnRows() {
        // 2012's list rows name the four seat winners only (1,959,394 votes). Labour's published share is
        // 41.1% (911,204 votes); over the named rows alone it would read 46.5%.
        Map<String, Double> shares = reader("london-2012").londonShares(LIST, VALID_2012);
        assertThat(shares.get("lab")).isCloseTo(100.0 * 911_204 / VALID_2012, within(1e-9));
        assertThat(shares.get("lab")).isCloseTo(41.1, within(0.2));
        assertThat(reader("london-2012").londonShares(LIST).get("lab")).isCloseTo(46.5, within(0.1));
    }

    @Test
    void aCompleteListKeepsItsOwnTotalEvenWhenSpoiltPapersDifferByBallot() {
        // 2000's list file is complete, yet holds 96.8% of the Mayor's valid votes: Labour's published 30.3%.
        Map<String, Double> shares = reader("london-2000").londonShares(LIST, 1_714_162);
        assertThat(shares.get("lab")).isCloseTo(30.3, within(0.05));
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(100, within(1e-9));
    }
}
