package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * YouGov's results tables of Scottish Parliament and Welsh Assembly/Senedd surveys, as the stored copies of the PDFs'
 * first pages give them (one run of words; src/test/resources/ingest/README.md, "Pollsters' results tables", names
 * each source). Read as a user reads them, {@code --election} given, with the Scottish and Welsh kits' definitions
 * (src/test/resources/ingest/scotland, wales). Every expected figure was read off the text by hand: the total column is
 * the one under the weighted sample's first number, so with one earlier poll's column in front, each row's second
 * figure.
 */
class DevolvedSurveyTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;
    private ElectionCatalog catalog;

    @BeforeEach
    void theDefinitions() throws IOException {
        IngestFixtures.copyData(root);
        for (String d : List.of(
                "scotland/elections/scotland-2016.yaml",
                "scotland/elections/scotland-2021.yaml",
                "wales/elections/wales-2016.yaml",
                "wales/elections/wales-2021.yaml")) {
            Path from = Path.of(fixture(d));
            Files.copy(from, root.resolve("elections").resolve(from.getFileName()));
        }
        load();
    }

    private void load() {
        DataHome home = new DataHome(root);
        catalog = new ElectionCatalog(home);
        ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    private IngestSettings settings(String election) {
        return IngestSettings.withDefaults().withElection(catalog.resolveId(election));
    }

    /**
     * YouGov/The Times, 2–4 May 2021: "Constituency Voting Intention" and "List Voting Intention" under "HOLYROOD
     * HEADLINE VOTING INTENTION" are the two ballots, read from the 2–4 May column, not the 16–20 April one before it;
     * they are the figures transcribed by hand into the kit's polls (S2021-10). The independence question after them is
     * no poll, and its last row, cut short by the copy, is not read.
     */
    @Test
    void theMay2021TablesGiveBothBallotsAsTranscribed() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("s.db"));
                PollStore kit = PollStore.open(root.resolve("kit.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("pollster/yougov-times-scotland-2021-05.flat.txt"), store, settings("scotland-2021"));
            assertThat(r.summary()).contains("2 polls, 2 added").contains("constituency vote 1, list vote 1");
            assertThat(r.notes()).isEmpty();
            ingester.ingest(fixture("scotland/polls/scotland-2021.csv"), kit, settings("scotland-2021"));
            List<Poll> transcribed = polls(kit, "scotland-2021").stream()
                    .filter(p -> p.pollster().equals("YouGov")
                            && p.fieldworkEnd().toString().equals("2021-05-04"))
                    .toList();
            List<Poll> read = polls(store, "scotland-2021");
            assertThat(read).hasSize(2);
            for (Poll p : read) {
                Poll same = transcribed.stream()
                        .filter(t -> t.scope() == p.scope())
                        .findFirst()
                        .orElseThrow();
                assertThat(p.shares()).as(p.scope().code()).isEqualTo(same.shares());
                assertThat(p.fieldworkStart()).hasToString("2021-05-02");
                assertThat(p.sampleSize()).isEqualTo(1144);
                assertThat(p.client()).isEqualTo("The Times");
            }
            assertThat(shares(store, "scotland-2021", Scope.CONSTITUENCY))
                    .isEqualTo(Map.of("con", 20.0, "lab", 19.0, "ld", 6.0, "snp", 52.0, "grn", 2.0, "other", 1.0));
        }
    }

    /**
     * Another copy of the same tables lost the label "All for unity" (its figures run on after Reform UK's): that row
     * cannot be placed, and the file is refused naming the line and the row, never stored with a crossbreak read as
     * Reform UK's share.
     */
    @Test
    void aCopyThatRanTwoRowsTogetherIsRefusedNamingTheRow() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            fixture("pollster/yougov-times-scotland-2021-05-b.flat.txt"),
                            store,
                            settings("scotland-2021")))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("yougov-times-scotland-2021-05-b.flat.txt:7: field 'Reform UK': 'Reform UK'"
                            + " has 52 figures where the weighted sample has 25 columns")
                    .hasMessageContaining("two rows' figures ran together")
                    .hasMessageContaining("nothing from this file was stored");
            assertThat(store.count("scotland-2021")).isZero();
        }
    }

    /**
     * YouGov/The Times, 4–8 March 2021, as stored: the copy ends inside the regional vote's first row, which is refused
     * naming it. With --skip-invalid the rest is read: the Westminster question is left out with a note (scotland-2021
     * has no Westminster contest), and "Holyrood Voting Intention", beside the survey's regional question, is the
     * constituency vote: Con 22, Lab 17, LD 6, SNP 52, Green 2, Other 1, and the Scottish Socialist Party's 0, a party
     * the definition does not list (it stood for no seat in 2021), counted in Other.
     */
    @Test
    void theMarch2021TablesGiveTheConstituencyVoteAndRefuseTheRowCutShort() throws IOException {
        String file = fixture("pollster/yougov-times-scotland-2021-03.flat.txt");
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester.ingest(file, store, settings("scotland-2021")))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("yougov-times-scotland-2021-03.flat.txt:4: field 'Conservative':"
                            + " 'Conservative' has 6 figures where the weighted sample has 23 columns: fewer than the"
                            + " table's columns");
            IngestReport r =
                    ingester.ingest(file, store, settings("scotland-2021").withSkipInvalid(true));
            assertThat(r.summary()).contains("1 poll, 1 added").contains("constituency vote");
            assertThat(r.notes())
                    .anyMatch(n -> n.contains(
                            "'Westminster Voting Intention' skipped: scotland-2021 has no" + " Westminster contest"))
                    .anyMatch(n -> n.contains("row 'Scottish Socialist Party' (0) skipped: no party of"
                            + " scotland-2021's parliament; counted in Other"));
            assertThat(shares(store, "scotland-2021", Scope.CONSTITUENCY))
                    .isEqualTo(Map.of("con", 22.0, "lab", 17.0, "ld", 6.0, "snp", 52.0, "grn", 2.0, "other", 1.0));
        }
    }

    /**
     * A party the definition does not list is counted in Other only when it is small: at 6 points (a figure changed
     * for the test) it is more likely a party the definition lacks by mistake, and the row is refused as in every
     * layout, naming it.
     */
    @Test
    void aLargerPartyTheDefinitionLacksIsRefused() throws IOException {
        Path file = changed(
                "pollster/yougov-times-scotland-2021-03.flat.txt",
                "Scottish Socialist Party 0 0 0",
                "Scottish Socialist Party 0 6 0");
        IngestReport r =
                ingester.ingest(file.toString(), null, settings("scotland-2021").withSkipInvalid(true));
        assertThat(r.summary()).contains("0 polls valid").contains("2 problems skipped");
        assertThat(r.rejected())
                .anyMatch(p -> p.reason()
                        .contains("line 4: field 'Scottish Socialist Party': unknown party 'Scottish Socialist"
                                + " Party' in parliament"));
    }

    /**
     * YouGov/The Sun, 4–7 August 2014 (a sample of 16+): no bases in brackets. "Holyrood Headline Voting Intention" is
     * the constituency vote (the survey asks the regional vote too), its Other of 7 broken down by "Holyrood Other
     * Parties Voting Intention": Green 3, UKIP 3 and Solidarity 0 are scotland-2016's parties and leave Other, the
     * Scottish Socialists' 1 and the breakdown's own Other 0 stay in it. "Holyrood Non Voters" (would not vote 5, don't
     * know 13) is no poll. The regional vote's breakdown, cut short by the copy after two of its rows (Green 8, SSP 3:
     * 11, not the Other of 15), is no breakdown of it: Other is kept whole, with a note.
     */
    @Test
    void theAugust2014TablesReadTheOtherPartiesIntoTheConstituencyVote() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("pollster/yougov-sun-scotland-2014-08.flat.txt"), store, settings("scotland-2016"));
            assertThat(r.summary()).contains("2 polls, 2 added").contains("constituency vote 1, list vote 1");
            assertThat(shares(store, "scotland-2016", Scope.CONSTITUENCY))
                    .isEqualTo(Map.of(
                            "con",
                            16.0,
                            "lab",
                            37.0,
                            "ld",
                            4.0,
                            "snp",
                            36.0,
                            "grn",
                            3.0,
                            "ukip",
                            3.0,
                            "solidarity",
                            0.0,
                            "other",
                            1.0));
            assertThat(shares(store, "scotland-2016", Scope.LIST))
                    .isEqualTo(Map.of("con", 15.0, "lab", 35.0, "ld", 5.0, "snp", 31.0, "other", 15.0));
            assertThat(r.notes())
                    .containsExactly("note: " + fixture("pollster/yougov-sun-scotland-2014-08.flat.txt")
                            + ": line 2: 'Scottish Regional Other Vote' skipped: its parts (Green 8, Scottish Socialist"
                            + " Party 3) add up to 11, not to the Other of 15 above it: Other is kept whole");
            Poll constituency = polls(store, "scotland-2016").stream()
                    .filter(p -> p.scope() == Scope.CONSTITUENCY)
                    .findFirst()
                    .orElseThrow();
            assertThat(constituency.dontKnow()).isNull(); // the non-voters' don't know is no figure of the poll
            assertThat(constituency.sampleSize()).isEqualTo(1142);
            assertThat(constituency.client()).isEqualTo("The Sun");
        }
    }

    /**
     * A breakdown's part that names a party the poll already reports is never counted twice: it stays in Other. (The
     * breakdown's UKIP row renamed "Con" for the test: Con stays 16, and Other keeps its 3.)
     */
    @Test
    void aPartTheQuestionAboveAlreadyReportsStaysInOther() throws IOException {
        Path file = changed("pollster/yougov-sun-scotland-2014-08.flat.txt", "UKIP 3 3 3 3 0 4", "Con 3 3 3 3 0 4");
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(file.toString(), store, settings("scotland-2016"));
            assertThat(shares(store, "scotland-2016", Scope.CONSTITUENCY))
                    .isEqualTo(Map.of(
                            "con",
                            16.0,
                            "lab",
                            37.0,
                            "ld",
                            4.0,
                            "snp",
                            36.0,
                            "grn",
                            3.0,
                            "solidarity",
                            0.0,
                            "other",
                            4.0));
        }
    }

    /**
     * The Welsh Political Barometer, 28 June – 2 July 2018: the Westminster question and its other parties are left
     * out with notes (wales-2021 has no Westminster contest); "Assembly Constituency Voting Intention" is the
     * constituency vote, and its other parties (Green 1, BNP 0, Socialist Labour 0, Welsh Christian Party 0, Communist 0,
     * Abolish 1, Other 1: 3, the Other above) are read into it where wales-2021 names them.
     */
    @Test
    void theWelsh2018TablesLeaveWestminsterOutAndReadTheAssemblyVote() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("pollster/yougov-welsh-barometer-2018-07.flat.txt"), store, settings("wales-2021"));
            assertThat(r.summary()).contains("1 poll, 1 added").contains("(wales-2021 senedd, constituency vote)");
            assertThat(r.notes())
                    .hasSize(2)
                    .anyMatch(n -> n.endsWith("'Westminster Voting Intention' skipped: wales-2021 has no Westminster"
                            + " contest (a contest with scopes: [westminster] in its definition would take it)"))
                    .anyMatch(n -> n.endsWith("'Westminster Other Parties Voting Intention' skipped: it breaks down"
                            + " the Other of the Westminster question left out"));
            assertThat(shares(store, "wales-2021", Scope.CONSTITUENCY))
                    .isEqualTo(Map.of(
                            "con",
                            28.0,
                            "lab",
                            38.0,
                            "ld",
                            6.0,
                            "ukip",
                            4.0,
                            "plaid",
                            21.0,
                            "grn",
                            1.0,
                            "christian",
                            0.0,
                            "communist",
                            0.0,
                            "abolish",
                            1.0,
                            "other",
                            1.0));
        }
    }

    /**
     * Rows straight under a section heading, with no question's heading between (the 2018 tables with "Assembly
     * Constituency Voting Intention [...]" taken out for the test), are that section's question, of no stated ballot,
     * not more rows of the Westminster breakdown above them.
     */
    @Test
    void rowsUnderASectionHeadingAloneAreThatSectionsQuestion() throws IOException {
        String text = Files.readString(Path.of(fixture("pollster/yougov-welsh-barometer-2018-07.flat.txt")));
        String heading =
                text.substring(text.indexOf("Assembly Constituency Voting Intention ["), text.indexOf("] Con 28") + 2);
        Path file = changed("pollster/yougov-welsh-barometer-2018-07.flat.txt", heading, "");
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings("wales-2021"));
            assertThat(r.summary()).contains("1 poll, 1 added").contains("(wales-2021 senedd, ballot not stated)");
            assertThat(shares(store, "wales-2021", Scope.UNSPECIFIED))
                    .containsEntry("con", 28.0)
                    .containsEntry("plaid", 21.0)
                    .containsEntry("other", 1.0);
        }
    }

    /**
     * The Welsh Barometer, 11–14 January 2021: "Headline Voting Intention" under "WESTMINSTER HEADLINE VOTING
     * INTENTION" is Westminster's and left out; "Constituency Voting Intention" under "SENEDD HEADLINE VOTING
     * INTENTION:" is read, though the copy lost the end of its base ("... or refused to Con 27 26"): Con 26, Lab 34,
     * Lib 4, Plaid 22, Reform UK 5, Green 6, and its Other of 4 broken down (Abolish 3, UKIP 0, Communist 0, Gwlad
     * Gwlad 0 named; Socialist Labour 0 and Other 0 left), so Other 1.
     */
    @Test
    void theWelsh2021TablesReadTheSeneddConstituencyVote() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("pollster/yougov-welsh-barometer-2021-01.flat.txt"), store, settings("wales-2021"));
            assertThat(r.summary()).contains("1 poll, 1 added").contains("(wales-2021 senedd, constituency vote)");
            assertThat(r.notes())
                    .containsExactly("note: " + fixture("pollster/yougov-welsh-barometer-2021-01.flat.txt")
                            + ": line 4: 'Headline Voting Intention' skipped: wales-2021 has no Westminster contest (a"
                            + " contest with scopes: [westminster] in its definition would take it)");
            assertThat(shares(store, "wales-2021", Scope.CONSTITUENCY))
                    .isEqualTo(Map.ofEntries(
                            Map.entry("con", 26.0),
                            Map.entry("lab", 34.0),
                            Map.entry("ld", 4.0),
                            Map.entry("plaid", 22.0),
                            Map.entry("reform", 5.0),
                            Map.entry("grn", 6.0),
                            Map.entry("ukip", 0.0),
                            Map.entry("communist", 0.0),
                            Map.entry("abolish", 3.0),
                            Map.entry("gwlad", 0.0),
                            Map.entry("other", 1.0)));
        }
    }

    /**
     * YouGov, 6–10 November 2020, as a document site gives it: its own words repeat the title ("YouGov Survey
     * Results...YouGov Survey Results Sample Size: ... Fieldwork:...") above the page, the sample row is "Weighted
     * sample", earlier polls' labels stand between a heading and its base ("6-10 Aug 6-10 Nov"), and the crossbreaks'
     * group labels are printed at the page's foot ("Age Vote in 2019 ... Gender 1 www.yougov.com ©"). The Holyrood
     * question, with no regional question on the page, is of no stated ballot: Con 19, Lab 15, LD 6, SNP 56, Green 2,
     * Other 2 (the Scottish Socialist Party's 0, its August cell blank, counted in Other).
     */
    @Test
    void theNovember2020TablesReadPastADocumentSitesWords() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("pollster/yougov-scotland-2020-11.flat.txt"), store, settings("scotland-2021"));
            assertThat(r.summary())
                    .contains("1 poll, 1 added")
                    .contains("(scotland-2021 parliament, ballot not stated)");
            Poll p = polls(store, "scotland-2021").get(0);
            assertThat(p.shares())
                    .isEqualTo(Map.of("con", 19.0, "lab", 15.0, "ld", 6.0, "snp", 56.0, "grn", 2.0, "other", 2.0));
            assertThat(p.pollster()).isEqualTo("YouGov");
            assertThat(p.client()).isEmpty();
            assertThat(p.sampleSize()).isEqualTo(1089);
            assertThat(p.fieldworkStart()).hasToString("2020-11-06");
            assertThat(p.fieldworkEnd()).hasToString("2020-11-10");
        }
    }

    /**
     * Where the election has a Westminster contest, a survey's Westminster question is stored there. (scotland-2021
     * given one for the test, as london-2028 has: the March 2021 survey's Westminster question, 4–8 March column: Con
     * 23, Lab 17, LD 5, SNP 50, Green 3, Brexit Party 1, Other 1.)
     */
    @Test
    void aWestminsterQuestionGoesToTheWestminsterContestWhereThereIsOne() throws IOException {
        Path def = root.resolve("elections/scotland-2021.yaml");
        Files.writeString(
                def,
                Files.readString(def)
                        + "  westminster:\n    system: fptp\n    scopes: [westminster]\n    candidates:\n"
                        + "      - {id: snp, name: SNP, party: snp}\n      - {id: con, name: Conservative, party: con}\n"
                        + "      - {id: lab, name: Labour, party: lab}\n"
                        + "      - {id: ld, name: Liberal Democrats, party: ld}\n"
                        + "      - {id: grn, name: Green, party: grn}\n      - {id: reform, name: Reform UK, party:"
                        + " reform}\n");
        load();
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("pollster/yougov-times-scotland-2021-03.flat.txt"),
                    store,
                    settings("scotland-2021").withSkipInvalid(true));
            assertThat(r.summary()).contains("scotland-2021 westminster");
            assertThat(shares(store, "scotland-2021", Scope.WESTMINSTER))
                    .isEqualTo(Map.of(
                            "con", 23.0, "lab", 17.0, "ld", 5.0, "snp", 50.0, "grn", 3.0, "reform", 1.0, "other", 1.0));
        }
    }

    /**
     * A question first met on a later page is read there, and one met again is that page's crossbreaks of it and is
     * passed over. (The May 2021 text rearranged for the test into three pages, each with its title and sample rows:
     * the constituency question, then the list question, then the constituency question again under other columns,
     * its Con and Lab totals changed so that reading it again would show: a second poll of the same key with other
     * figures is refused.)
     */
    @Test
    void everyPageIsReadAndAQuestionMetAgainIsPassedOver() throws IOException {
        String text = Files.readString(Path.of(fixture("pollster/yougov-times-scotland-2021-05.flat.txt")));
        String head = text.substring(0, text.indexOf("16-20 2-4"));
        String constituency = text.substring(text.indexOf("HOLYROOD HEADLINE"), text.indexOf("List Voting Intention"));
        String list = text.substring(text.indexOf("List Voting Intention"), text.indexOf("Independence"));
        String foot = "\n1 \u00a9 2021 YouGov plc. All Rights Reserved www.yougov.co.uk\n";
        String crossbreaks = "YouGov / The Times Survey Results Sample Size: 1144 Adults in Scotland (16+) Fieldwork:"
                + " 2nd - 4th May 2021 Total Male Female Weighted Sample 1144 551 593 Unweighted Sample 1144 519 625"
                + " Constituency Voting Intention [Weighted by likelihood to vote] Con 21 19 21 Lab 18 22 16 Lib Dem 6"
                + " 7 5 SNP 52 49 55 Green 2 2 3 Other 1 2 0";
        Path file = root.resolve("pages.txt");
        Files.writeString(
                file,
                head + "16-20 2-4 Apr May " + constituency + foot
                        + head.substring(head.indexOf("YouGov / The Times")) + list + foot.replace("1 ", "2 ")
                        + crossbreaks + foot.replace("1 ", "3 "),
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings("scotland-2021"));
            assertThat(r.summary()).contains("2 polls, 2 added").contains("constituency vote 1, list vote 1");
            assertThat(shares(store, "scotland-2021", Scope.LIST))
                    .containsEntry("snp", 38.0)
                    .containsEntry("alba", 3.0)
                    .hasSize(10);
            assertThat(shares(store, "scotland-2021", Scope.CONSTITUENCY)).containsEntry("snp", 52.0);
        }
    }

    private Path changed(String fixture, String from, String to) throws IOException {
        String text = Files.readString(Path.of(fixture(fixture)));
        assertThat(text).contains(from);
        Path file = root.resolve("changed.txt");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private static List<Poll> polls(PollStore store, String election) {
        return store.polls(PollQuery.of(election)).stream()
                .map(StoredPoll::poll)
                .toList();
    }

    private static Map<String, Double> shares(PollStore store, String election, Scope scope) {
        return polls(store, election).stream()
                .filter(p -> p.scope() == scope)
                .findFirst()
                .orElseThrow()
                .shares();
    }
}
