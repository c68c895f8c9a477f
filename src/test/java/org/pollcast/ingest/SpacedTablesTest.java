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
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Polling sites' tables saved as text, their cells parted by single spaces ({@link SpacedTable}): 270toWin's national
 * pages of 2020 and 2024 (the usa corpus kit) and its Georgia run-off pages (a blind trial), crowdwisdom360's Israeli
 * table, and the layouts around them (RealClearPolitics' spread, purepolling's lead) written for the test from those.
 * Each was refused as a release page with no list of figures.
 */
class SpacedTablesTest {
    @TempDir
    Path root;

    private static final String USA = "../corpus/usa/polls/";

    /** The elections of the pages, with the baselines they name. */
    private static final String[] DEFINITIONS = {
        "us-2016.yaml", "us-2020.yaml", "us-2024.yaml", "ga-senate-2020.yaml", "ga-senate-2022.yaml"
    };

    private Ingester ingester;

    private List<Poll> ingest(String definition, String file, IngestSettings settings) throws Exception {
        if (ingester == null) {
            ingester = IngestFixtures.ingesterWith(root, DEFINITIONS);
        }
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(file, store, settings);
            return store.polls(PollQuery.of(definition.replace(".yaml", ""))).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    /** The defaults, with the election given (--election), whose year dates a page's dates printed without one. */
    private IngestSettings forElection(String id) throws Exception {
        if (ingester == null) {
            ingester = IngestFixtures.ingesterWith(root, DEFINITIONS);
        }
        return IngestSettings.withDefaults().withElection(new ElectionCatalog(new DataHome(root)).resolveId(id));
    }

    private Path page(String text) throws Exception {
        Path file = root.resolve("page.txt");
        Files.writeString(file, text);
        return file;
    }

    /**
     * 270toWin's page of the 2022 Georgia run-off polls, as stored: a "== Updated December 5 ... ==" line (which made it
     * wikitext), an average line above the table, the incumbent's name marked "Warnock*", the margin beside the sample.
     */
    @Test
    void theGeorgiaRunOffPageGivesItsSevenPolls() throws Exception {
        Ingester georgia = IngestFixtures.ingesterWith(root, DEFINITIONS);
        IngestReport r = ExpectedPages.assertGivesExactly(
                georgia,
                root,
                "270towin-ga-senate-2022-runoff.txt",
                PollFormat.TEXT_TABLE,
                "ga-senate-2022",
                IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
    }

    /**
     * The 2024 national page: 36 polls, dates month first ("10/31/2024"), "1,297 LV ±3.5%" a sample of likely voters,
     * the average line left out, the table cut inside its 37th row ("TIPP Insights 10", no figures) ending it.
     */
    @Test
    void theNationalPageOf2024GivesEveryWholePoll() throws Exception {
        List<Poll> polls =
                ingest("us-2024.yaml", fixture(USA + "us-2024-270towin-national.txt"), IngestSettings.withDefaults());
        assertThat(polls).hasSize(36);
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Marist College"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.client()).isEqualTo("NPR/PBS");
                    assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2024, 11, 4));
                    assertThat(p.sampleSize()).isEqualTo(1297);
                    assertThat(p.population()).isEqualTo("likely voters");
                    assertThat(p.shares()).containsEntry("harris", 51.0).containsEntry("trump", 47.0);
                });
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("AtlasIntel"))
                .extracting(Poll::fieldworkEnd)
                .containsExactlyInAnyOrder(
                        LocalDate.of(2024, 11, 2), LocalDate.of(2024, 10, 31), LocalDate.of(2024, 10, 29));
    }

    /**
     * The 2020 page's first table has only the last two days, "11/02/2020" and "11/01/2020", which read either way; the
     * table under it ("10/31/2020") tells the page's order. Read day first, IBD/TIPP's poll of 1 November was stored as
     * of 11 January. The pair's question is left out where the same survey's fuller one is printed below.
     */
    @Test
    void aPagesDatesTogetherTellTheirOrder() throws Exception {
        List<Poll> polls =
                ingest("us-2020.yaml", fixture(USA + "us-2020-270towin-national.txt"), IngestSettings.withDefaults());
        assertThat(polls).hasSize(15);
        assertThat(polls)
                .allSatisfy(p ->
                        assertThat(p.fieldworkEnd()).isBetween(LocalDate.of(2020, 10, 28), LocalDate.of(2020, 11, 2)));
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Redfield & Wilton"))
                .singleElement()
                .satisfies(p -> assertThat(p.shares())
                        .containsEntry("biden", 53.0)
                        .containsEntry("jorgensen", 1.0)
                        .containsEntry("hawkins", 1.0));
    }

    /**
     * A copy of 270toWin's Georgia page of January 2021 with both run-offs: the other seat's table (Warnock v Loeffler)
     * is left out as naming no candidate of the election, and the pair's ten polls are its run-off's.
     */
    @Test
    void theOtherSeatsTableIsLeftOut() throws Exception {
        String text = """
                Georgia 2020 Senate Runoff Election Polls

                Source Date Sample Warnock Loeffler Other
                Poll Averages† 50.2% 47.4% -
                AtlasIntel 1/04/2021 857 LV ±3% 51% 47% 2%
                JMC Analytics 12/30/2020 500 LV ±4.4% 54% 45% 1%
                Show:

                Source Date Sample Ossoff Perdue Other
                Poll Averages† 50.2% 47.4% -
                AtlasIntel 1/04/2021 857 LV ±3% 51% 47% 2%
                JMC Analytics 12/30/2020 500 LV ±4.4% 53% 45% 2%
                Show:
                """;
        List<Poll> polls = ingest("ga-senate-2020.yaml", page(text).toString(), IngestSettings.withDefaults());
        assertThat(polls).hasSize(2).allSatisfy(p -> assertThat(p.scope()).isEqualTo(Scope.RUNOFF));
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("JMC Analytics"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2020, 12, 30));
                    assertThat(p.shares()).containsEntry("ossoff", 53.0).containsEntry("perdue", 45.0);
                });
    }

    /**
     * A row a figure short (Research Co.'s Other lost): the copy keeps no empty cell, so its figures cannot be placed.
     * Refused, naming the line; the others are stored with --skip-invalid.
     */
    @Test
    void aRowAFigureShortIsRefusedNamingIt() throws Exception {
        String text = """
                National 2024 Presidential Election Polls

                Source Date Sample Harris Trump Other
                NPR/PBS/Marist 11/04/2024 1,297 LV ±3.5% 51% 47% 2%
                Research Co. 11/04/2024 1,003 LV ±3.1% 48% 46%
                TIPP Insights 10/31/2024 1,411 LV ±2.7% 48% 48% 4%
                """;
        Path file = page(text);
        ingester = IngestFixtures.ingesterWith(root, DEFINITIONS);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester.ingest(file.toString(), store, IngestSettings.withDefaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("page.txt:5:")
                    .hasMessageContaining(
                            "do not split into the header's 6 columns: 2 figures for the header's 3" + " options");
        }
        List<Poll> polls = ingest(
                "us-2024.yaml", file.toString(), IngestSettings.withDefaults().withSkipInvalid(true));
        assertThat(polls).extracting(Poll::pollster).containsExactlyInAnyOrder("Marist College", "TIPP Insights");
    }

    /**
     * A site's own layout as RealClearPolitics prints it: a margin column, the party after each name, and the spread
     * naming who leads ("Harris +6", "Tie"); month-first ranges without a year take the election's.
     */
    @Test
    void aSpreadNamingWhoLeadsIsTheLeadsColumn() throws Exception {
        String text = """
                General Election: Trump vs. Harris

                Poll Date Sample MoE Harris (D) Trump (R) Stein (G) Oliver (L) Spread
                Reuters/Ipsos 10/29 - 11/2 914 LV 3.7 50 44 1 1 Harris +6
                Emerson 10/30 - 11/2 1000 LV 3.0 48 48 1 1 Tie
                Rasmussen Reports 10/27 - 10/31 1500 LV -- 46 48 1 2 Trump +2
                """;
        List<Poll> polls = ingest("us-2024.yaml", page(text).toString(), forElection("us-2024"));
        assertThat(polls).hasSize(3);
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Ipsos"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2024, 10, 29));
                    assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2024, 11, 2));
                    assertThat(p.sampleSize()).isEqualTo(914);
                    assertThat(p.shares())
                            .containsEntry("harris", 50.0)
                            .containsEntry("oliver", 1.0)
                            .doesNotContainValue(6.0);
                });
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Rasmussen Reports"))
                .singleElement()
                .satisfies(p -> assertThat(p.shares()).containsEntry("trump", 48.0));
    }

    /**
     * purepolling's layout: figures without a % sign, the lead last under the leader's name again ("CLINTON +"), a line
     * of spaces under the header, and the copy ending inside its last row, which is left out saying so.
     */
    @Test
    void aLeadUnderTheLeadersNameAgainAndACutLastRow() throws Exception {
        String text = """
                Harris vs Trump

                POLLSTER DATE SAMPLE HARRIS TRUMP OTHER HARRIS +
                \s\s\s\s
                Quinnipiac 10/17 - 10/18 1007 LV 50 44 6 6
                Monmouth 10/14 - 10/16 726 RV 53 41 6 12
                Fox News 9/11 - 9/14 867 LV 45 46""";
        Path file = page(text);
        ingester = IngestFixtures.ingesterWith(root, DEFINITIONS);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, forElection("us-2024"));
            assertThat(r.skipped())
                    .anySatisfy(s -> assertThat(s.toString()).contains("line 7").contains("the copy ends inside"));
        }
        List<Poll> polls = ingest("us-2024.yaml", file.toString(), forElection("us-2024"));
        assertThat(polls).hasSize(2);
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Monmouth University"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.sampleSize()).isEqualTo(726);
                    assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2024, 10, 14));
                    assertThat(p.shares())
                            .containsEntry("harris", 53.0)
                            .containsEntry("trump", 41.0)
                            .doesNotContainValue(12.0);
                });
    }

    /**
     * crowdwisdom360's Israeli table: "Yesh Atid", "New Hope" and "Joint List" are names of two words, parted from the
     * header by the rows' nine figures ("Channel 13 30 18 ..." has ten: the firm's own number is no figure). Its rows
     * print no date, so the table is refused, naming its columns.
     */
    @Test
    void aHeadersNamesOfTwoWordsArePartedByTheRowsFigures() throws Exception {
        IngestFixtures.copyDataWith(root, "il-2021.yaml");
        Ingester israel = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            assertThatThrownBy(() -> israel.ingest(
                            fixture("crowdwisdom360-il-2021.txt"),
                            store,
                            IngestSettings.withDefaults()
                                    .withElection(new ElectionCatalog(new DataHome(root)).resolveId("il-2021"))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("(Pollster, Likud, Yesh Atid, New Hope, Yamina, Shas, Joint List, UTJ, Labor,"
                            + " Others) has no date column");
        }
    }

    @Test
    void slashedDatesTakeThePagesOrder() {
        assertThat(SlashDates.order(List.of("11/02/2020", "11/01/2020", "10/31/2020")))
                .isTrue();
        assertThat(SlashDates.order(List.of("02/11/2020", "31/10/2020"))).isFalse();
        assertThat(SlashDates.order(List.of("11/02/2020", "11/01/2020"))).isNull();
        assertThat(SlashDates.order(List.of("10/29 - 11/2"))).isTrue(); // a range that runs forwards one way only
        assertThat(SlashDates.order(List.of("13/10/2020", "10/13/2020"))).isNull(); // both: left to the reader
        assertThat(SlashDates.written("10/29 - 11/2", true)).isEqualTo("29 Oct – 2 Nov");
        assertThat(SlashDates.written("11/04/2024", true)).isEqualTo("4 Nov 2024");
        assertThat(SlashDates.written("12/30/20 - 1/2/21", true)).isEqualTo("30 Dec 2020 – 2 Jan 2021");
        assertThat(SlashDates.written("10/29 - 31", true)).isEqualTo("29 Oct – 31 Oct");
        assertThat(SlashDates.written("Oct 29", true)).isEqualTo("Oct 29");
    }

    /**
     * Ballotpedia's tables as the page store keeps its "Battleground election polls, 2020" page: each candidate's party
     * before the name, the margin, sample and sponsor after the figures ("Cygnal Oct. 21-23 41% 55% 4% ± 3.9 645 Ready
     * Education Network"), "--" for a figure not asked and for no sponsor. The page is cut inside Arizona's header.
     */
    @Test
    void columnsAfterTheFiguresAreTheirMarginSampleAndSponsor() throws Exception {
        IngestFixtures.copyDataWith(root, "al-senate-2020.yaml");
        Ingester alabama = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("al.db"))) {
            alabama.ingest(
                    fixture("ballotpedia-battlegrounds-2020.txt"),
                    store,
                    IngestSettings.withDefaults()
                            .withElection(new ElectionCatalog(new DataHome(root)).resolveId("al-senate-2020")));
            List<Poll> polls = store.polls(PollQuery.of("al-senate-2020")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls).hasSize(5);
            assertThat(polls)
                    .filteredOn(p -> p.pollster().equals("Cygnal"))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.client()).isEqualTo("Ready Education Network");
                        assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2020, 10, 21));
                        assertThat(p.sampleSize()).isEqualTo(645);
                        assertThat(p.shares())
                                .containsEntry("jones", 41.0)
                                .containsEntry("tuberville", 55.0)
                                .containsEntry("other", 4.0);
                    });
            assertThat(polls)
                    .filteredOn(p -> p.pollster().equals("Morning Consult"))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.client()).isEmpty();
                        assertThat(p.sampleSize()).isEqualTo(850);
                        assertThat(p.shares()).containsOnlyKeys("jones", "tuberville");
                    });
        }
    }

    /**
     * A table of the first days of a month only ("11/02/2020", "11/01/2020") reads either way; its samples of likely
     * voters say an American site, which prints dates month first. Read day first, they were stored as of February and
     * January (review).
     */
    @Test
    void anAmericanTableWhoseDatesReadEitherWayIsMonthFirst() throws Exception {
        String text = """
                Source Date Sample Biden Trump Other
                IBD/TIPP 11/02/2020 1,212 LV ±3.2% 50% 46% 4%
                Rasmussen Reports 11/02/2020 1,500 LV ±2.5% 48% 47% 5%
                Harris Interactive 11/01/2020 2,093 LV ±2.5% 51% 45% 4%
                """;
        List<Poll> polls = ingest("us-2020.yaml", page(text).toString(), forElection("us-2020"));
        assertThat(polls)
                .extracting(Poll::fieldworkEnd)
                .containsOnly(LocalDate.of(2020, 11, 2), LocalDate.of(2020, 11, 1));
    }

    /**
     * A blank line between rows, and a figure not asked printed "n.a.": the rows after each were lost without a word
     * (review); a British range of days before one date, "1 - 3/11/2020", left "1 -" in the firm's name.
     */
    @Test
    void blankLinesNotAskedCellsAndBritishRanges() throws Exception {
        String text = """
                2024 National Polls

                Source Date Sample Harris Trump Other
                NPR/PBS/Marist 10/31/2024 1,297 LV ±3.5% 51% 47% 2%
                Research Co. 11/04/2024 1,003 LV ±3.1% 48% 46% 6%

                Big Village 10/30/2024 1,000 LV ±3% 49% n.a. n.a.
                Quinnipiac 10/29/2024 1,200 LV ±3% 50% 47% 3%
                """;
        List<Poll> polls = ingest("us-2024.yaml", page(text).toString(), forElection("us-2024"));
        assertThat(polls).extracting(Poll::pollster).contains("Big Village", "Quinnipiac University");
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Big Village"))
                .singleElement()
                .satisfies(p -> assertThat(p.shares()).containsOnlyKeys("harris"));
        assertThat(SlashDates.dayRange("1 - 3/11/2020")).isEqualTo("1 Nov – 3 Nov 2020");
    }

    /**
     * A January run-off's polls printed without a year ("1/02 - 1/04", "12/27 - 1/2") fall between its rounds: dated by
     * the first round's year they were polls of the January before it, stored as first-round polls ten months early
     * (a blind trial's Georgia 2020-21 run-off, its page's years taken out).
     */
    @Test
    void yearLessRunOffDatesAcrossTheNewYearFallBetweenTheRounds() throws Exception {
        String text = """
                Georgia Senate Runoff Polls

                Source Date Sample Ossoff Perdue Other
                AtlasIntel 1/02 - 1/04 857 LV 51% 47% 2%
                JMC Analytics 12/28 - 12/30 500 LV 53% 45% 2%
                Trafalgar Group 12/27 - 1/2 1,022 LV 50% 48% 2%
                """;
        List<Poll> polls = ingest("ga-senate-2020.yaml", page(text).toString(), forElection("ga-senate-2020"));
        assertThat(polls).hasSize(3).allSatisfy(p -> assertThat(p.scope()).isEqualTo(Scope.RUNOFF));
        assertThat(polls)
                .extracting(Poll::fieldworkEnd)
                .containsExactlyInAnyOrder(
                        LocalDate.of(2021, 1, 4), LocalDate.of(2020, 12, 30), LocalDate.of(2021, 1, 2));
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Trafalgar Group"))
                .singleElement()
                .satisfies(p -> assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2020, 12, 27)));
    }

    /** A release page's list under "Poll conducted by ..." is the page's list, not a table (review). */
    @Test
    void aReleasePagesLineOfPollWordsIsNoTableHeader() throws Exception {
        String text = """
                Latest London Mayoral Voting Intention
                (7-8 September)

                September 11, 2020
                R&WS Research Team

                Redfield & Wilton Strategies' latest London Mayoral election voting intention poll finds Sadiq Khan \
                leading. Altogether, our latest voting intention result is as follows (with changes from 5-7 August):

                Poll conducted by Redfield and Wilton Strategies among London voters

                Sadiq Khan (Labour) 48% -1
                Shaun Bailey (Conservative) 28% -2
                A Liberal Democrat Candidate 11% -1
                Sian Berry (Green Party) 9% -1
                Other 4% -1
                """;
        ingester = IngestFixtures.ingesterWith(root, DEFINITIONS);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(page(text).toString(), store, forElection("london-2021"));
            assertThat(r.format()).isEqualTo(PollFormat.RELEASE_PAGE);
            assertThat(r.valid()).isEqualTo(1);
        }
    }

    /**
     * Rows that print no sample under a header that names one, or "--" for it: a share was taken for the sample, and the
     * header's names parted to fit the figures left ("unknown candidate 'Trump Other'"); the dash read as a figure
     * (review).
     */
    @Test
    void aRowWithNoSampleKeepsItsFigures() throws Exception {
        String text = """
                Harris vs Trump

                Pollster Date Sample Harris Trump Other
                Quinnipiac 10/17 - 10/18 50 44 6
                Monmouth 10/14 - 10/16 -- 53 41 6
                Emerson 10/20 - 10/22 1000 LV 49 47 4
                """;
        List<Poll> polls = ingest("us-2024.yaml", page(text).toString(), forElection("us-2024"));
        assertThat(polls).hasSize(3);
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Quinnipiac University"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.sampleSize()).isNull();
                    assertThat(p.shares()).containsEntry("harris", 50.0).containsEntry("other", 6.0);
                });
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Monmouth University"))
                .singleElement()
                .satisfies(p -> assertThat(p.shares()).containsEntry("harris", 53.0));
    }
}
