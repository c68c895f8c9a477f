package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.ResultsCatalog;

/**
 * Counts against published results (data/results/london_mayor_results.csv; sources in SOURCES.md) and
 * hand-worked cases.
 */
class VoteCountTest {
    private static final Path RESULTS = Path.of("data/results/london_mayor_results.csv");

    /** Round → candidate → votes, for one year, in file order. */
    private static Map<String, Map<String, Long>> rounds(int year) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(RESULTS)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (r.get("year").equals(Integer.toString(year))
                        && !r.get("votes").isEmpty()) {
                    out.computeIfAbsent(r.get("round"), k -> new LinkedHashMap<>())
                            .put(r.get("candidate"), Long.parseLong(r.get("votes")));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2004, 2008, 2012, 2016})
    void supplementaryVoteReproducesThePublishedFinalRound(int year) throws IOException {
        Map<String, Map<String, Long>> r = rounds(year);
        List<String> names = new ArrayList<>(r.get("1").keySet());
        double[] first =
                r.get("1").values().stream().mapToDouble(Long::doubleValue).toArray();
        // The published count: nobody over half, the top two go through, counted second preferences added.
        // 2004 lacks some minor candidates' votes, so its total is a lower bound; the leader's 685,548 is
        // under half of even that, so "no outright winner" stands.
        CountResult top = VoteCount.firstPastThePost(first);
        double total = java.util.Arrays.stream(first).sum();
        assertThat(first[top.winner()]).isLessThan(total / 2);
        List<String> finalists = List.of(names.get(top.finalists()[0]), names.get(top.finalists()[1]));
        assertThat(finalists).containsExactlyInAnyOrderElementsOf(r.get("2").keySet());
        double[] transfers = new double[first.length];
        for (String f : finalists) {
            transfers[names.indexOf(f)] = r.get("2_transfers").get(f);
        }
        for (String f : finalists) {
            int i = names.indexOf(f);
            assertThat((long) (first[i] + transfers[i]))
                    .as("%d %s", year, f)
                    .isEqualTo(r.get("2").get(f));
        }
        // The count itself: every eliminated candidate passes the same fraction transfers[f] / eliminatedTotal
        // of its ballots to finalist f, so the eliminated piles together give finalist f exactly transfers[f].
        // The published round 2 is whole votes and equals first + transfers exactly (above), so the only error
        // is floating-point rounding of the shares (relative ~1e-16 on about a million votes): 1e-6 is ample.
        double eliminatedTotal = 0;
        for (int i = 0; i < first.length; i++) {
            if (!finalists.contains(names.get(i))) {
                eliminatedTotal += first[i];
            }
        }
        double[][] shares = new double[first.length][first.length];
        for (int i = 0; i < first.length; i++) {
            if (finalists.contains(names.get(i))) {
                continue;
            }
            for (String f : finalists) {
                shares[i][names.indexOf(f)] = transfers[names.indexOf(f)] / eliminatedTotal;
            }
        }
        CountResult count = VoteCount.supplementaryVote(first, TransferTable.fromShares(names, shares));
        assertThat(count.firstRound()).isFalse();
        String publishedWinner = r.get("2").get(finalists.get(0)) > r.get("2").get(finalists.get(1))
                ? finalists.get(0)
                : finalists.get(1);
        assertThat(names.get(count.winner())).as("%d winner", year).isEqualTo(publishedWinner);
        for (String f : finalists) {
            assertThat(count.finalVotes()[names.indexOf(f)])
                    .as("%d %s", year, f)
                    .isCloseTo((double) r.get("2").get(f), within(1e-6));
        }
        assertThat(count.exhausted())
                .as("%d exhausted", year)
                .isCloseTo(
                        eliminatedTotal
                                - transfers[names.indexOf(finalists.get(0))]
                                - transfers[names.indexOf(finalists.get(1))],
                        within(1e-6));
    }

    @Test
    void constructedFullTableReproducesTheCounted2008Transfers() throws IOException {
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(Path.of("data")));
        Election e = catalog.resolve("london-2008");
        TransferTable table = org.pollcast.ingest.TransferTableReader.read(
                        Path.of("src/test/resources/transfers/constructed-2008.csv"),
                        e,
                        "mayor",
                        org.pollcast.ingest.AliasTable.load(List.of(Path.of("data/aliases.yaml"))))
                .orElseThrow();
        ContestResult result = new ResultsCatalog(new DataHome(Path.of("data")), catalog)
                .firstPreferences(e, "mayor")
                .orElseThrow();
        double[] first = new double[table.size()];
        result.votes().forEach((id, v) -> first[table.index(id)] = v);
        CountResult count = VoteCount.supplementaryVote(first, table);
        int johnson = table.index("johnson");
        int livingstone = table.index("livingstone");
        assertThat(count.firstRound()).isFalse();
        assertThat(count.winner()).isEqualTo(johnson);
        assertThat(count.finalVotes()[johnson]).isEqualTo(1_168_738.0);
        assertThat(count.finalVotes()[livingstone]).isEqualTo(1_028_966.0);
        // Everything else is exhausted: eliminated first preferences minus the counted transfers.
        assertThat(count.exhausted()).isCloseTo(2_415_958 - 1_043_761 - 893_877 - 124_977 - 135_089, within(1e-6));
        // In the table, "exhausted" is no usable second choice: blank (60,685) or Paddick again (1,000). Paddick
        // -> Berry is a real second choice; only the SV count, with Berry out, lets it reach no one.
        assertThat(table.exhausted(table.index("paddick"))).isCloseTo((60_685 + 1_000) / 236_685.0, within(1e-12));
        assertThat(table.share(table.index("paddick"), table.index("berry")))
                .isCloseTo(60_000 / 236_685.0, within(1e-12));
    }

    @Test
    void firstPastThePost2024() throws IOException {
        Map<String, Long> r = rounds(2024).get("1");
        List<String> names = new ArrayList<>(r.keySet());
        CountResult c = VoteCount.count(
                VotingSystem.FPTP,
                r.values().stream().mapToDouble(Long::doubleValue).toArray(),
                null);
        assertThat(names.get(c.winner())).isEqualTo("Sadiq Khan");
        assertThat(c.finalVotes()[c.winner()]).isEqualTo(1_088_225.0);
        assertThat(names.get(c.finalists()[1])).isEqualTo("Susan Hall");
    }

    private static final List<String> ABCD = List.of("a", "b", "c", "d");

    @Test
    void supplementaryVoteHandWorked() {
        // A 40, B 35, C 15, D 10. C's ballots: 2/3 to B, 1/6 to A; D's: 1/2 to A, 1/2 none.
        TransferTable t = TransferTable.fromShares(ABCD, new double[][] {
            {0, 0, 0, 0}, {0, 0, 0, 0}, {1.0 / 6, 2.0 / 3, 0, 0}, {0.5, 0, 0, 0}
        });
        CountResult c = VoteCount.supplementaryVote(new double[] {40, 35, 15, 10}, t);
        // A = 40 + 2.5 + 5 = 47.5; B = 35 + 10 = 45; exhausted 2.5 + 5 = 7.5.
        assertThat(c.finalVotes()[0]).isCloseTo(47.5, within(1e-12));
        assertThat(c.finalVotes()[1]).isCloseTo(45.0, within(1e-12));
        assertThat(c.exhausted()).isCloseTo(7.5, within(1e-12));
        assertThat(c.winner()).isZero();
        // Now C's ballots favour B strongly enough to overturn the first round.
        TransferTable t2 = TransferTable.fromShares(
                ABCD, new double[][] {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0.9, 0, 0}, {0, 0.2, 0, 0}});
        CountResult c2 = VoteCount.supplementaryVote(new double[] {40, 35, 15, 10}, t2);
        assertThat(c2.winner()).isEqualTo(1); // 35 + 13.5 + 2 = 50.5 > 40
        assertThat(c2.firstRound()).isFalse();
        // Over half of first preferences wins outright, whatever the table.
        CountResult c3 = VoteCount.supplementaryVote(new double[] {51, 30, 10, 9}, t2);
        assertThat(c3.winner()).isZero();
        assertThat(c3.firstRound()).isTrue();
        // Exactly half is not more than half: a second round is held.
        assertThat(VoteCount.supplementaryVote(new double[] {50, 30, 10, 10}, t2)
                        .firstRound())
                .isFalse();
    }

    @Test
    void instantRunoffHandWorked() {
        // A 40, B 30, C 20, D 10. D out first: 1/2 to C, 1/2 none -> C 25. B out (30 vs C 25? no: C 25 < B 30),
        // so C out next: C's row 0.8 to B, 0.2 none -> B 30 + 20 = 50 (C's pile 25 × 0.8), A 40 -> B wins.
        TransferTable t = TransferTable.fromShares(
                ABCD, new double[][] {{0, 0.5, 0, 0}, {0.5, 0, 0, 0}, {0, 0.8, 0, 0}, {0, 0, 0.5, 0}});
        CountResult c = VoteCount.instantRunoff(new double[] {40, 30, 20, 10}, t);
        assertThat(c.winner()).isEqualTo(1);
        assertThat(c.finalVotes()[1]).isCloseTo(50.0, within(1e-12));
        assertThat(c.finalVotes()[0]).isCloseTo(40.0, within(1e-12));
        assertThat(c.exhausted()).isCloseTo(5 + 5, within(1e-12));
        assertThat(c.firstRound()).isFalse();
    }

    @Test
    void tiesGoToTheCandidateListedFirst() {
        assertThat(VoteCount.firstPastThePost(new double[] {30, 40, 40}).winner())
                .isEqualTo(1);
        TransferTable none = TransferTable.fromShares(List.of("a", "b", "c"), new double[3][3]);
        assertThat(VoteCount.supplementaryVote(new double[] {45, 45, 10}, none).winner())
                .isZero();
    }

    @Test
    void badTablesAreRefused() {
        assertThatThrownBy(() -> TransferTable.fromShares(
                        List.of("a", "b", "c"), new double[][] {{0, 0.7, 0.4}, {0, 0, 0}, {0, 0, 0}}))
                .hasMessage("transfer row a sums to 1.1, over 1");
        assertThatThrownBy(() -> TransferTable.fromShares(List.of("a", "b"), new double[][] {{0.1, 0}, {0, 0}}))
                .hasMessageContaining("a -> itself");
        assertThatThrownBy(() -> TransferTable.fromShares(List.of("a", "b"), new double[][] {{0, Double.NaN}, {0, 0}}))
                .hasMessageContaining("a -> b is NaN");
    }
}
