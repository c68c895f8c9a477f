package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * News reports of one poll as the page store keeps them, from the Irish presidential and San Francisco mayoral blind
 * trials of 7 December 2026: the store's filing date before the first line, a site's cookie notice and advertising
 * slots among the story's lines, an earlier poll recalled above the new one, and a firm written with a slash.
 */
class StoredNewsPagesTest {
    @TempDir
    Path root;

    /**
     * An ingester of a copy of data/ with the test {@code definitions}, its alias table joined by a user's file naming
     * {@code firm} ("Name: [Other name]"), as --aliases would: the firms these trials' pages name are not bundled.
     */
    private Ingester withFirm(String firm, String... definitions) throws Exception {
        Path aliases = root.resolve("user-aliases.yaml");
        Files.writeString(aliases, "pollsters:\n  " + firm + "\n");
        IngestFixtures.copyDataWith(root, definitions);
        DataHome home = new DataHome(root);
        return new Ingester(
                new ElectionCatalog(home), AliasTable.load(List.of(home.aliases(), aliases)), IngestFixtures.CLOCK);
    }

    private static final Map<String, Double> IRISH_TIMES_2018 =
            Map.of("higgins", 66.0, "gallagher", 12.0, "ni-riada", 11.0, "freeman", 5.0, "duffy", 4.0, "casey", 2.0);

    private Ingester ingester;

