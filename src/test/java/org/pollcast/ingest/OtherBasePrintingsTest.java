package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * One survey printed on two bases: with its don't-knows (as the pollster and the newspaper print it, re-based when
 * read) and without them (as an encyclopedia's table, or the same article's second paragraph, prints it). Irish
 * Times/Ipsos B&A, 12–14 October 2025, 1,200: Connolly 38, Humphreys 20, Gavin 5, undecided 18 (read as 60.32, 31.75,
 * 7.94); "when those who said they don't know, or who will not vote or who said they intend to spoil their vote are
 * excluded": 60, 32, 8 (https://www.echolive.ie/nationalnews/arid-41724963.html). The second file was refused as
 * conflicting with the first, and nothing of it stored; it is the same survey, counted as already stored with a note.
 */
class OtherBasePrintingsTest {
    private static final String WITH_DONT_KNOWS =
            "Pollster,Client,Fieldwork start,Fieldwork end,Sample size,Catherine Connolly,Heather Humphreys,Jim Gavin,"
                    + "Undecided\nIpsos B&A,Irish Times,2025-10-12,2025-10-14,1200,38,20,5,18\n";
    private static final String WITHOUT =
            "Pollster,Client,Fieldwork start,Fieldwork end,Sample size,Catherine Connolly,"
                    + "Heather Humphreys,Jim Gavin\nIpsos B&A,Irish Times,2025-10-12,2025-10-14,1200,%s\n";

    @TempDir
    Path root;

    private Ingester irish() throws IOException {
        return IngestFixtures.ingesterWith(root, "ie-2025.yaml");
    }

    private Path file(String name, String text) throws IOException {
        Path f = root.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    @Test
    void theSurveyPrintedWithoutItsDontKnowsIsAlreadyStoredEitherWayRound() throws IOException {
        Ingester ingester = irish();
        Path with = file("with.csv", WITH_DONT_KNOWS);
        Path without = file("without.csv", WITHOUT.formatted("60,32,8"));
        for (List<Path> order : List.of(List.of(with, without), List.of(without, with))) {
            try (PollStore store = PollStore.open(root.resolve(order.get(0).getFileName() + ".db"))) {
                ingester.ingest(order.get(0).toString(), store, settings());
                IngestReport second = ingester.ingest(order.get(1).toString(), store, settings());
                assertThat(second.summary()).contains("1 poll, 0 added, 1 already stored");
                assertThat(second.notes())
                        .anyMatch(n -> n.contains("line 2 skipped:") && n.contains("the same survey"));
                assertThat(store.polls(PollQuery.of("ie-2025"))).hasSize(1);
            }
        }
    }

    /**
     * Without its don't-knows, a poll of everyone that names every option is refused (its rest may be a missing column);
     * the message says how to give the rest. Irish Independent/Ireland Thinks, published 23 October 2025: Connolly 40,
     * Humphreys 25, Gavin 7, the undecided not reported (https://www.echolive.ie/nationalnews/arid-41729613.html), in a
     * definition that lists no one who withdrew.
     */
    @Test
    void aPollOfEveryoneWithoutItsDontKnowsIsRefusedSayingHowToGiveThem() throws IOException {
        IngestFixtures.copyData(root);
        Files.writeString(root.resolve("elections").resolve("ie3-2025.yaml"), """
                id: ie3-2025
                name: Irish presidential election 2025
                date: 2025-10-24
                parties:
                  - {id: ind-connolly, name: Independent - Catherine Connolly, independent: true}
                  - {id: fg, name: Fine Gael}
                  - {id: ff, name: Fianna Fáil}
                contests:
                  president:
                    system: instant-runoff
                    candidates:
                      - {id: connolly, name: Catherine Connolly, party: ind-connolly}
                      - {id: humphreys, name: Heather Humphreys, party: fg}
                      - {id: gavin, name: Jim Gavin, party: ff}
                """, StandardCharsets.UTF_8);
        DataHome home = new DataHome(root);
        Ingester ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        String polls = file(
                        "it.csv",
                        "Pollster,Client,Published,Catherine Connolly,Heather Humphreys,Jim Gavin\n"
                                + "Ireland Thinks,Irish Independent,2025-10-23,40,25,7\n")
                .toString();
        try (PollStore store = PollStore.open(root.resolve("it.db"))) {
            assertThatThrownBy(() -> ingester.ingest(polls, store, settings()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("sum to 72, less than 90, yet every option is reported: if the rest named no"
                            + " one (undecided, would not vote), give that figure in a don't-know column")
                    .hasMessageNotContaining("where the source printed none");
        }
        // A don't-know column left blank, as a news report gives the candidates alone (Taiwan's Cross-Strait Policy
        // Association, 14–15 December 2019, as reported with its own figures in a three-way race): the message says
        // how to write "not reported", and written so the poll is re-based.
        String blank = file(
                        "blank.csv",
                        "Pollster,Client,Published,Catherine Connolly,Heather Humphreys,Jim Gavin,Undecided\n"
                                + "Ireland Thinks,Irish Independent,2025-10-23,40,25,7,\n")
                .toString();
        String dash = file(
                        "dash.csv",
                        "Pollster,Client,Published,Catherine Connolly,Heather Humphreys,Jim Gavin,Undecided\n"
                                + "Ireland Thinks,Irish Independent,2025-10-23,40,25,7,–\n")
                .toString();
        try (PollStore store = PollStore.open(root.resolve("blank.db"))) {
            assertThatThrownBy(() -> ingester.ingest(blank, store, settings()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("where the source printed none, write – in its 'Undecided' column");
            assertThat(ingester.ingest(dash, store, settings()).summary()).contains("1 poll, 1 added");
        }
    }

    @Test
    void aFigureBeyondRoundingIsStillAConflict() throws IOException {
        Ingester ingester = irish();
        try (PollStore store = PollStore.open(root.resolve("c.db"))) {
            ingester.ingest(file("with.csv", WITH_DONT_KNOWS).toString(), store, settings());
            String corrected =
                    file("corrected.csv", WITHOUT.formatted("58,34,8")).toString();
            assertThatThrownBy(() -> ingester.ingest(corrected, store, settings()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("conflicts with stored polls");
        }
    }

    /**
     * Both printings in one file, one line under the other as a table prints a survey among all voters and among
     * decided voters: the figures printed without don't-knows are kept (the vote intention the firm published, where
     * the other line is re-based from whole points), and the survey is counted once. Before, the first line was kept
     * re-based and the second dropped.
     */
    @Test
    void inOneFileTheFiguresPrintedWithoutDontKnowsAreKept() throws IOException {
        Ingester ingester = irish();
        String both = file("both.csv", WITH_DONT_KNOWS + "Ipsos B&A,Irish Times,2025-10-12,2025-10-14,1200,60,32,8,\n")
                .toString();
        try (PollStore store = PollStore.open(root.resolve("both.db"))) {
            IngestReport r = ingester.ingest(both, store, settings());
            assertThat(r.summary()).contains("1 poll, 1 added");
            assertThat(store.polls(PollQuery.of("ie-2025")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.poll().shares())
                            .containsEntry("connolly", 60.0)
                            .containsEntry("humphreys", 32.0)
                            .containsEntry("gavin", 8.0));
            assertThat(r.notes())
                    .anyMatch(n -> n.contains("line 2 skipped:")
                            && n.contains("with its don't-knows (18,")
                            && n.contains("(line 3: connolly 60, humphreys 32, gavin 8, its decided voters) are kept"));
        }
    }
}
