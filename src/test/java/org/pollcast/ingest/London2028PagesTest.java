package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The 2028 polls as a newcomer finds them published: the "2028 London mayoral election" article's party-level table
 * (Lab, Con, Ref, Grn, LD: each party stands for its candidate), the London table of "Opinion polling for the next
 * United Kingdom general election", and the mayoral table copied into a spreadsheet. Party columns fit the Mayor,
 * the Assembly and Westminster alike; the page's title says which, so neither page needs {@code --contest} or
 * {@code --election}. Fixtures and their sources: src/test/resources/ingest/README.md.
 */
class London2028PagesTest {
    @TempDir
    Path dir;

    @Test
    void theMayoralArticlesPartyTableIsTheMayors() throws IOException {
        IngestReport r =
                ExpectedPages.assertGivesExactly(dir, "wikipedia-london-2028", null, IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(contests("wikipedia-london-2028")).containsOnly("mayor first_pref");
    }

    @Test
    void theGeneralElectionPagesLondonTableIsWestminsters() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester(),
                dir,
                "wikipedia-uk-next-general-election-london",
                "london-2028",
                IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(contests("wikipedia-uk-next-general-election-london")).containsOnly("westminster westminster");
    }

    /**
     * The table copied into a spreadsheet keeps the page's "Ref" header, which is also a citation heading: its column
     * holds shares, so it is Reform UK's. Read as the polls' source, Reform's figures were dropped and each poll
     * stored as partial, with "20%" for its citation.
     */
    @Test
    void aCopiedTablesRefColumnIsReformsFigures() {
        try (PollStore store = PollStore.open(dir.resolve("copied.db"))) {
            IngestReport r = ingester()
                    .ingest(
                            fixture("wikipedia-london-2028.copied.csv"),
                            store,
                            IngestSettings.withDefaults().withContest("mayor"));
            assertThat(r.rejected()).isEmpty();
            List<Poll> polls = store.polls(PollQuery.of("london-2028")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls)
                    .extracting(Poll::pollster, Poll::shares, Poll::partial, Poll::citation)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(
                                    "Find Out Now",
                                    Map.of("lab", 33.0, "con", 20.0, "reform", 20.0, "grn", 13.0, "ld", 10.0),
                                    false,
                                    null),
                            org.assertj.core.groups.Tuple.tuple(
                                    "ComRes",
                                    Map.of("lab", 32.0, "con", 20.0, "reform", 19.0, "grn", 13.0, "ld", 11.0),
                                    false,
                                    null));
        }
    }

    /**
     * A placeholder row (a poll announced, its figures "TBC") in the page or its spreadsheet copy: one such cell
     * under "Ref" made the whole column a citation column, so Reform UK's figures vanished from every real poll
     * (Cunningham 0.1% to win where the polls give her 9.6%) and, without --skip-invalid, the real polls were refused
     * as summing to 79. The placeholder row is refused, the "Ref" field named among its problems; the real polls keep
     * Reform's figures.
     */
    @Test
    void aPlaceholderRowDoesNotTakeReformsColumnAway() throws IOException {
        String page = java.nio.file.Files.readString(Path.of(fixture("wikipedia-london-2028.html")));
        String rowAfterHeader = "<th style=\"background:#FAA61A;\"></th>\n</tr>\n";
        assertThat(page).contains(rowAfterHeader);
        String placeholder = "<tr><td>Opinium</td><td></td><td>TBC</td><td>&#8211;</td><td>TBC</td><td>TBC</td>"
                + "<td>TBC</td><td>TBC</td><td>TBC</td><td>&#8211;</td><td>&#8211;</td></tr>\n";
        Path html = dir.resolve("with-placeholder.html");
        java.nio.file.Files.writeString(html, page.replace(rowAfterHeader, rowAfterHeader + placeholder));

        List<String> copied = java.nio.file.Files.readAllLines(Path.of(fixture("wikipedia-london-2028.copied.csv")));
        List<String> withRow = new java.util.ArrayList<>(copied);
        withRow.add(3, "Opinium,,Nov 2026,–,TBC,TBC,TBC,TBC,TBC,–,–");
        Path csv = java.nio.file.Files.write(dir.resolve("with-placeholder.csv"), withRow);

        for (Path file : List.of(html, csv)) {
            try (PollStore store = PollStore.open(dir.resolve(file.getFileName() + ".db"))) {
                IngestReport r = ingester()
                        .ingest(
                                file.toString(),
                                store,
                                IngestSettings.withDefaults()
                                        .withContest("mayor")
                                        .withSkipInvalid(true));
                assertThat(r.rejected())
                        .as(file.toString())
                        .anyMatch(p -> "Ref".equals(p.field()) && p.message().contains("'TBC'"));
                List<Poll> polls = store.polls(PollQuery.of("london-2028")).stream()
                        .map(StoredPoll::poll)
                        .toList();
                assertThat(polls).as(file.toString()).isNotEmpty().allSatisfy(poll -> {
                    assertThat(poll.shares()).containsKey("reform");
                    assertThat(poll.partial()).isFalse();
                });
            }
        }
    }

    /** A "Ref" column of addresses stays the polls' source (Savanta for the Mile End Institute: STANDARD2026MEI). */
    @Test
    void aRefColumnOfAddressesStaysTheSource() throws IOException {
        String url = "https://iframe.standard.co.uk/news/politics/"
                + "mayor-of-london-labour-sadiq-khan-reform-laila-cunningham-b1265476.html";
        Path file = dir.resolve("refs.csv");
        java.nio.file.Files.writeString(
                file,
                "Pollster,Client,Published,Lab,Con,Reform,Grn,LD,Ref\n"
                        + "Savanta,Mile End Institute,2026-01,32%,20%,19%,13%,11%," + url + "\n");
        try (PollStore store = PollStore.open(dir.resolve("refs.db"))) {
            ingester()
                    .ingest(
                            file.toString(),
                            store,
                            IngestSettings.withDefaults().withContest("mayor"));
            assertThat(store.polls(PollQuery.of("london-2028"))).singleElement().satisfies(sp -> {
                assertThat(sp.poll().citation()).isEqualTo(url);
                assertThat(sp.poll().shares()).containsEntry("reform", 19.0).hasSize(5);
            });
        }
    }

    private List<String> contests(String page) {
        try (PollStore store = PollStore.open(dir.resolve(page + ".db"))) {
            return store.polls(PollQuery.of("london-2028")).stream()
                    .map(sp -> sp.poll().contest() + " " + sp.poll().scope().code())
                    .toList();
        }
    }
}
