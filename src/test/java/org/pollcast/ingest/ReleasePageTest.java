package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A pollster's release page about one survey, its figures printed a line per option: Redfield &amp; Wilton Strategies'
 * London pages of September and October 2020 and September 2023 as the search corpus stores their text, the
 * September one also rebuilt as HTML (see src/test/resources/ingest/README.md). Each gives the polls printed on it,
 * exported exactly as its expected file; news pages and prose are refused naming what is missing.
 */
class ReleasePageTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rw-london-2020-09-08.txt, rw-london-2020-09-08, london-2021",
        "rw-london-2020-09-08.html, rw-london-2020-09-08, london-2021",
        "rw-london-2020-10-17.txt, rw-london-2020-10-17, london-2021",
        "rw-london-2023-09-06.txt, rw-london-2023-09-06, london-2024",
        "rw-london-2020-08-07-two-questions.txt, rw-london-2020-08-07-two-questions, london-2021",
    })
    void aReleasePageGivesThePollsPrintedOnIt(String file, String expected, String election) throws Exception {
        String path = fixture("release/" + file);
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester().ingest(path, store, IngestSettings.withDefaults());
            assertThat(r.format()).isEqualTo(PollFormat.RELEASE_PAGE);
            List<Poll> polls = polls(store, election);
            StringWriter out = new StringWriter();
            CanonicalCsv.write(CATALOG.resolve(election), polls, out);
            assertThat(out.toString())
                    .isEqualTo(Files.readString(
                            Path.of(fixture("release/" + expected + ".expected.csv")), StandardCharsets.UTF_8));
        }
    }

    /** The figures as printed: the changes in brackets and the footnote mark are no figures. */
    @Test
    void changesInBracketsAreNeverRead() throws Exception {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester().ingest(fixture("release/rw-london-2020-10-17.txt"), store, IngestSettings.withDefaults());
            Poll p = polls(store, "london-2021").get(0);
            assertThat(p.shares())
                    .isEqualTo(Map.of("khan", 50.0, "bailey", 28.0, "porritt", 10.0, "berry", 10.0, "other", 2.0));
            assertThat(p.pollster()).isEqualTo("Redfield & Wilton");
            assertThat(p.sampleSize()).isNull(); // the page prints none: imputed later, as for any poll without one
        }
    }

    /**
     * The same survey from the bundled file (or the encyclopedia's table) and from its release page is one poll:
     * October's figures are the bundled row's, so the page adds nothing; September's page prints Other 4% where the
     * bundled row and the table (derived from October's changes) have 3, and the page is refused as a conflict naming
     * the stored poll, never stored beside it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"data/polls/london-2021.csv", "src/test/resources/ingest/wikipedia-london-2021.html"})
    void theSameSurveyFromThePageAndTheBundledFileIsOnePoll(String other) throws Exception {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester().ingest(other, store, IngestSettings.withDefaults());
            int before = polls(store, "london-2021").size();
            IngestReport oct = ingester()
                    .ingest(fixture("release/rw-london-2020-10-17.txt"), store, IngestSettings.withDefaults());
            assertThat(oct.added()).isZero();
            assertThat(oct.duplicates()).isEqualTo(1);
            assertThatThrownBy(() -> ingester()
                            .ingest(fixture("release/rw-london-2020-09-08.txt"), store, IngestSettings.withDefaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("1 poll conflicts with stored polls")
                    .satisfies(e -> assertThat(String.join("\n", ((BadInputException) e).details()))
                            .contains("Redfield & Wilton 2020-09-08 mayor first_pref from " + other)
                            .contains("other=3.0")
                            .contains("other=4.0"));
            assertThat(polls(store, "london-2021")).hasSize(before);
        }
    }

    /** A page of three lists: the first preferences, the second round, and a Westminster list london-2021 lacks. */
    @Test
    void eachListIsAQuestionItsParagraphNames() throws Exception {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester()
                    .ingest(
                            fixture("release/rw-london-2020-08-07-two-questions.txt"),
                            store,
                            IngestSettings.withDefaults());
            assertThat(polls(store, "london-2021"))
                    .extracting(Poll::scope)
                    .containsExactlyInAnyOrder(Scope.FIRST_PREF, Scope.RUNOFF);
            assertThat(r.skipped().toString()).contains("london-2021 has no Westminster contest");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "rw-london-mayor-2020-08-07.txt|no list of a poll's figures",
                "rw-london-westminster-2020-08-07.txt|no publication date before the figures",
                // Dated by the page store's filing line (" date 2026-01-07 ..."), which before was no date: then
                // refused for what else they lack, an election the page names, a firm the alias table knows
                // ("Via @JLPartnersPolls" is a handle, not the firm's name).
                "londoneconomic-london-2026-01-07.txt|no election: give --election",
                "politicalbetting-london-2023-09-27.txt|no pollster named on the page before the figures",
                "markpack-scorecard.txt|no list of a poll's figures",
            })
    void pagesWithoutWhatAReleaseGivesAreRefused(String file, String message) {
        assertThatThrownBy(() -> ingester().ingest(fixture("release/" + file), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message);
    }

    /**
     * The sentence's words on the changes printed beside each figure are the firm's own series, however it words them
     * and wherever in a long sentence they stand: read whole, "compared with 5-7 August" and a past year in them sent
     * the list away as another election's (review).
     */
    @Test
    void wordsOnTheChangesBesideTheFiguresAreNoOtherElection() throws Exception {
        String text = Files.readString(Path.of(fixture("release/rw-london-2020-09-08.txt")));
        for (String changes : List.of(
                "(with changes compared with 5-7 August in parenthesis)",
                "(with changes from our poll of 14-15 December 2019 in parenthesis)")) {
            String page = text.replace("(with changes from 5-7 August in parenthesis)", changes);
            assertThat(page).contains(changes);
            try (PollStore store = PollStore.open(dir.resolve(changes.length() + ".db"))) {
                ingester().ingest(doc("changes.txt", page), store, IngestSettings.withDefaults());
                assertThat(polls(store, "london-2021")).as(changes).hasSize(1);
            }
        }
    }

    /** September's page without the sentence naming its firm, nor its byline: no firm is named. */
    @Test
    void aPageNamingNoKnownFirmIsRefused() throws Exception {
        String text = Files.readString(Path.of(fixture("release/rw-london-2020-09-08.txt")))
                .replace("Redfield & Wilton Strategies’ latest", "Our latest")
                .replace("R&WS Research Team", "Research Team");
        assertThatThrownBy(() -> ingester().ingest(doc("nofirm.txt", text), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("nofirm.txt: no pollster named on the page before the figures");
        String two =
                text.replace("Our latest", "Redfield & Wilton Strategies’ latest poll, as one by YouGov did, finds");
        assertThatThrownBy(() -> ingester().ingest(doc("two.txt", two), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("names several pollsters before the figures (YouGov, Redfield & Wilton");
    }

    /**
     * The firm's own pages are signed "R&WS Research Team" and often name it nowhere else ("our latest ... poll"): the
     * West Midlands' two 2024 pages were refused as naming no pollster. R&WS is one of Redfield & Wilton's names in the
     * alias table, so the byline names the firm, stored as published and counted as the firm's house.
     */
    @Test
    void aPageSignedOnlyByItsFirmsInitialsIsThatFirms() throws Exception {
        String text = Files.readString(Path.of(fixture("release/rw-london-2020-09-08.txt")))
                .replace("Redfield & Wilton Strategies’ latest", "Our latest");
        assertThat(text).contains("R&WS Research Team").doesNotContain("Redfield");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester().ingest(doc("byline.txt", text), store, IngestSettings.withDefaults());
            Poll p = polls(store, "london-2021").get(0);
            assertThat(p.pollster()).isEqualTo("Redfield & Wilton");
            assertThat(p.publishedAs()).isEqualTo("R&WS");
        }
    }

    /**
     * A page opening with a news headline of two commas is a page, not a CSV whose header lacks a pollster column (the LA
     * trial's "Caruso cuts Bass’ lead, polls, as LA’s mayoral race enters final weeks"): the September page under such a
     * headline. A header naming a pollster or a date column is still a CSV's.
     */
    @Test
    void aHeadlineWithCommasIsNoCsvHeader() throws Exception {
        String text = "Khan keeps his lead, polls, as the race enters final weeks\n\n"
                + Files.readString(Path.of(fixture("release/rw-london-2020-09-08.txt")));
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester().ingest(doc("headline.txt", text), store, IngestSettings.withDefaults());
            assertThat(r.format()).isEqualTo(PollFormat.RELEASE_PAGE);
            assertThat(polls(store, "london-2021")).hasSize(1);
        }
        assertThat(ReleasePageReader.isText("pollster,fieldwork_end,the candidate the voter would choose today\n"))
                .isFalse();
    }

    /** The HTML page's site name is its firm, before any name in its text: the rebuilt September page with one. */
    @Test
    void anHtmlPagesSiteNameIsItsFirm() throws Exception {
        String html = Files.readString(Path.of(fixture("release/rw-london-2020-09-08.html")))
                .replace(
                        "<meta charset=\"UTF-8\">",
                        "<meta charset=\"UTF-8\">\n<meta property=\"og:site_name\" content=\"Redfield and Wilton\">")
                .replace("Redfield &amp; Wilton Strategies’ latest", "Our latest");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester().ingest(doc("site.html", html), store, IngestSettings.withDefaults());
            Poll p = polls(store, "london-2021").get(0);
            assertThat(p.pollster()).isEqualTo("Redfield & Wilton");
            assertThat(p.publishedAs()).isEqualTo("Redfield and Wilton");
        }
    }

    /**
     * The fieldwork's year is the publication's, or the year before when that would put the fieldwork after it: the
     * September page's text with its dates moved to a survey of 30 December to 2 January published on 5 January (a
     * test of the dates alone, read without storing).
     */
    @Test
    void fieldworkAcrossAYearEndTakesItsYearsFromThePublication() throws Exception {
        String text = Files.readString(Path.of(fixture("release/rw-london-2020-09-08.txt")))
                .replace("(7-8 September)", "(30 December - 2 January)")
                .replace("September 11, 2020", "January 5, 2021");
        PollsterTablesReader.Survey s =
                ReleasePageReader.read(doc("ye.txt", text), IngestFixtures.ALIASES::pollstersNamedIn);
        RawPoll p = s.polls().get(0);
        assertThat(p.value("fieldwork_start")).isEqualTo("2020-12-30");
        assertThat(p.value("fieldwork_end")).isEqualTo("2021-01-02");
        assertThat(p.value("published")).isEqualTo("2021-01-05");
        String late = text.replace("(30 December - 2 January)", "(7-8 January)");
        PollsterTablesReader.Survey before =
                ReleasePageReader.read(doc("late.txt", late), IngestFixtures.ALIASES::pollstersNamedIn);
        assertThat(before.polls().get(0).value("fieldwork_end")).isEqualTo("2020-01-08");
    }

    /** A CSV of polls, and a page of poll tables, are not release pages, whatever lines they hold. */
    @Test
    void otherLayoutsAreNotReleasePages() throws Exception {
        assertThat(ReleasePageReader.looksLike(Files.readString(Path.of("data/polls/london-2021.csv"))))
                .isFalse();
        assertThat(ReleasePageReader.looksLike(Files.readString(Path.of(fixture("wikipedia-london-2021.html")))))
                .isFalse();
        assertThat(ReleasePageReader.optionName("Sadiq Khan (Labour)")).isEqualTo("Sadiq Khan");
        assertThat(ReleasePageReader.optionName("A Liberal Democrat Candidate"))
                .isEqualTo("Liberal Democrat Candidate");
        assertThat(ReleasePageReader.optionName("Another candidate")).isEqualTo("Others");
    }

    /** A page in R&W's text layout with {@code intro} above a list of London 2024's candidates. */
    private static String page2024(String firmSentence, String intro, String list) {
        return "London Mayoral Voting Intention\n(12-14 February)\n\nFebruary 16, 2024\n\n" + firmSentence + " " + intro
                + "\n\n" + list;
    }

    private static final String LIST_2024 = "Sadiq Khan (Labour) 40%\n\nSusan Hall (Conservative) 36%\n\n"
            + "Rob Blackie (Liberal Democrat) 10%\n\nOther 14%\n";

    /**
     * What a list under a sentence about another election or area is, and who a page gives the poll as by (review of
     * 5 December: each was stored as this survey's, or as the wrong firm's).
     */
    @Test
    void aListOfAnotherElectionOrAreaIsSkippedAndTheAuthorIsTheFirm() throws Exception {
        String firm = "YouGov's latest poll of 1,000 Londoners finds the race closer.";
        // A possessive names the firm ("yougovs" named none).
        try (PollStore store = PollStore.open(dir.resolve("p.db"))) {
            ingester()
                    .ingest(
                            doc("p.txt", page2024(firm, "Our first round figures are:", LIST_2024)),
                            store,
                            IngestSettings.withDefaults());
            assertThat(polls(store, "london-2024")).extracting(Poll::pollster).containsExactly("YouGov");
        }
        // The previous election's result, "for comparison", under this survey's figures is no poll.
        IngestReport r = ingester()
                .ingest(
                        doc(
                                "cmp.txt",
                                page2024(firm, "Our first round figures are:", LIST_2024)
                                        + "\nFor comparison, the first round result of the 2021 election was:\n\n"
                                        + "Sadiq Khan (Labour) 40%\n\nShaun Bailey (Conservative) 35%\n"),
                        null,
                        IngestSettings.withDefaults());
        assertThat(r.skipped().toString()).contains("speaks of another election or area ('For comparison");
        // A list of Great Britain's figures on a London page is not London's.
        IngestReport gb = ingester()
                .ingest(
                        doc(
                                "gb.txt",
                                page2024(firm, "Our first round figures are:", LIST_2024)
                                        + "\nOur Westminster voting intention results across Great Britain are:\n\n"
                                        + "Labour 44%\n\nConservative 24%\n"),
                        null,
                        IngestSettings.withDefaults());
        assertThat(gb.skipped().toString()).contains("across Great Britain");
        // An unknown firm given as the author is never replaced by a known one the text mentions.
        assertThatThrownBy(() -> ingester()
                        .ingest(
                                doc(
                                        "stone.txt",
                                        page2024(
                                                "Stonehaven's latest poll finds it closer than the YouGov survey.",
                                                "Our first round figures are:",
                                                LIST_2024)),
                                null,
                                IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the page gives the poll as by 'Stonehaven'");
        // A line of the list with "<1%" stays in it; a CSV with a title line says so.
        try (PollStore store = PollStore.open(dir.resolve("lt.db"))) {
            ingester()
                    .ingest(
                            doc(
                                    "lt.txt",
                                    page2024(
                                            firm,
                                            "Our first round figures are:",
                                            LIST_2024.replace(
                                                    "Other 14%", "Count Binface (Independent) <1%\n\nOther 14%"))),
                            store,
                            IngestSettings.withDefaults());
            assertThat(polls(store, "london-2024").get(0).shares()).containsKeys("khan", "blackie", "other");
        }
        // A line of the list the pattern cannot read refuses the page, naming it, rather than cut the list in two.
        assertThatThrownBy(() -> ingester()
                        .ingest(
                                doc(
                                        "odd.txt",
                                        page2024(
                                                firm,
                                                "Our first round figures are:",
                                                LIST_2024.replace(
                                                        "Other 14%", "Count Binface (Independent) 0-1%\n\nOther 14%"))),
                                null,
                                IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'Count Binface (Independent) 0-1%' stands inside a list of figures");
        assertThatThrownBy(() -> ingester()
                        .ingest(
                                doc(
                                        "title.csv",
                                        "London mayoral polls 2024\npollster,fieldwork_end,khan,hall,other\n"
                                                + "YouGov,2024-02-14,46,33,21\n"),
                                null,
                                IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("is a title above the CSV header");
    }

    /**
     * A news story whose byline splits at its commas as a CSV header does ("By , 21 May 2018, 09:52 AM Politics", Total
     * Slovenia News on Mediana's poll for POP TV, figures of all 743 respondents in prose): the lines under it are
     * prose, no rows of three fields, so the page is refused as figures in prose. Before, it was refused as "a title
     * above the CSV header on line 3", which asked the reader to delete the headline of a page that is no CSV.
     */
    @Test
    void aNewsStoryWithACommaBylineIsProseNotATitledCsv() {
        assertThatThrownBy(() -> ingester()
                        .ingest(
                                fixture("release/totalslovenianews-si-2018-05.txt"),
                                null,
                                IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("figures in prose are not read")
                .hasMessageNotContaining("CSV header");
    }

    /**
     * A semicolon file with decimal commas under a title, one header name holding a comma: its rows split as its header
     * does at the semicolon, so it is a CSV with a title line, said so; taking the first separator found (the comma),
     * the rows did not split alike and it was refused as a page with no list (review). And a release page's sentence
     * beginning "Fieldwork" above a table's figures is no header of a table copied as text.
     */
    @Test
    void aSemicolonCsvUnderATitleIsSaidToBeOneAndAFieldworkSentenceIsNoHeader() throws Exception {
        Path csv = dir.resolve("titled.txt");
        Files.writeString(
                csv,
                "Ankete 2022\nAnketa;Datum;SDS;GS;Drugi, neopredeljeni\nMediana;31.3.2022;25,3;26,4;10,1\n"
                        + "Ninamedia;15.4.2022;24,1;27,0;9,4\n");
        assertThatThrownBy(() -> ingester().ingest(csv.toString(), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("is a title above the CSV header");
        Path page = dir.resolve("sentence.txt");
        Files.writeString(
                page,
                "Vilmorus poll\nFieldwork was carried out online by Vilmorus for us\n"
                        + "TS-LKD 20.1 19.8 21.0 20.5\nLSDP 18.2 19.0 18.7 19.3\n");
        assertThatThrownBy(() -> ingester().ingest(page.toString(), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageNotContaining("its header names no pollster column");
    }

    /**
     * A table copied as text headed "Date Firm Primary vote TPP vote" (the 2015 New South Wales table, a blind trial's
     * copy) names its firm's column: the refusal said it named none.
     */
    @Test
    void aTextTableHeadedFirmNamesItsPollsterColumn() throws Exception {
        Path page = dir.resolve("nsw.txt");
        Files.writeString(
                page,
                "Opinion polling\nDate Firm Primary vote TPP vote\n"
                        + "23–26 Mar 2015 Newspoll 35 9 34 11 11 55 45\n"
                        + "24–25 Mar 2015 Galaxy 45 34 11 10 55 45\n");
        assertThatThrownBy(() -> ingester().ingest(page.toString(), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("a poll table copied as plain text")
                .hasMessageNotContaining("names no pollster column");
    }

    /**
     * A list written as one sentence's parts, each line closed by a comma ("- NDP 49% (+7),", a Saskatchewan news page's
     * Mainstreet poll): a list, refused here for the date it lacks, where it was refused as no list at all.
     */
    @Test
    void optionLinesClosedByCommasAreAList() throws Exception {
        Path page = dir.resolve("sk.txt");
        Files.writeString(
                page,
                "If a provincial election was held today, the NDP would win according to a poll by Mainstreet.\n"
                        + "Currently the voter support stands at:\n- NDP 49% (+7),\n- Saskatchewan Party 40% (-7),\n"
                        + "- Liberal 6% (-),\n- Green 5% (-)\nThe change in support may be due to the budget.\n");
        assertThatThrownBy(() -> ingester().ingest(page.toString(), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no publication date before the figures");
    }

    private static SourceDocument doc(String name, String text) {
        return SourceDocument.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Poll> polls(PollStore store, String election) {
        return store.polls(PollQuery.of(election)).stream()
                .map(StoredPoll::poll)
                .toList();
    }
}
