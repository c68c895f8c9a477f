package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scottish Parliament poll tables as the encyclopedia publishes them, read into the one contest of the scotland-2016
 * and scotland-2021 definitions (src/test/resources/ingest/scotland), each poll into its ballot: the constituency vote
 * or the regional list vote. Figures are real: see src/test/resources/ingest/README.md.
 *
 * <ul>
 * <li>2021: "Pollster, Client, Date(s) conducted, Sample size", party links, "Other", "Lead" printed with a % sign,
 * the result row at the top, a row telling of the BBC leaders' debate (a date and words across the party columns),
 * and the ballots in sections headed "Constituency vote" and "Regional vote";
 * <li>2016: "Date(s) conducted" first, "Polling organisation/client", dates without a year under a "2016" heading
 * inside "Constituency Vote (FPTP)" and "Regional Vote (AMS)", debate rows, and pollster cells that end "Archived 1
 * October 2017 at the Wayback Machine" or with a "[permanent dead link]" tag;
 * </ul>
 */
class ScottishPollTablesTest {
    @TempDir
    Path root;

    private ElectionCatalog catalog;
    private Ingester ingester;

    @BeforeEach
    void theScottishKit() throws IOException {
        IngestFixtures.copyData(root);
        Path kit = Path.of(fixture("scotland"));
        for (String folder : List.of("elections", "results")) {
            try (Stream<Path> files = Files.list(kit.resolve(folder))) {
                for (Path f : files.toList()) {
                    Files.copy(f, root.resolve(folder).resolve(f.getFileName()));
                }
            }
        }
        DataHome home = new DataHome(root);
        catalog = new ElectionCatalog(home);
        ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    /**
     * Each page gives exactly its polls, each in its ballot, with or without --election (the title names the year,
     * and the parties only Scotland's). Before, the debate rows were read as polls (the date as the pollster, the
     * words as every party's share), and the 2016 page's TNS rows named the pollster "TNS Archived 1 October 2017 at
     * the Wayback Machine": both pages were refused.
     */
    @ParameterizedTest(name = "{0}, election given: {2}")
    @CsvSource({
        "wikipedia-scotland-2021, scotland-2021, true, 'constituency vote 6, list vote 6'",
        "wikipedia-scotland-2021, scotland-2021, false, 'constituency vote 6, list vote 6'",
        "wikipedia-scotland-2016, scotland-2016, true, 'constituency vote 21, list vote 5'",
        "wikipedia-scotland-2016, scotland-2016, false, 'constituency vote 21, list vote 5'",
    })
    void theArticlesGiveEachPollInItsBallot(String page, String election, boolean electionGiven, String ballots)
            throws IOException {
        IngestSettings settings = IngestSettings.withDefaults();
        if (electionGiven) {
            settings = settings.withElection(catalog.resolve(election));
        }
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, page, election, settings);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("(" + election + " parliament: " + ballots + ")");
    }
}