    private List<Poll> ingest(String definition, String file, IngestSettings settings) throws Exception {
        if (ingester == null) {
            ingester = IngestFixtures.ingesterWith(root, definition);
        }
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(file, store, settings);
            String election = definition.replace(".yaml", "");
            return store.polls(PollQuery.of(election)).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    /**
     * TheJournal.ie's report of Red C's poll for Paddy Power as stored: " date 2018-10-12 This site uses cookies ...",
     * then the title. The cookie notice stood as the title, and the page was refused as a list under no paragraph about
     * a vote; now it reads as the cut fixture does (NewsReportPollTest), dated by its byline.
     */
    @Test
    void aCookieNoticeIsNoTitle() throws Exception {
        List<Poll> polls = ingest(
                "ie-2018.yaml", fixture("release/thejournal-ie-2018-10-12-stored.txt"), IngestSettings.withDefaults());
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.pollster()).isEqualTo("Red C");
            assertThat(p.client()).isEqualTo("Paddy Power");
            assertThat(p.published()).isEqualTo(LocalDate.of(2018, 10, 12));
            assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2018, 10, 10));
            assertThat(p.sampleSize()).isEqualTo(1000);
            assertThat(p.shares()).containsEntry("higgins", 70.0).containsEntry("casey", 1.0);
        });
    }

    /**
     * TheJournal.ie's report of the Irish Times' poll, which prints no date of its own: the store's filing date dates
     * it, as --published would. Its "Ipsos/MRBI" is Ipsos MRBI alone (stored under its house in the alias table, Ipsos
     * B&A), where "Ipsos" inside it made two firms and the page was refused.
     */
    @Test
    void theStoresFilingDateDatesAPageThatPrintsNoneAndASlashedFirmIsOne() throws Exception {
        List<Poll> polls = ingest(
                "ie-2018.yaml", fixture("release/thejournal-ie-2018-10-17-stored.txt"), IngestSettings.withDefaults());
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.pollster()).isEqualTo("Ipsos B&A"); // Ipsos MRBI's house
            assertThat(p.published()).isEqualTo(LocalDate.of(2018, 10, 17));
            assertThat(p.shares()).isEqualTo(IRISH_TIMES_2018);
        });
    }

    /**
     * joe.ie's report of the same poll: "Last week, a ... Poll conducted by Red C revealed ...", then "a new Irish Times
     * opinion poll" with no firm. It was stored as Red C's, and of four candidates: "Advertisement" lines after
     * Higgins' 66% and before Casey's 2% cut the list in three. Now the page names no firm of its own and is refused as
     * such; with one named (the test's own edit), the list is whole.
     */
    @Test
    void aFirmNamedForLastWeeksPollIsNotThisOnesAndAdvertsDoNotCutTheList() throws Exception {
        IngestSettings dated = IngestSettings.withDefaults().withPublished(LocalDate.of(2018, 10, 16));
        String page = fixture("release/joe-ie-2018-10-16-stored.txt");
        assertThatThrownBy(() -> ingest("ie-2018.yaml", page, dated))
                .hasMessageContaining("no pollster named on the page before the figures");
        String text = Files.readString(Path.of(page));
        assertThat(text).contains("a new Irish Times opinion poll");
        Path named = root.resolve("joe-named.txt");
        Files.writeString(named, text.replace("a new Irish Times opinion poll", "a new Ipsos MRBI poll"));
        assertThat(ingest("ie-2018.yaml", named.toString(), dated))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.pollster()).isEqualTo("Ipsos B&A"); // Ipsos MRBI's house
                    assertThat(p.shares()).isEqualTo(IRISH_TIMES_2018);
                });
    }

    /**
     * Cardiff University's blog on the Welsh Political Barometer of April 2021 (YouGov's, which it names only as "today's
     * Welsh Political Barometer poll"): "Meanwhile, a poll published earlier this week by Opinium (for Sky News) paints
     * a rather different picture." The Barometer's figures were stored as Opinium's (a blind trial). Now that sentence
     * is of another poll and the page names no firm of its own; named, it is read.
     */
    @Test
    void aPollPublishedEarlierByAnotherFirmIsNotThisOnes() throws Exception {
        Ingester wales = IngestFixtures.ingesterWith(root, "wales-2016.yaml", "wales-2021.yaml");
        IngestSettings dated = forElection("wales-2021").withPublished(LocalDate.of(2021, 4, 22));
        String page = fixture("release/cardiff-senedd-2021-04-22.txt");
        String text = Files.readString(Path.of(page));
        try (PollStore store = PollStore.open(root.resolve("w.db"))) {
            assertThatThrownBy(() -> wales.ingest(page, store, dated))
                    .hasMessageContaining("no pollster named on the page before the figures");
            Path named = root.resolve("cardiff-named.txt");
            assertThat(text).contains("today’s Welsh Political Barometer poll");
            Files.writeString(
                    named, text.replace("today’s Welsh Political Barometer poll", "today’s YouGov poll for ITV Wales"));
            wales.ingest(named.toString(), store, dated);
            assertThat(store.polls(PollQuery.of("wales-2021")))
                    .extracting(StoredPoll::poll)
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.pollster()).isEqualTo("YouGov");
                        assertThat(p.shares()).containsEntry("lab", 35.0).containsEntry("plaid", 24.0);
                    });
        }
        // The page's own poll "published earlier this week" is not another's (review): with Opinium named of March,
        // the page names two firms and is refused, never stored as Opinium's; "another YouGov poll" is YouGov's.
        String opening = text.substring(0, text.indexOf("You wait all campaign"));
        String rest = text.substring(text.indexOf("As always, the new Barometer poll"));
        Path thisWeek = root.resolve("cardiff-this-week.txt");
        Files.writeString(
                thisWeek,
                opening + "A YouGov poll published earlier this week for ITV Wales shows a close three-way fight. In"
                        + " March, Opinium had Labour well ahead.\n\n" + rest);
        // Without its "Meanwhile", the sentence on Opinium's poll may be of the page's own: refused, not Opinium's.
        Path noMeanwhile = root.resolve("cardiff-no-meanwhile.txt");
        Files.writeString(noMeanwhile, text.replace("Meanwhile, a poll published", "A poll published"));
        try (PollStore store = PollStore.open(root.resolve("w2.db"))) {
            assertThatThrownBy(() -> wales.ingest(noMeanwhile.toString(), store, dated))
                    .hasMessageContaining("Opinium is named only in a sentence about another or an earlier poll");
            assertThatThrownBy(() -> wales.ingest(thisWeek.toString(), store, dated))
                    .hasMessageContaining("several pollsters");
            Path another = root.resolve("cardiff-another.txt");
            Files.writeString(
                    another, opening + "Another YouGov poll for ITV Wales shows a close three-way fight.\n\n" + rest);
            wales.ingest(another.toString(), store, dated);
            assertThat(store.polls(PollQuery.of("wales-2021")))
                    .extracting(StoredPoll::poll)
                    .singleElement()
                    .satisfies(p -> assertThat(p.pollster()).isEqualTo("YouGov"));
        }
    }

    /**
     * Cambrian News' report of YouGov's Welsh poll of December 2025: its list under "Senedd voting intention (excluding
     * non-voters and Don’t Knows):", then a seat projection. The bracket read as a question of non-voters, and the page
     * was refused as naming no voting-intention question (the Senedd 2026 blind trial).
     */
    @Test
    void aBracketSayingWhomTheFiguresLeaveOutIsStillTheVote() throws Exception {
        Ingester wales = IngestFixtures.ingesterWith(root, "wales-2016.yaml", "wales-2021.yaml", "wales-2026.yaml");
        IngestSettings settings = forElection("wales-2026");
        try (PollStore store = PollStore.open(root.resolve("w26.db"))) {
            wales.ingest(fixture("release/cambrian-news-senedd-2025-12.txt"), store, settings);
            assertThat(store.polls(PollQuery.of("wales-2026")))
                    .extracting(StoredPoll::poll)
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.pollster()).isEqualTo("YouGov");
                        assertThat(p.shares())
                                .containsEntry("plaid", 33.0)
                                .containsEntry("reform", 30.0)
                                .containsEntry("lab", 10.0)
                                .containsEntry("other", 3.0);
                    });
        }
    }

    /**
     * Nation.Cymru's report of YouGov's Barn Cymru poll (published 1 December 2024, no fieldwork dates) after the
     * table's row of it (25–29 November, 1,121 asked, the same figures): the same survey, counted as already stored
     * with a note, where it was stored again under its publication date and counted twice (the Senedd 2026 trial).
     * Other figures, or a table's survey ended weeks before, are another poll.
     */
    @Test
    void aNewsReportOfASurveyStoredFromATableIsThatSurvey() throws Exception {
        Ingester wales = IngestFixtures.ingesterWith(root, "wales-2016.yaml", "wales-2021.yaml", "wales-2026.yaml");
        IngestSettings settings = forElection("wales-2026");
        Path table = root.resolve("table.csv");
        Files.writeString(table, """
                election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,plaid,lab,reform,con,ld,grn,other
                wales-2026,senedd,list,YouGov,Barn Cymru,2024-11-25,2024-11-29,1121,24,23,23,19,5,6,1
                """);
        try (PollStore store = PollStore.open(root.resolve("n.db"))) {
            wales.ingest(table.toString(), store, settings);
            IngestReport r = wales.ingest(fixture("release/nation-cymru-senedd-2024-12.txt"), store, settings);
            assertThat(r.summary()).contains("0 added, 1 already stored");
            assertThat(r.skipped()).anyMatch(t -> t.toString().contains("a report of it, counted as already stored"));
            assertThat(store.polls(PollQuery.of("wales-2026"))).hasSize(1);
        }
        assertThat(ReportedSurveys.reports(
                        poll(LocalDate.of(2024, 11, 29), null, 24), poll(null, LocalDate.of(2024, 12, 1), 24)))
                .isTrue();
        assertThat(ReportedSurveys.reports(
                        poll(LocalDate.of(2024, 11, 29), null, 24), poll(null, LocalDate.of(2024, 12, 1), 25)))
                .isFalse();
        assertThat(ReportedSurveys.reports(
                        poll(LocalDate.of(2024, 10, 1), null, 24), poll(null, LocalDate.of(2024, 12, 1), 24)))
                .isFalse();
        // Two weeks apart, or for another client, is another survey with the same figures (review).
        assertThat(ReportedSurveys.reports(
                        poll(LocalDate.of(2024, 11, 29), null, 24), poll(null, LocalDate.of(2024, 12, 15), 24)))
                .isFalse();
        assertThat(ReportedSurveys.reports(
                        poll(LocalDate.of(2024, 11, 29), null, 24, "Barn Cymru"),
                        poll(null, LocalDate.of(2024, 12, 1), 24, "ITV Wales")))
                .isFalse();
    }

    private static Poll poll(LocalDate end, LocalDate published, double plaid) {
        return poll(end, published, plaid, "");
    }

    private static Poll poll(LocalDate end, LocalDate published, double plaid, String client) {
        return org.pollcast.poll.PollBuilder.of("wales-2026", "senedd", org.pollcast.election.Scope.LIST, "YouGov")
                .client(client)
                .ended(end)
                .published(published)
                .shares(Map.of("plaid", plaid, "lab", 23.0))
                .build();
    }

    /**
     * Publika's report of ASDM's 2016 Moldovan poll: a headline on who "would head for second round" over a list of
     * seven (refused as a run-off poll of seven), a sentence with three percentages between the vote's list and the
     * trust list (refused as a line of one list the pattern missed), and fieldwork "from October 9 through 18" (read as
     * 9 October alone). The firm is made known by the test's own alias file, as a user's --aliases would.
     */
    @Test
    void aHeadlineOnTheSecondRoundOverAListOfSevenIsTheFirstRound() throws Exception {
        Ingester md = withFirm("ASDM: [Association of Sociologists and Demographers from Moldova]", "md-2016.yaml");
        try (PollStore store = PollStore.open(root.resolve("md.db"))) {
            IngestReport r = md.ingest(
                    fixture("release/publika-md-2016-10.txt"),
                    store,
                    IngestSettings.withDefaults().withPublished(LocalDate.of(2016, 10, 24)));
            assertThat(r.skipped().toString()).contains("'Igor Dodon: 28,3%'").contains("speaks of no vote");
            assertThat(store.polls(PollQuery.of("md-2016"))).singleElement().satisfies(s -> {
                Poll p = s.poll();
                assertThat(p.pollster()).isEqualTo("ASDM");
                assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2016, 10, 9));
                assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2016, 10, 18));
                assertThat(p.sampleSize()).isEqualTo(1569);
                assertThat(p.shares())
                        .containsEntry("dodon", 40.5)
                        .containsEntry("lupu", 13.2)
                        .containsEntry("ghimpu", 0.7)
                        .hasSize(7);
            });
        }
    }

    /**
     * The Insider Stories' report of Indikator's poll of September 2018 prints "Widodo – Amin : 57.7 Percent" and
     * "Abstain : 1 Percent": a capital P was no share sign, so the list was no list and the page was refused as prose;
     * read, "Abstain" was an unknown candidate. Now the figures are the pair's, re-based past the abstainers and those
     * giving no answer (the firm made known by the test's own alias file).
     */
    @Test
    void aCapitalisedPercentMarksAShareAndAbstainersAreNoOne() throws Exception {
        Ingester id = withFirm("Indikator Politik Indonesia: [Indikator]", "id-2014.yaml", "id-2019.yaml");
        try (PollStore store = PollStore.open(root.resolve("id.db"))) {
            id.ingest(
                    fixture("release/theinsiderstories-id-2018-09.txt"),
                    store,
                    IngestSettings.withDefaults().withPublished(LocalDate.of(2018, 9, 27)));
            assertThat(store.polls(PollQuery.of("id-2019")))
                    .singleElement()
                    .satisfies(s -> assertThat(s.poll().shares())
                            .hasSize(2)
                            .hasEntrySatisfying("jokowi", v -> assertThat(v).isCloseTo(64.1, within(0.05))));
        }
    }

    /**
     * dominicantoday.com's byline on a page's first line ("Local May 1, 2020 | 7:53 am") split into fields as a CSV's
     * header does, and the page was refused as a CSV missing its pollster column; it is a page, refused as what it is.
     * Its headline's figures on one line ("Poll: Abinader 42.8%, Fernández 31.2%, Castillo 22.4%") are its list since
     * one-line lists are read (OneLineList): it is refused for want of a date above them, where it said figures in
     * prose are not read.
     */
    @Test
    void aBylineWithABarIsNoCsvHeader() {
        assertThatThrownBy(() -> ingest(
                        "ie-2018.yaml",
                        fixture("release/dominicantoday-do-2020-05-01.txt"),
                        IngestSettings.withDefaults()))
                .hasMessageContaining("no publication date before the figures")
                .hasMessageNotContaining("missing required column");
    }

    /**
     * kenyaforum.net's report of Radio Africa Group's poll of May 2022 copies its bar chart as text, a bar between each
     * name and share ("William Ruto | 43.3% |"): no option line, so the page was refused as figures in prose. Read, the
     * shares are re-based past the 6.1 undecided (the firm made known by the test's own alias file).
     */
    @Test
    void aBarChartsRowsCopiedAsTextAreAList() throws Exception {
        Ingester ke = withFirm("Radio Africa Group: [Radio Africa]", "ke-2017.yaml", "ke-2022.yaml");
        try (PollStore store = PollStore.open(root.resolve("ke.db"))) {
            ke.ingest(fixture("release/kenyaforum-ke-2022-05-25.txt"), store, IngestSettings.withDefaults());
            assertThat(store.polls(PollQuery.of("ke-2022"))).singleElement().satisfies(s -> {
                Poll p = s.poll();
                assertThat(p.pollster()).isEqualTo("Radio Africa Group");
                assertThat(p.sampleSize()).isEqualTo(3559);
                assertThat(p.shares().get("ruto")).isCloseTo(46.1, within(0.05));
                assertThat(p.shares().get("odinga")).isCloseTo(45.1, within(0.05));
            });
        }
    }

    /**
     * SFist's report of the Chronicle's August 2024 poll by Sextant recalls "a late January poll ... (though that poll
     * was commissioned by the Daniel Lurie campaign)": the client was stored as "the Daniel Lurie" and the poll flagged
     * as his campaign's. The sentence is said of another poll; this one names no client in the words the reader takes.
     */
    @Test
    void aClientSaidOfThatPollIsNotThisOnes() throws Exception {
        Ingester ingester =
                withFirm("Sextant Strategies & Research: [Sextant Strategies]", "sf-2018.yaml", "sf-2024.yaml");
        try (PollStore store = PollStore.open(root.resolve("sf.db"))) {
            ingester.ingest(
                    fixture("release/sfist-sf-2024-08.txt"),
                    store,
                    IngestSettings.withDefaults().withPublished(LocalDate.of(2024, 8, 8)));
            assertThat(store.polls(PollQuery.of("sf-2024"))).singleElement().satisfies(s -> {
                Poll p = s.poll();
                assertThat(p.pollster()).isEqualTo("Sextant Strategies & Research");
                assertThat(p.client()).isNullOrEmpty();
                assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2024, 8, 5));
                assertThat(p.shares()).containsEntry("breed", 28.0).containsEntry("lurie", 17.0);
            });
        }
    }

    /**
     * An American news page's bullets with the share after a comma and a full stop ("* Ossoff (D), 51%.", SurveyUSA's
     * Georgia run-off poll of December 2020, from the Georgia blind trial of 7 December 2026): the page was refused as
     * figures in prose. Dated by --published (the page prints no date); a poll after the first round is the run-off's.
     */
    @Test
    void bulletsWithTheShareAfterACommaAreAList() throws Exception {
        List<Poll> polls = ingest(
                "ga-senate-2020.yaml",
                fixture("release/theconservativeopinion-ga-2020-runoff.txt"),
                IngestSettings.withDefaults().withPublished(LocalDate.of(2020, 12, 2)));
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.pollster()).isEqualTo("SurveyUSA");
            assertThat(p.scope()).isEqualTo(org.pollcast.election.Scope.RUNOFF);
            assertThat(p.shares()).containsOnly(Map.entry("ossoff", 51.0), Map.entry("perdue", 46.0));
        });
    }

    /**
     * A crosstab's bullets in the same form ("* Women, 55%.") name no party: no option line. Read as one (a review's
     * made-up page), the list of groups refused the page for an unknown candidate 'Women', where it read before.
     */
    @Test
    void aCrosstabsCommaBulletsAreNoList() throws Exception {
        Path page = root.resolve("crosstab.txt");
        Files.writeString(page, """
                New SurveyUSA Georgia poll has Ossoff leading Perdue in Senate Runoff

                A new SurveyUSA Georgia poll of 600 likely voters has Democrat Jon Ossoff leading Republican Senator \
                David Perdue in the runoff race taking place January 5th 2021.

                * Ossoff: 51%
                * Perdue: 46%

                Ossoff leads among several groups of voters in the survey released today by the firm.

                * Women, 55%.
                * Suburban voters, 53%.
                """);
        List<Poll> polls = ingest(
                "ga-senate-2020.yaml",
                page.toString(),
                IngestSettings.withDefaults().withPublished(LocalDate.of(2020, 12, 2)));
        assertThat(polls)
                .singleElement()
                .satisfies(
                        p -> assertThat(p.shares()).containsOnly(Map.entry("ossoff", 51.0), Map.entry("perdue", 46.0)));
    }

    /**
     * An Israeli news page's seat list ("Likud 31", no % sign; Channel 13's poll as INN printed it, from the Israeli
     * blind trial of 7 December 2026) is still no list of shares, but the refusal says where the figures are and what
     * they may be, where "no list of a poll's figures" sent the user looking for one.
     */
    @Test
    void aSeatListWithNoPercentSignIsNamedInTheRefusal() throws Exception {
        Path page = root.resolve("inn.txt");
        Files.writeString(page, """
                A poll conducted by Channel 13 News shows that if the elections had been held today, the right-wing \
                bloc would have won 60 mandates.

                Likud 31

                Yesh Atid 25

                Religious Zionism 14

                National Unity 12.
                """);
        assertThatThrownBy(() -> ingest(
                        "il-2022.yaml",
                        page.toString(),
                        IngestSettings.withDefaults().withPublished(LocalDate.of(2022, 10, 20))))
                .hasMessageContaining("no list of a poll's figures")
                .hasMessageContaining("lines 3 to 9 list figures with no % sign ('Likud 31')")
                .hasMessageContaining("Polls published in seats");
    }

    /**
     * The Western Mail's report of Savanta ComRes's Senedd poll of April 2021 lists each ballot's figures under a
     * square bullet ("■ Labour – 36% (+1 on YouGov)"), refused as prose (the Senedd trial). Its sample: "Savanta ComRes
     * questioned 1,002 people", and below the lists "the poll of 2,000 people by Opinium", another firm's: two samples,
     * so none is taken, where 2,000 alone was read once the bullets were.
     */
    @Test
    void squareBulletsAreAListAndTwoSamplesNone() throws Exception {
        Ingester wales = IngestFixtures.ingesterWith(root, "wales-2016.yaml", "wales-2021.yaml");
        IngestSettings dated = forElection("wales-2021").withPublished(LocalDate.of(2021, 4, 29));
        try (PollStore store = PollStore.open(root.resolve("wm.db"))) {
            wales.ingest(fixture("release/senedd-2021-westernmail-savanta.txt"), store, dated);
            List<Poll> polls = store.polls(PollQuery.of("wales-2021")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls).hasSize(2).allSatisfy(p -> {
                assertThat(p.pollster()).isEqualTo("ComRes"); // Savanta ComRes's house
                assertThat(p.sampleSize()).isNull();
                assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2021, 4, 23));
                assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2021, 4, 28));
            });
            assertThat(polls)
                    .filteredOn(p -> p.scope() == org.pollcast.election.Scope.CONSTITUENCY)
                    .singleElement()
                    .satisfies(p -> assertThat(p.shares())
                            .containsEntry("lab", 36.0)
                            .containsEntry("con", 27.0)
                            .containsEntry("plaid", 19.0)
                            .containsEntry("reform", 4.0));
        }
    }

    /** Settings naming {@code election} of the data folder under {@code root}, as {@code --election} does. */
    private IngestSettings forElection(String election) {
        return IngestSettings.withDefaults().withElection(new ElectionCatalog(new DataHome(root)).resolveId(election));
    }
}
