package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * europeanpolling.com's post of a poll (Finland's presidential election of 2018, the page as the search corpus stores
 * it; README.md): a list of "Name (PARTY) 72.0 (-8.0)" lines under "Presidential voting intentions, per cent", no
 * percent sign on a figure, and a closing line "Fieldwork: 27.12.2017-03.01.2018. Published: 05.01.2018. Participants:
 * 1363." that alone dates it. A blind trial's kit had it refused as figures in prose, then as by 'Today' ("Today’s
 * survey from Taloustutkimus"), then as undated.
 */
class EuropeanPollingPageTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addFinland() throws IOException {
        IngestFixtures.copyDataWith(root, "fipres-2018.yaml");
        DataHome home = new DataHome(root);
        ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    private List<Poll> ingest(String path) throws IOException {
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(path, store, IngestSettings.withDefaults());
            assertThat(r.format()).isEqualTo(PollFormat.RELEASE_PAGE);
            return store.polls(PollQuery.of("fipres-2018")).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    @Test
    void aPostGivesItsPollWithTheDatesAndSampleOfItsClosingLine() throws IOException {
        List<Poll> polls = ingest(fixture("release/europeanpolling-fi-2018-01-05.txt"));
        assertThat(polls).hasSize(1);
        Poll p = polls.get(0);
        assertThat(p.pollster()).isEqualTo("Taloustutkimus");
        assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2017, 12, 27));
        assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2018, 1, 3));
        assertThat(p.published()).isEqualTo(LocalDate.of(2018, 1, 5));
        assertThat(p.sampleSize()).isEqualTo(1363);
        // The changes in brackets ("(-8.0)", "(n/a)", "(nc)") are no figures.
        assertThat(p.shares())
                .isEqualTo(Map.of(
                        "niinisto",
                        72.0,
                        "haavisto",
                        11.0,
                        "huhtasaari",
                        5.0,
                        "vayrynen",
                        4.0,
                        "haatainen",
                        3.0,
                        "kyllonen",
                        2.0,
                        "vanhanen",
                        2.0,
                        "torvalds",
                        1.0));
    }

    /** Bare figures are read only under a heading that gives their unit: elsewhere they stay prose. */
    @Test
    void bareFiguresUnderNoUnitHeadingAreNoList() throws IOException {
        Path page = root.resolve("no-unit.txt");
        Files.writeString(
                page,
                Files.readString(Path.of(fixture("release/europeanpolling-fi-2018-01-05.txt")))
                        .replace("Presidential voting intentions, per cent", "Presidential voting intentions"));
        assertThatThrownBy(() -> ingest(page.toString()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no list of a poll's figures");
    }

    /** A closing line that dates the poll after its publication is no fieldwork: the poll is dated by publication. */
    @Test
    void aClosingLineEndingAfterItsPublicationGivesNoFieldwork() throws IOException {
        Path page = root.resolve("late.txt");
        Files.writeString(
                page,
                Files.readString(Path.of(fixture("release/europeanpolling-fi-2018-01-05.txt")))
                        .replace("27.12.2017-03.01.2018", "27.12.2017-07.01.2018"));
        Poll p = ingest(page.toString()).get(0);
        assertThat(p.fieldworkEnd()).isNull();
        assertThat(p.published()).isEqualTo(LocalDate.of(2018, 1, 5));
    }

    /**
     * A post reporting two polls, each closed by its own line of dates, is refused: the firm is read from above the
     * first list and the dates from under the last, and a second firm's figures were stored as the first's (review).
     */
    @Test
    void aPostOfTwoPollsEachWithItsClosingLineIsRefusedNamingTheLines() throws IOException {
        String text = Files.readString(Path.of(fixture("release/europeanpolling-fi-2018-01-05.txt")));
        Path two = root.resolve("two.txt");
        Files.writeString(
                two,
                text.strip() + "\n"
                        + String.join(
                                "\n",
                                "KANTAR TNS 19 January",
                                "Presidential voting intentions, per cent",
                                "Sauli Niinisto (KOK) 66.0 (-6.0)",
                                "Pekka Haavisto (VIHR) 13.0 (+2.0)",
                                "Fieldwork: 15.01.2018-18.01.2018. Published: 19.01.2018. Participants: 2000.",
                                ""));
        assertThatThrownBy(() -> ingest(two.toString()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the page reports 2 polls, each closed by its own line of dates (lines 16, 21)");
    }

    /** An impossible day in the closing line is no date (it was moved to the month's last day): the page is undated. */
    @Test
    void anImpossibleDayInTheClosingLineIsNoDate() throws IOException {
        String text = Files.readString(Path.of(fixture("release/europeanpolling-fi-2018-01-05.txt")));
        Path bad = root.resolve("bad.txt");
        Files.writeString(bad, text.replace("Published: 05.01.2018", "Published: 31.11.2017"));
        assertThatThrownBy(() -> ingest(bad.toString())).isInstanceOf(BadInputException.class);
    }
}
