package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * A forecast before the first poll from a baseline whose parties carry little of the vote: the Slovak trial's 2024
 * presidential election, whose 2019 baseline's standing candidates (Harabin, Kotleba, Švec) won 25% between them. It
 * gave Harabin 67.5% and Kotleba 32.6% to win, with Pellegrini and Korčok, the two who met in the second round, inside
 * an Others of 75.7% that can win nothing.
 */
class BaselineCarryingLittleTest {
    @TempDir
    Path tmp;

    private Path data;

    /** The trial's own definitions and results (each row cites its count), over the bundled data folder. */
    @BeforeEach
    void dataWithSlovakia() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path kit = Path.of(IngestFixtures.fixture("skpres-baseline"));
        for (String f : new String[] {
            "elections/skpres-2019.yaml", "elections/skpres-2024.yaml", "results/skpres_mayor_results.csv"
        }) {
            Files.copy(kit.resolve(f), data.resolve(f));
        }
    }

    @Test
    void aBaselineCarryingUnderHalfTheVoteIsNoPrior() {
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "forecast",
                "skpres-2024",
                "--as-of",
                "2024-03-01",
                "--sims",
                "2000",
                "--data",
                data.toString());
        assertThat(r.status()).as(r.out()).isEqualTo(2);
        assertThat(r.err())
                .contains("no polls, and its candidates' parties won only 25.1% of skpres-2019's vote (Štefan Harabin,"
                        + " Marian Kotleba, Róbert Švec)")
                .contains("give it succeeds: [that party's id] in the definition; else forecasts start from the first"
                        + " poll");
    }

    /** The backtest says why it has no forecast before the first poll, and scores the second round's from the count. */
    @Test
    void theBacktestSkipsItSayingWhy() {
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "backtest",
                "skpres-2024",
                "--days-before",
                "7",
                "--sims",
                "2000",
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out() + r.err()).contains("its candidates' parties won only 25.1% of skpres-2019's vote");
    }
}
