package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The European Opinion Polls as Open Data page about one poll (filipvanlaenen.github.io, as the search corpus stores
 * Gallup International's poll for BNR of 10–21 October 2024, src/test/resources/ingest/README.md): the firm, client and
 * fieldwork in the title, the parties in the rows of a table with the poll's figure in "Poll Result" beside the site's
 * confidence intervals. Read as a poll table it was refused ("no pollster or date column"), and the blind trial on
 * Bulgaria had no poll of its October election.
 */
class OpinionPollPageTest {
    @TempDir
    Path root;

    @Test
    void anAggregatorsPageOfOnePollInRowsGivesThatPoll() throws IOException {
        IngestFixtures.copyDataWith(root, "bg-2024-10.yaml");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("page.db"))) {
            IngestReport r =
                    ingester.ingest(fixture("filipvanlaenen-bg-2024-10-21.md"), store, IngestSettings.withDefaults());
            assertThat(r.format()).isEqualTo(PollFormat.POLL_PAGE);
            assertThat(r.summary()).contains("1 poll, 1 added").contains("bg-2024-10 assembly");
            assertThat(store.polls(PollQuery.of("bg-2024-10"))).singleElement().satisfies(p -> {
                assertThat(p.poll().pollster()).isEqualTo("Gallup International");
                assertThat(p.poll().client()).isEqualTo("BNR");
                assertThat(p.poll().fieldworkStart()).isEqualTo(LocalDate.parse("2024-10-10"));
                assertThat(p.poll().fieldworkEnd()).isEqualTo(LocalDate.parse("2024-10-21"));
                // The European group after a name ("(EPP)", "(*)") is no part of it; the intervals are no figures.
                assertThat(p.poll().shares())
                        .containsEntry("gerb", 26.1)
                        .containsEntry("vaz", 14.9)
                        .containsEntry("aps", 7.8)
                        .containsEntry("dpsnn", 7.6)
                        .containsEntry("mech", 4.1)
                        .containsEntry("velichie", 3.8)
                        .containsEntry("sb", 1.2);
                // PP–DB's parts, printed as rows of their own (PP 9.7, Yes, Bulgaria! 3.8, DB 2.8), are its figure:
                // refused before as naming one party three times.
                assertThat(p.poll().shares().get("ppdb")).isCloseTo(16.3, within(1e-9));
                assertThat(p.poll().shares()).hasSize(10);
            });
        }
    }

    /**
     * A row cut short of the Poll Result column is refused naming its line, where it was skipped and its party read as
     * one the poll left out; a group of seven letters or more ("(GUE/NGL)", as the site's Flemish pages print it) is
     * no part of a party's name.
     */
    @Test
    void aRowShortOfCellsIsNamedAndLongGroupsAreNoPartOfANameItself() throws IOException {
        IngestFixtures.copyDataWith(root, "bg-2024-10.yaml");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        String head = "Opinion Poll by Gallup International for BNR, 10–21 October 2024\n"
                + "| Party | Last Result | Poll Result | 80% Confidence Interval |\n"
                + "|---|---|---|---|\n"
                + "| Граждани за европейско развитие на България (EPP) | 0.0% | 26.1% | 24.4–28.0% |\n";
        Path cut = root.resolve("cut.md");
        java.nio.file.Files.writeString(cut, head + "| Възраждане (ESN) | 0.0% |\n");
        Path group = root.resolve("group.md");
        java.nio.file.Files.writeString(group, head + "| Възраждане (GUE/NGL) | 0.0% | 14.9% | 13.5–16.4% |\n");
        try (PollStore store = PollStore.open(root.resolve("short.db"))) {
            IngestSettings settings = IngestSettings.withDefaults();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> ingester.ingest(cut.toString(), store, settings)))
                    .hasMessageContaining("cut.md:5: field 'Poll Result'");
            ingester.ingest(group.toString(), store, settings);
            assertThat(store.polls(PollQuery.of("bg-2024-10")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.poll().shares()).containsEntry("vaz", 14.9));
        }
    }

    /** Two columns naming one party in a table of polls are still refused: only a page's rows are a list's parts. */
    @Test
    void twoColumnsNamingOnePartyAreStillRefused() throws IOException {
        IngestFixtures.copyDataWith(root, "bg-2024-10.yaml");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        Path csv = root.resolve("two-columns.csv");
        java.nio.file.Files.writeString(
                csv,
                "pollster,fieldwork_end,GERB-SDS,Продължаваме промяната,Демократична България\n"
                        + "Gallup International,2024-10-21,26.1,9.7,2.8\n");
        try (PollStore store = PollStore.open(root.resolve("cols.db"))) {
            IngestSettings settings = IngestSettings.withDefaults();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> ingester.ingest(csv.toString(), store, settings)))
                    .hasMessageContaining("field 'Демократична България': names option 'ppdb' again (already given by"
                            + " 'Продължаваме промяната')");
        }
    }

    /**
     * The same page copied as text, its table without bars (Novus for SVT, 8–14 August 2022, as the search corpus
     * stores it): read as the pipe table is. Taken for a CSV, it was refused as "a title above the CSV header", and the
     * blind trial on Sweden had none of the site's dozens of stored polls of August 2018 and 2022.
     */
    @Test
    void theTextCopyOfThePageGivesItsPoll() throws IOException {
        IngestFixtures.copyDataWith(root, "se-2022.yaml");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("text.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("filipvanlaenen-se-2022-08-14-novus.txt"), store, IngestSettings.withDefaults());
            assertThat(r.format()).isEqualTo(PollFormat.POLL_PAGE);
            assertThat(r.summary()).contains("1 poll, 1 added").contains("se-2022 riksdag");
            assertThat(store.polls(PollQuery.of("se-2022"))).singleElement().satisfies(p -> {
                assertThat(p.poll().pollster()).isEqualTo("Novus");
                assertThat(p.poll().client()).isEqualTo("SVT");
                assertThat(p.poll().fieldworkStart()).isEqualTo(LocalDate.parse("2022-08-08"));
                assertThat(p.poll().fieldworkEnd()).isEqualTo(LocalDate.parse("2022-08-14"));
                // The Poll Result column, not the last result beside it nor the intervals; the seats table below
                // (Party Last Result Median ...) is none of the poll's.
                assertThat(p.poll().shares())
                        .containsEntry("s", 28.5)
                        .containsEntry("m", 19.6)
                        .containsEntry("sd", 18.8)
                        .containsEntry("v", 9.7)
                        .containsEntry("c", 6.0)
                        .containsEntry("l", 5.8)
                        .containsEntry("kd", 5.6)
                        .containsEntry("mp", 4.5);
            });
        }
    }

    /**
     * A small party the definition leaves out goes to the poll's others, with a note, as on a poll card or a page's table:
     * the Swedish trial's one-poll pages named one now and then, and each refused the whole page as an unknown party.
     * The Novus page above with a row added for a made-up small party.
     */
    @Test
    void aSmallPartyTheDefinitionLeavesOutGoesToOthers() throws IOException {
        IngestFixtures.copyDataWith(root, "se-2022.yaml");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        Path page = root.resolve("small.txt");
        java.nio.file.Files.writeString(
                page,
                java.nio.file.Files.readString(Path.of(fixture("filipvanlaenen-se-2022-08-14-novus.txt")))
                        .replace(
                                "Miljöpartiet de gröna 4.4% 4.5% 4.0–5.2% 3.8–5.3% 3.7–5.5% 3.4–5.8%\n",
                                "Miljöpartiet de gröna 4.4% 4.5% 4.0–5.2% 3.8–5.3% 3.7–5.5% 3.4–5.8%\n"
                                        + "Småpartiet 0.0% 0.6% 0.4–0.9% 0.3–1.0% 0.3–1.1% 0.2–1.2%\n"));
        try (PollStore store = PollStore.open(root.resolve("small.db"))) {
            // With --election: without it, an unknown name leaves no election that has every name of the poll.
            IngestReport r = ingester.ingest(
                    page.toString(),
                    store,
                    IngestSettings.withDefaults()
                            .withElection(new ElectionCatalog(new DataHome(root)).resolve("se-2022")));
            assertThat(r.summary()).contains("1 poll, 1 added");
            // No Others row: the poll's rest of 100 (1.5, the small party's 0.6 in it) is the others', as a table's.
            assertThat(store.polls(PollQuery.of("se-2022")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.poll().shares())
                            .containsEntry("s", 28.5)
                            .hasSize(8));
            assertThat(String.join("\n", r.notes())).contains("Småpartiet");
        }
    }

    /**
     * Independents in a vote between parties whose definition names none are its others, however many: Ipsos MRBI's
     * poll of 30 January - 1 February 2020 prints "Independent 13.5%" beside the parties, and Ireland's definition leaves
     * independents to Others (a bloc of many, not a party). Before, the page was refused as naming an unknown party.
     * A party the definition lacks at more than 5 points is still refused: "Independent" is no such party.
     */
    @Test
    void independentsInAVoteBetweenPartiesAreItsOthersHoweverMany() throws IOException {
        IngestFixtures.copyDataWith(root, "ie-ge-2020.yaml");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        IngestSettings ireland = IngestSettings.withDefaults()
                .withElection(new ElectionCatalog(new DataHome(root)).resolve("ie-ge-2020"));
        try (PollStore store = PollStore.open(root.resolve("ie.db"))) {
            IngestReport r = ingester.ingest(fixture("filipvanlaenen-ie-2020-02-01-ipsosmrbi.txt"), store, ireland);
            assertThat(r.summary()).contains("1 poll, 1 added");
            assertThat(String.join("\n", r.notes()))
                    .contains("'Independent'' (13.5) skipped: no party of ie-ge-2020's popular; counted in Others (the"
                            + " rest of 100)");
            assertThat(store.polls(PollQuery.of("ie-ge-2020")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.poll().shares())
                            .containsEntry("sf", 25.0)
                            .containsEntry("ff", 23.0)
                            .doesNotContainKey("other"));
        }
        Path party = root.resolve("party.txt");
        java.nio.file.Files.writeString(
                party,
                java.nio.file.Files.readString(Path.of(fixture("filipvanlaenen-ie-2020-02-01-ipsosmrbi.txt")))
                        .replace("Independent 15.9% 13.5%", "Independent Alliance 15.9% 13.5%"));
        try (PollStore store = PollStore.open(root.resolve("party.db"))) {
            assertThatThrownBy(() -> ingester.ingest(party.toString(), store, ireland))
                    .isInstanceOfSatisfying(
                            org.pollcast.BadInputException.class,
                            e -> assertThat(String.join("\n", e.details()))
                                    .contains("unknown candidate 'Independent Alliance'"));
        }
    }

    /** A text row short of figures (a copy cut inside the table) is refused naming its line, never read as a gap. */
    @Test
    void aTextRowShortOfFiguresIsNamed() throws IOException {
        IngestFixtures.copyDataWith(root, "se-2022.yaml");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        Path cut = root.resolve("cut.txt");
        java.nio.file.Files.writeString(
                cut,
                "Opinion Poll by Novus for SVT, 8–14 August 2022\n\n"
                        + "Party Last Result Poll Result 80% Confidence Interval 90% Confidence Interval\n"
                        + "Sveriges socialdemokratiska arbetareparti 28.3% 28.5% 27.2–29.8% 26.9–30.2%\n"
                        + "Miljöpartiet de gr\n");
        try (PollStore store = PollStore.open(root.resolve("cut.db"))) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> ingester.ingest(cut.toString(), store, IngestSettings.withDefaults())))
                    .hasMessageContaining("cut.txt:5: field 'Poll Result'")
                    .hasMessageContaining("0 figures");
        }
    }
    /**
     * The same page as the search corpus stores many of them, the table one cell a line, each ended by a bar ("Party |",
     * "Last Result |", ..., "Sjálfstæðisflokkurinn |", "25.2% |", ...): MMR's poll for Morgunblaðið of 22–23 September
     * 2021 before Iceland's election. Refused before as a CSV with a title line above its header; a row short of a cell
     * is refused naming its line, as every row after it would be read a cell askew.
     */
    @Test
    void aPageCopiedOneCellALineGivesThatPoll() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "iceland-2021.yaml");
        try (PollStore store = PollStore.open(root.resolve("bars.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("filipvanlaenen-is-2021-09-23-mmr.txt"), store, IngestSettings.withDefaults());
            assertThat(r.format()).isEqualTo(PollFormat.POLL_PAGE);
            assertThat(store.polls(PollQuery.of("iceland-2021")))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.poll().pollster()).isEqualTo("MMR");
                        assertThat(p.poll().client()).isEqualTo("Morgunblaðið");
                        assertThat(p.poll().fieldworkStart()).isEqualTo(LocalDate.parse("2021-09-22"));
                        assertThat(p.poll().fieldworkEnd()).isEqualTo(LocalDate.parse("2021-09-23"));
                        assertThat(p.poll().shares())
                                .containsEntry("d", 22.9)
                                .containsEntry("b", 16.4)
                                .containsEntry("v", 9.7)
                                .containsEntry("j", 5.1)
                                .hasSize(9);
                    });
            String page = java.nio.file.Files.readString(Path.of(fixture("filipvanlaenen-is-2021-09-23-mmr.txt")));
            Path cut = root.resolve("cut.txt");
            java.nio.file.Files.writeString(cut, page.replaceFirst("16\\.4% \\|\n", ""));
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> ingester.ingest(cut.toString(), store, IngestSettings.withDefaults())))
                    .hasMessageContaining("cut.txt:19: field 'Poll Result'");
        }
    }

    /**
     * A page naming a small party the definition leaves out finds its election by date: the page about Pulse RC's poll
     * of 14–19 May 2023 for SKAI lists National Creation (Εθνική Δημιουργία, 1.7), which stood in May 2023 and is no
     * party of the kit's definition. The poll was refused as of no election ("unknown party ... in parliament") unless
     * --election was given, with which the same page was read and the party counted in Others; now the date finds
     * gr-2023, as the parties of the poll fit it but for a small one.
     */
    @Test
    void aSmallPartyTheDefinitionLeavesOutDoesNotHideTheElection() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "gr-2023.yaml", "gr-2023-06.yaml");
        try (PollStore store = PollStore.open(root.resolve("gr.db"))) {
            IngestReport r =
                    ingester.ingest(fixture("filipvanlaenen-gr-2023-05-19.md"), store, IngestSettings.withDefaults());
            assertThat(r.summary()).contains("1 poll, 1 added").contains("gr-2023 parliament");
            assertThat(String.join("\n", r.notes()))
                    .contains("'Εθνική Δημιουργία'' (1.7) skipped: no party of gr-2023's parliament");
            assertThat(store.polls(PollQuery.of("gr-2023"))).singleElement().satisfies(p -> {
                assertThat(p.poll().pollster()).isEqualTo("Pulse RC");
                assertThat(p.poll().fieldworkEnd()).isEqualTo(LocalDate.parse("2023-05-19"));
                assertThat(p.poll().shares())
                        .containsEntry("nd", 36.4)
                        .containsEntry("mera25", 4.5)
                        .containsEntry("niki", 2.3)
                        .containsEntry("pe", 1.7)
                        // The page prints no Others: the rest of 100, National Creation's 1.7 in it, is theirs.
                        .hasSize(8);
            });
        }
    }

    /** A party of more than five points that the definition lacks is still refused, naming its row. */
    @Test
    void aLargePartyTheDefinitionLacksIsStillRefused() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "gr-2023.yaml", "gr-2023-06.yaml");
        Path page = root.resolve("large.md");
        java.nio.file.Files.writeString(
                page,
                java.nio.file.Files.readString(Path.of(fixture("filipvanlaenen-gr-2023-05-19.md")))
                        .replace("| Εθνική Δημιουργία | 0.0% | 1.7% |", "| Εθνική Δημιουργία | 0.0% | 6.7% |"));
        try (PollStore store = PollStore.open(root.resolve("large.db"))) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> ingester.ingest(page.toString(), store, IngestSettings.withDefaults())))
                    .hasMessageContaining("unknown party 'Εθνική Δημιουργία'");
        }
    }
}
