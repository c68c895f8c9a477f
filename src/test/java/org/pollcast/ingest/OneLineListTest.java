package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A poll's figures on one line parted by commas, as a tweet quoted in a news page gives them (the Montreal blind trial
 * of 7 December 2026: Cult MTL's reports of Léger's polls): read as the page's list where the page prints no list of
 * lines, and never out of a sentence that runs into its figures.
 */
class OneLineListTest {
    @TempDir
    Path root;

    @Test
    void aTweetsLineOfFiguresIsSpreadOverLinesOfItsOwn() {
        assertThat(OneLineList.items("Valérie Plante mène au centre de Montréal. pic.twitter.com/kUfH0XOqlK — Jean-Marc"
                        + " Leger (@JeanMarcLeger1) October 28, 2021 Valérie Plante 36%, Denis Coderre 36% (-1),"
                        + " Balarama Holness 12% (+4): LEGER"))
                .containsExactly(
                        "October 28, 2021",
                        "Valérie Plante 36%",
                        "Denis Coderre 36% (-1)",
                        "Balarama Holness 12% (+4)",
                        "LEGER");
        assertThat(OneLineList.items("Poll: Abinader 42.8%, Fernández 31.2%, Castillo 22.4%"))
                .containsExactly("Abinader 42.8%", "Fernández 31.2%", "Castillo 22.4%");
        assertThat(OneLineList.items(
                        "It was published today. New YouGov poll: Labour 40%, Conservatives 30%, Lib Dems" + " 10%"))
                // a label naming more than the poll stays above the figures: the firm may be in it
                .containsExactly("New YouGov poll", "Labour 40%", "Conservatives 30%", "Lib Dems 10%");
        assertThat(OneLineList.items("Labour 40%, Conservatives 30%, Lib Dems 10%"))
                .containsExactly("Labour 40%", "Conservatives 30%", "Lib Dems 10%");
    }

    /**
     * A sentence running into figures is prose, and a label of a group, a round, an earlier poll or another election
     * says the figures are not the poll's first preferences (the review of 7 December 2026 stored each as the poll).
     */
    @Test
    void aSentenceOrALabelOfOtherFiguresIsNoList() {
        assertThat(OneLineList.items("The last poll had Labour 40%, Conservatives 30%, Lib Dems 10%"))
                .isEmpty();
        assertThat(OneLineList.items("In May Coderre led Plante, 46%, 34%")).isEmpty();
        assertThat(OneLineList.items("Labour 40%, up 2 points on last month")).isEmpty();
        assertThat(OneLineList.items("Turnout was 40%, the lowest since 1998, and 3% spoiled"))
                .isEmpty();
        for (String label : List.of(
                "Inner London:",
                "Among Conservative voters:",
                "Previous YouGov poll (March):",
                "If Khan stood down:",
                "At the 2019 general election in London:",
                "Second round:",
                "After second preferences:",
                "In 2016",
                "In May 2019,",
                "Two years ago the picture was different.",
                "Sondage.")) {
            assertThat(OneLineList.items(label + " Sadiq Khan 48%, Shaun Bailey 29%, Siân Berry 9%"))
                    .as(label)
                    .isEmpty();
        }
        // two figures are a headline's pair, not a list; words closing the line are no firm's name
        assertThat(OneLineList.items("Poll: Khan 48%, Bailey 29%")).isEmpty();
        assertThat(OneLineList.items("Sadiq Khan 48%, Shaun Bailey 29%, Siân Berry 9%: excluding don't knows"))
                .isEmpty();
    }

    /** A tweet of another week, quoted on a page dated by its own line, is another poll's: the page reads no list. */
    @Test
    void aTweetOfAnotherWeekIsNotThePagesPoll() {
        List<ReleasePageReader.Line> lines = List.of(
                new ReleasePageReader.Line("April 28, 2021", 1),
                new ReleasePageReader.Line(
                        "Then: pic.twitter.com/abc — YouGov (@YouGov) May 3, 2019 Sadiq Khan 45%, Shaun Bailey 25%,"
                                + " Siân Berry 10%",
                        2));
        assertThat(OneLineList.spread(lines)).isSameAs(lines);
        List<ReleasePageReader.Line> sameWeek = List.of(
                new ReleasePageReader.Line("April 28, 2021", 1),
                new ReleasePageReader.Line(
                        "pic.twitter.com/abc — YouGov (@YouGov) April 27, 2021 Sadiq Khan 45%, Shaun Bailey 25%,"
                                + " Siân Berry 10%",
                        2));
        assertThat(OneLineList.spread(sameWeek)).hasSize(5);
    }

    /** October's report: the tweet's line is the page's one list. Before, the page was refused as figures in prose. */
    @Test
    void aPageWhoseOneListIsATweetsLineStoresThatPoll() throws Exception {
        Poll p = onlyPoll("release/cultmtl-montreal-2021-10-leger.txt", LocalDate.of(2021, 10, 28));
        assertThat(p.pollster()).isEqualTo("Léger");
        assertThat(p.shares())
                .containsEntry("plante", 36.0)
                .containsEntry("coderre", 36.0)
                .containsEntry("holness", 12.0)
                .doesNotContainKey("desjardins");
    }

    /**
     * September's report prints its list line by line (with Marc-Antoine Desjardins and the don't-knows) and the
     * tweet's line of three below: the lines are the poll, and the tweet's line is not read as another.
     */
    @Test
    void aPageWithAListOfLinesKeepsItAndLeavesTheLineOfFigures() throws Exception {
        assertThat(onlyPoll("release/cultmtl-montreal-2021-09-leger.txt", LocalDate.of(2021, 9, 22))
                        .shares())
                .containsEntry("coderre", 37.0)
                .containsEntry("plante", 36.0)
                .containsEntry("holness", 8.0)
                .containsEntry("desjardins", 5.0);
    }

    /** The one poll the page {@code fixture}, published on {@code published}, stores for montreal-2021. */
    private Poll onlyPoll(String fixture, LocalDate published) throws Exception {
        Ingester montreal = IngestFixtures.ingesterWith(root, "montreal-2021.yaml");
        IngestSettings settings = IngestSettings.withDefaults()
                .withElection(new ElectionCatalog(new DataHome(root)).resolveId("montreal-2021"))
                .withPublished(published);
        try (PollStore store = PollStore.open(root.resolve("m.db"))) {
            montreal.ingest(fixture(fixture), store, settings);
            List<StoredPoll> stored = store.polls(PollQuery.of("montreal-2021"));
            assertThat(stored).hasSize(1);
            return stored.get(0).poll();
        }
    }

    /** A page whose only figures run on from a sentence is refused as before, saying figures in prose are not read. */
    @Test
    void aPageOfFiguresInASentenceIsStillRefused() throws Exception {
        Ingester montreal = IngestFixtures.ingesterWith(root, "montreal-2021.yaml");
        Path page = Files.writeString(root.resolve("prose.txt"), """
                Montreal poll shows a tie

                October 28, 2021

                A previous Leger poll in May had Denis Coderre 46%, Valérie Plante 34%, Balarama Holness 5%
                """);
        IngestSettings settings = IngestSettings.withDefaults()
                .withElection(new ElectionCatalog(new DataHome(root)).resolveId("montreal-2021"));
        try (PollStore store = PollStore.open(root.resolve("m.db"))) {
            assertThatThrownBy(() -> montreal.ingest(page.toString(), store, settings))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("figures in prose are not read");
        }
    }
}
