package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Property-style tests over seeded random polls (synthetic, never stored in data/): whatever spelling of a
 * pollster, whatever valid shares, a poll comes out of the store exactly as it went in, and stored polls
 * keep the invariants (shares in 0–100, sums in the plausible band unless partial). Deterministic: fixed seeds.
 */
class IngestPropertiesTest {
    private static final String[][] SPELLINGS = {
        {"YouGov", "YOUGOV", "YouGov plc", "you gov"},
        {"Ipsos", "Ipsos MORI", "Ipsos-MORI", "ipsos mori", "MORI"},
        {"ComRes", "Savanta ComRes", "COMRES"},
        {"ICM", "ICM Research"}
    };

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 20080501L, 20120503L})
    void pollsSurviveIngestAndStoreExactly(long seed) throws IOException {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        Election e = CATALOG.resolve("london-2012");
        SingleWinnerContest mayor = (SingleWinnerContest) e.contest("mayor").orElseThrow();
        int n = 200;
        StringBuilder csv = new StringBuilder("pollster,client,fieldwork_end,sample_size,scope");
        mayor.candidates().forEach(c -> csv.append(',').append(c.name()));
        csv.append(",Others\n");
        List<String> canonical = new ArrayList<>();
        List<Map<String, Double>> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] firm = SPELLINGS[rng.nextInt(SPELLINGS.length)];
            canonical.add(firm[0]);
            LocalDate end = e.date().minusDays(rng.nextInt(365));
            csv.append(firm[rng.nextInt(firm.length)])
                    .append(",client ")
                    .append(i)
                    .append(',')
                    .append(end)
                    .append(',')
                    .append(300 + rng.nextInt(3000))
                    .append(",first_pref");
            // Shares in tenths that sum to exactly 100.0, some candidates left blank.
            Map<String, Double> shares = new LinkedHashMap<>();
            int left = 1000;
            for (int j = 0; j < mayor.candidates().size(); j++) {
                boolean blank = j > 1 && rng.nextInt(4) == 0;
                int tenths = blank ? 0 : rng.nextInt(left / 2 + 1);
                left -= tenths;
                csv.append(',')
                        .append(
                                blank
                                        ? (rng.nextBoolean() ? "" : "–")
                                        : String.format(Locale.ROOT, "%.1f", tenths / 10.0));
                if (!blank) {
                    shares.put(mayor.candidates().get(j).id(), tenths / 10.0);
                }
            }
            csv.append(',')
                    .append(String.format(Locale.ROOT, "%.1f", left / 10.0))
                    .append('\n');
            shares.put("other", left / 10.0);
            expected.add(shares);
        }
        Path file = dir.resolve("random.csv");
        Files.writeString(file, csv);
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport report = ingester()
                    .ingest(
                            file.toString(),
                            store,
                            IngestSettings.withDefaults().withElection(e));
            assertThat(report.added()).isEqualTo(n);
            List<StoredPoll> stored = store.polls(PollQuery.of(e.id()));
            assertThat(stored).hasSize(n);
            for (StoredPoll sp : stored) {
                Poll p = sp.poll();
                int i = Integer.parseInt(p.client().substring("client ".length()));
                assertThat(p.pollster()).isEqualTo(canonical.get(i));
                assertThat(p.shares()).isEqualTo(expected.get(i));
                assertThat(p.shares().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
                assertThat(p.shareSum()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(p.partial()).isFalse();
            }
            // Re-ingesting the same file adds nothing.
            IngestReport again = ingester()
                    .ingest(
                            file.toString(),
                            store,
                            IngestSettings.withDefaults().withElection(e));
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(n);
        }
    }
}
