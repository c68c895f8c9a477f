package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Pollsters' own tables print shares over every respondent, don't-knows included; the encyclopedias' leave them out.
 * The sum tells which: a poll that reports every option and whose shares come nearer 100 with its don't-knows added is
 * re-based to those naming an option, and says so in its notes.
 */
class DontKnowRebaseTest {
    private static final String HEADER =
            "pollster,client,fieldwork_start,fieldwork_end,sample_size,johnson,livingstone,paddick,other,dont_know";

    @TempDir
    Path dir;

    PollStore store;

    @BeforeEach
    void open() {
        store = PollStore.open(dir.resolve("store.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Poll ingestOne(String row) throws IOException {
        Path file = dir.resolve("polls.csv");
        Files.writeString(file, HEADER + "\n" + row + "\n");
        ingester()
                .ingest(
                        file.toString(),
                        store,
                        IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2008")));
        return store.polls(PollQuery.of("london-2008")).stream()
                .map(StoredPoll::poll)
                .filter(p -> "DK client".equals(p.client()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sharesPrintedWithTheDontKnowsAreRebasedToThoseNamingAnOption() throws IOException {
        // 35 + 28 + 7 + 5 = 75 of everyone; 25 don't know
        Poll p = ingestOne("ICM,DK client,2008-04-20,2008-04-22,1000,35,28,7,5,25");
        assertThat(p.shares().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(100, within(0.05));
        assertThat(p.shares().get("johnson")).isCloseTo(46.67, within(0.01));
        assertThat(p.shares().get("livingstone")).isCloseTo(37.33, within(0.01));
        assertThat(p.partial()).isFalse();
        assertThat(p.dontKnow()).isEqualTo(25.0);
        assertThat(p.notes())
                .contains(PollShares.REBASED_NOTE)
                .contains("25% don't know")
                .contains("johnson 35");
    }

    @Test
    void sharesThatAlreadyLeaveTheDontKnowsOutAreKeptAsPrinted() throws IOException {
        Poll p = ingestOne("ICM,DK client,2008-04-20,2008-04-22,1000,44,40,10,6,12");
        assertThat(p.shares()).isEqualTo(Map.of("johnson", 44.0, "livingstone", 40.0, "paddick", 10.0, "other", 6.0));
        assertThat(p.notes()).isNull();
    }

    @Test
    void aPollLeavingOptionsOutCannotTellItsDontKnowsFromThemAndIsKeptAsPrinted() throws IOException {
        // no Paddick, no others: the missing 35 may be his and the others' as well as the don't-knows'
        Poll p = ingestOne("ICM,DK client,2008-04-20,2008-04-22,1000,40,35,,,25");
        assertThat(p.shares()).isEqualTo(Map.of("johnson", 40.0, "livingstone", 35.0));
        assertThat(p.partial()).isTrue();
    }

    /** A run-off poll of the pair that prints its undecided is whole: Chile's 2021 run-off polls were flagged partial. */
    @Test
    void aRunoffPollPrintingItsUndecidedIsWhole() throws IOException {
        Path file = dir.resolve("runoff.csv");
        Files.writeString(
                file,
                "pollster,client,fieldwork_start,fieldwork_end,sample_size,scope,johnson,livingstone,dont_know\n"
                        + "ICM,DK client,2008-04-20,2008-04-22,1000,runoff,39,34,27\n");
        ingester()
                .ingest(
                        file.toString(),
                        store,
                        IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2008")));
        Poll p = store.polls(PollQuery.of("london-2008")).stream()
                .map(StoredPoll::poll)
                .filter(q -> "DK client".equals(q.client()))
                .findFirst()
                .orElseThrow();
        assertThat(p.shares().keySet()).containsExactlyInAnyOrder("johnson", "livingstone");
        assertThat(p.partial()).isFalse();
    }

    @Test
    void aSumFarFromAHundredEitherWayIsStillRefused() throws IOException {
        Path file = dir.resolve("polls.csv");
        Files.writeString(file, HEADER + "\nICM,DK client,2008-04-20,2008-04-22,1000,30,20,5,5,5\n");
        assertThatThrownBy(() -> ingester()
                        .ingest(
                                file.toString(),
                                store,
                                IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2008"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        file + ":2: field 'share': shares of this first_pref poll sum to 60, less than 90");
    }

    @Test
    void theExportOfARebasedPollIngestsToTheSamePoll() throws IOException {
        Poll p = ingestOne("ICM,DK client,2008-04-20,2008-04-22,1000,35,28,7,5,25");
        Path out = dir.resolve("export.csv");
        try (var w = Files.newBufferedWriter(out)) {
            CanonicalCsv.write(
                    CATALOG.resolve("london-2008"),
                    store.polls(PollQuery.of("london-2008")).stream()
                            .map(StoredPoll::poll)
                            .toList(),
                    w);
        }
        try (PollStore other = PollStore.open(dir.resolve("other.db"))) {
            ingester().ingest(out.toString(), other, IngestSettings.withDefaults());
            assertThat(other.polls(PollQuery.of("london-2008")))
                    .extracting(StoredPoll::poll)
                    .singleElement()
                    .satisfies(q -> {
                        assertThat(q.shares()).isEqualTo(p.shares());
                        assertThat(q.dontKnow()).isEqualTo(25.0);
                    });
        }
    }

    /**
     * A poll after a candidate withdrew names every candidate still standing and its undecided, but not the one who
     * left: it reports every option there is, and is re-based. Before, it was taken as naming some options only and
     * kept as printed, while polls that printed "Others" were re-based (New York 2025: Emerson's Mamdani 50, Cuomo 25,
     * Sliwa 21, 4% undecided, after Adams withdrew, against Suffolk's re-based figures). The East Midlands 2024
     * definition with two candidates written as withdrawn; made-up figures.
     */
    @Test
    void aPollNamingEveryCandidateStillStandingIsRebased() throws IOException {
        Path root = dir.resolve("data");
        IngestFixtures.copyData(root);
        String definition = Files.readString(Path.of(IngestFixtures.fixture("elections/eastmids-2024.yaml")))
                .replace("      - {id: relf, name: Matt Relf, party: ind}\n", "")
                .replace("      - {id: tamblyn-saville, name: Helen Tamblyn-Saville, party: ld}\n", "")
                .concat("    withdrawn:\n      - {id: relf, name: Matt Relf, party: ind}\n"
                        + "      - {id: tamblyn-saville, name: Helen Tamblyn-Saville, party: ld}\n");
        Files.writeString(root.resolve("elections/eastmids-2024.yaml"), definition);
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(root));
        Path file = dir.resolve("eastmids.csv");
        Files.writeString(
                file,
                "pollster,client,fieldwork_start,fieldwork_end,sample_size,Claire Ward,Ben Bradley,"
                        + "Frank Adlington-Stringer,Alan Graves,dont_know\n"
                        + "ICM,DK client,2024-04-20,2024-04-22,1000,36,27,12,13,12\n");
        new Ingester(catalog, IngestFixtures.ALIASES, IngestFixtures.CLOCK)
                .ingest(
                        file.toString(),
                        store,
                        IngestSettings.withDefaults().withElection(catalog.resolve("eastmids-2024")));
        Poll p = store.polls(PollQuery.of("eastmids-2024")).stream()
                .map(StoredPoll::poll)
                .findFirst()
                .orElseThrow();
        assertThat(p.shares().get("ward")).isCloseTo(40.91, within(0.01));
        assertThat(p.partial()).isFalse();
        assertThat(p.notes()).contains(PollShares.REBASED_NOTE);
    }

    /**
     * Three candidates on 95, no "Others", the don't-know cell "–": for London 2012 the rest stays the candidates left
     * out, their parties having won 10.0 at the 2008 baseline, room for the 5 left; a "–" alone does not make the
     * remainder undecided. For 2008, whose 2004 baseline has no complete result to measure them by, the seven candidates
     * left out, a point each, leave room for it too. A blank cell (a spreadsheet's, saying nothing) leaves it complete, as London's
     * bundled headline polls of 2008 are read.
     */
    @Test
    void aDashedDontKnowCellMakesARestUnknownUnlessTheBaselineLeavesRoomForIt() throws IOException {
        Path file = dir.resolve("twelve.csv");
        Files.writeString(file, HEADER + "\nYouGov,DK client,,2012-04-01,1003,44,39,12,,–\n");
        ingester()
                .ingest(
                        file.toString(),
                        store,
                        IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2012")));
        assertThat(store.polls(PollQuery.of("london-2012")).stream()
                        .filter(p -> "DK client".equals(p.poll().client()))
                        .map(p -> p.poll().partial()))
                .containsExactly(false);
        // 2008: no complete baseline, but seven candidates left out, a point each and one of rounding: room for 5.
        assertThat(ingestOne("YouGov,DK client,,2008-02-21,1003,44,39,12,,–").partial())
                .isFalse();
        // 10 left is more than that room: it may be the undecided, and the poll is partial.
        store.close();
        store = PollStore.open(dir.resolve("ten.db"));
        assertThat(ingestOne("YouGov,DK client,,2008-02-22,1003,44,36,10,,–").partial())
                .isTrue();
        store.close();
        store = PollStore.open(dir.resolve("blank.db"));
        assertThat(ingestOne("YouGov,DK client,,2008-02-21,1003,44,39,12,,").partial())
                .isFalse();
    }
}
