package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Toronto's mayoral tables in the Canadian layout (Polling firm, Last date of polling, Source, Sample size, Margin of
 * error, a column per candidate, Other, Undecided), rebuilt from the firms' reports (sources in README.md): a
 * first-past-the-post race of 35 (2018) or 102 (2023) candidates whose polls name the leading two to eight.
 */
class TorontoPagesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addToronto() throws IOException {
        IngestFixtures.copyDataWith(root, "toronto-2018.yaml", "toronto-2022.yaml", "toronto-2023.yaml");
        DataHome home = new DataHome(root);
        ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    /**
     * 2018's polls name Tory and Keesmaat and give "some other candidate" its share (Forum: 56, 29, others 15): the
     * race as polled, 33 minor candidates in the others. With no baseline to measure the others by, both rows were
     * judged hypothetical head-to-heads (85 and 95 together while Faith Goldy stood) and the page gave "no polls found:
     * its poll tables have no row of a poll's figures".
     */
    @Test
    void aPollOfTheTwoLeadersThatGivesTheOthersTheirShareIsTheRace() throws IOException {
        IngestReport r =
                ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-toronto-2018", "toronto-2018", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(String.join("\n", r.notes())).doesNotContain("head-to-head");
    }

    /**
     * A page whose every row is left out as a head-to-head says which rows and why, as a CSV's refusal does; before,
     * it said the tables had no row of a poll's figures, and the reader looked for a fault in a table that had them.
     */
    @Test
    void aPageWhoseEveryRowIsAHeadToHeadSaysWhy() throws IOException {
        Path page = root.resolve("toronto-2018-h2h.html");
        // The others' column emptied: 56 and 29 together, no share given to anyone else, is a match-up's figures.
        Files.writeString(
                page,
                Files.readString(Path.of(fixture("wikipedia-toronto-2018.html")))
                        .replace("<td>15</td>", "<td>&#8211;</td>")
                        .replace("<td>6</td>", "<td>&#8211;</td>"));
        try (PollStore store = PollStore.open(root.resolve("h2h.db"))) {
            assertThatThrownBy(() -> ingester.ingest(page.toString(), store, settings()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("no polls found: every poll was left out: table 1 row 2 skipped: names only"
                            + " John Tory and Jennifer Keesmaat (85 together) while Faith Goldy stood")
                    .hasMessageContaining("table 1 row 3 skipped")
                    .hasMessageNotContaining("no row of a poll's figures");
        }
    }

    /** 2023's twelve polls of the leading five to eight of 102 candidates, Forum's and Mainstreet's. */
    @Test
    void the2023ByElectionsPolls() throws IOException {
        IngestReport r =
                ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-toronto-2023", "toronto-2023", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("12 polls, 12 added");
    }

    /**
     * The alias table knows Forum Research (its releases' "The Forum Poll") and Liaison Strategies: the Toronto kit
     * added them itself until the bundled table did (7 December 2026).
     */
    private Ingester withForum() throws IOException {
        Path aliases = root.resolve("aliases.yaml");
        assertThat(Files.readString(aliases))
                .contains("Forum Research: [Forum, Forum Poll")
                .contains("Liaison Strategies:");
        DataHome home = new DataHome(root);
        return new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    /**
     * Forum Research's release of 24 June 2023 as the page store keeps it: its tracking table of every survey of the
     * race, candidates as rows and the nine surveys as columns headed "Apr 25-26" ... "June 23", one cell to a line
     * between lines of a bar. Read as prose, it was refused as having "no list of a poll's figures". Each column is
     * one poll dated by its heading in the release's year; the release's dateline ("June 24th, 2023 – In a random
     * sampling ... The Forum Poll™ among 1,037 Toronto residents") dates and sizes the latest survey only, and Furey's
     * "-" before he entered leaves him out of the first four.
     */
    @Test
    void aFirmsTrackingTableGivesEachSurveyItsPoll() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                withForum(),
                root,
                "forumresearch-toronto-2023-06-24.txt",
                PollFormat.RELEASE_PAGE,
                "toronto-2023",
                settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("9 polls, 9 added");
    }

    /**
     * The same firm's release of 11 June 2023 as another copy keeps it, its cells parted by blank lines and its table
     * of seven surveys without a bar: the dateline follows the place ("Toronto, June 11th, 2023 – ..."), and the
     * sample ("survey of 1047", "among 1047") is the latest survey's, 9 June.
     */
    @Test
    void aTrackingTableWithItsCellsPartedByBlankLines() throws IOException {
        Ingester forum = withForum();
        try (PollStore store = PollStore.open(root.resolve("blank.db"))) {
            IngestReport r = forum.ingest(fixture("forumresearch-toronto-2023-06-11.txt"), store, settings());
            assertThat(r.summary()).contains("7 polls, 7 added");
            List<Poll> polls = store.polls(PollQuery.of("toronto-2023")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            Poll latest = polls.get(polls.size() - 1);
            assertThat(latest.fieldworkEnd()).isEqualTo(LocalDate.of(2023, 6, 9));
            assertThat(latest.sampleSize()).isEqualTo(1047);
            assertThat(latest.published()).isEqualTo(LocalDate.of(2023, 6, 11));
            assertThat(latest.shares()).containsEntry("furey", 11.0).containsEntry("other", 10.0);
            assertThat(polls.get(0).shares()).doesNotContainKey("furey");
            assertThat(polls.get(0).sampleSize()).isNull();
        }
    }

    /**
     * A row that does not fit the table's columns (a cell lost: Mitzie Hunter's first figure taken out of the 11 June
     * release) ends the rows read; the polls say which row and those below it were not read, where they were stored
     * without Hunter, Bradford and the others and not a word said (review).
     */
    @Test
    void aRowThatDoesNotFitIsNamedInThePollsNotes() throws IOException {
        List<String> lines =
                new java.util.ArrayList<>(Files.readAllLines(Path.of(fixture("forumresearch-toronto-2023-06-11.txt"))));
        int hunter = lines.indexOf("Mitzie Hunter");
        assertThat(lines.get(hunter + 2)).isEqualTo("7");
        lines.remove(hunter + 2);
        lines.remove(hunter + 2);
        Path broken = root.resolve("forum-broken.txt");
        Files.write(broken, lines);
        try (PollStore store = PollStore.open(root.resolve("broken.db"))) {
            withForum().ingest(broken.toString(), store, settings());
            List<Poll> polls = store.polls(PollQuery.of("toronto-2023")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls)
                    .hasSize(7)
                    .allSatisfy(p -> assertThat(p.notes())
                            .contains("the tracking table's row 'Mitzie Hunter' (line " + (hunter + 1)
                                    + ") and those below it do not fit its 7 survey columns"));
        }
    }

    /**
     * Forum's release of 28 May 2023 as stored breaks its dateline after the day ("Toronto, May 28th," over "2023 – In a
     * random sampling ... among 1007 Toronto residents"), and its change column gives "N/A" for Furey, new that week:
     * the dateline was not found and the release refused for want of a publication date.
     */
    @Test
    void aDatelineBrokenAfterTheDayStillDatesTheRelease() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("broken.db"))) {
            IngestReport r = withForum().ingest(fixture("forumresearch-toronto-2023-05-28.txt"), store, settings());
            assertThat(r.summary()).contains("5 polls, 5 added");
            Poll latest = store.polls(PollQuery.of("toronto-2023")).stream()
                    .map(StoredPoll::poll)
                    .filter(p -> p.published() != null)
                    .collect(java.util.stream.Collectors.collectingAndThen(
                            java.util.stream.Collectors.toList(), l -> l.get(0)));
            assertThat(latest.fieldworkEnd()).isEqualTo(LocalDate.of(2023, 5, 26));
            assertThat(latest.published()).isEqualTo(LocalDate.of(2023, 5, 28));
            assertThat(latest.sampleSize()).isEqualTo(1007);
            assertThat(latest.shares()).containsEntry("furey", 9.0).containsEntry("other", 8.0);
        }
    }

    /**
     * A firm's later release repeats its earlier surveys without their samples: the 24 June release gives 9 June's
     * shares, the 11 June release those and its sample of 1,047. Either release after the other adds only the surveys
     * it alone has; before, the second was refused as a conflict ("the shares agree, the other figures differ: sample
     * size stored none, this file 1047"), and nothing of it was stored.
     */
    @Test
    void aSurveyRepeatedWithoutItsSampleIsTheSurveyStored() throws IOException {
        Ingester forum = withForum();
        String june11 = fixture("forumresearch-toronto-2023-06-11.txt");
        String june24 = fixture("forumresearch-toronto-2023-06-24.txt");
        try (PollStore store = PollStore.open(root.resolve("later.db"))) {
            forum.ingest(june11, store, settings());
            IngestReport r = forum.ingest(june24, store, settings());
            assertThat(r.summary()).contains("9 polls, 2 added, 7 already stored");
            assertThat(String.join("\n", r.notes()))
                    .contains("its sample (1047) given by the stored copy only: the same survey");
            Poll june9 = store.polls(PollQuery.of("toronto-2023")).stream()
                    .map(StoredPoll::poll)
                    .filter(p -> p.fieldworkEnd().equals(LocalDate.of(2023, 6, 9)))
                    .findFirst()
                    .orElseThrow();
            assertThat(june9.sampleSize()).isEqualTo(1047);
        }
        try (PollStore store = PollStore.open(root.resolve("earlier.db"))) {
            forum.ingest(june24, store, settings());
            IngestReport r = forum.ingest(june11, store, settings());
            assertThat(r.summary()).contains("7 polls, 0 added, 7 already stored");
            assertThat(r.rejected()).isEmpty();
            assertThat(String.join("\n", r.notes())).contains("its sample (1047) given here only");
        }
    }

    /**
     * A dateline whose month the dates reader does not know ("15 Maius 2023 (Toronto, ON) – ...", Latin) is refused
     * naming its line and its text, and read with the date the user gives; it stopped with an internal error (review).
     * (The review's French "15 mai 2023" is read now: month names in the languages tables are published in.)
     */
    @Test
    void aDatelineItCannotReadIsRefusedNamingItsLine() throws IOException {
        String text = Files.readString(Path.of(fixture("liaisonstrategies-toronto-2023-05-15.txt")))
                .replace("May 15, 2023 (Toronto, ON) –", "15 Maius 2023 (Toronto, ON) –");
        Path french = root.resolve("liaison-mai.txt");
        Files.writeString(french, text);
        Path definition = root.resolve("elections").resolve("toronto-2023.yaml");
        Files.writeString(
                definition,
                Files.readString(definition) + "      - {id: perruzza, name: Anthony Perruzza, party: np}\n");
        Ingester forum = withForum();
        try (PollStore store = PollStore.open(root.resolve("mai.db"))) {
            assertThatThrownBy(() -> forum.ingest(french.toString(), store, settings()))
                    .isInstanceOf(org.pollcast.BadInputException.class)
                    .hasMessageContaining(french + ":7: the publication date '15 Maius 2023' cannot be read: give it"
                            + " with --published YYYY-MM-DD");
            forum.ingest(french.toString(), store, settings().withPublished(LocalDate.of(2023, 5, 15)));
            assertThat(store.polls(PollQuery.of("toronto-2023"))).hasSize(1);
        }
    }

    /**
     * "Conducted" said of the firm's earlier survey ("Our last poll, conducted on May 1-2, 2023, ...") dates no field
     * work of this one, and a January release's "conducted from December 28-30" is of the year before (review).
     */
    @Test
    void conductedSaidOfAnEarlierSurveyDatesNoFieldworkOfThisOne() throws IOException {
        String text = Files.readString(Path.of(fixture("liaisonstrategies-toronto-2023-05-15.txt")));
        String earlier = text.replace(
                "Conducted from May 12-13, 2023,",
                "Our last poll, conducted on May 1-2, 2023, had Chow at 28%. This one was conducted from May 12-13, 2023,");
        assertThat(earlier).isNotEqualTo(text);
        Poll p = onlyPollOf("earlier.txt", earlier);
        assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2023, 5, 12));
        assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2023, 5, 13));
        String january = text.replace("May 15, 2023 (Toronto, ON) –", "January 3, 2023 (Toronto, ON) –")
                .replace("Conducted from May 12-13, 2023,", "Conducted from December 28-30,");
        Poll q = onlyPollOf("january.txt", january);
        assertThat(q.fieldworkStart()).isEqualTo(LocalDate.of(2022, 12, 28));
        assertThat(q.fieldworkEnd()).isEqualTo(LocalDate.of(2022, 12, 30));
    }

    /**
     * With no preposition, "conducted" dates the survey only where a month and a day follow it: "a YouGov/Economist
     * Poll conducted October 7-8, 2016", as YouGov's American summaries open, was dated by its publication; "conducted
     * in May 2023" names no day, and "conducted online among 1,000 adults" no date at all.
     */
    @Test
    void conductedFollowedByAMonthAndADayDatesTheFieldwork() throws IOException {
        String text = Files.readString(Path.of(fixture("liaisonstrategies-toronto-2023-05-15.txt")));
        Poll p = onlyPollOf(
                "monthfirst.txt", text.replace("Conducted from May 12-13, 2023,", "Conducted May 12-13, 2023,"));
        assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2023, 5, 12));
        assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2023, 5, 13));
        for (String none : List.of("Conducted in May 2023,", "Conducted online among 1,000 adults,")) {
            Poll q = onlyPollOf("none" + none.length() + ".txt", text.replace("Conducted from May 12-13, 2023,", none));
            assertThat(q.fieldworkEnd()).as(none).isNull();
        }
    }

    private Poll onlyPollOf(String name, String text) throws IOException {
        Path page = root.resolve(name);
        Files.writeString(page, text);
        return onlyPoll(page.toString());
    }

    /**
     * The one poll stored from {@code file} with the kit's firms known, and Anthony Perruzza, whom Liaison's lists name
     * (0 to 1%), among the definition's candidates.
     */
    private Poll onlyPoll(String file) throws IOException {
        Path definition = root.resolve("elections").resolve("toronto-2023.yaml");
        if (!Files.readString(definition).contains("perruzza")) {
            Files.writeString(
                    definition,
                    Files.readString(definition) + "      - {id: perruzza, name: Anthony Perruzza, party: np}\n");
        }
        try (PollStore store = PollStore.open(root.resolve(Path.of(file).getFileName() + ".db"))) {
            withForum().ingest(fixture(file), store, settings());
            List<StoredPoll> polls = store.polls(PollQuery.of("toronto-2023"));
            assertThat(polls).hasSize(1);
            return polls.get(0).poll();
        }
    }

    /**
     * Liaison Strategies' release of 15 May 2023 prints its lists share first ("20% Chow (+2)", "32% Undecided (no
     * change)"), among all voters and then among decided voters only, under a dateline "May 15, 2023 (Toronto, ON) –"
     * and a sentence "Conducted from May 12-13, 2023, ... the poll of 1,257 Toronto voters": refused before as having no
     * list of figures. The two lists are one survey, and the decided voters' is kept, as the vote intention published.
     */
    @Test
    void aReleaseWhoseListsPrintTheShareFirst() throws IOException {
        Poll p = onlyPoll("liaisonstrategies-toronto-2023-05-15.txt");
        assertThat(p.pollster()).isEqualTo("Liaison Strategies");
        assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2023, 5, 12));
        assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2023, 5, 13));
        assertThat(p.published()).isEqualTo(LocalDate.of(2023, 5, 15));
        assertThat(p.sampleSize()).isEqualTo(1257);
        assertThat(p.dontKnow()).isNull();
        assertThat(p.shares())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        "chow",
                        30.0,
                        "saunders",
                        16.0,
                        "matlow",
                        15.0,
                        "bradford",
                        12.0,
                        "hunter",
                        12.0,
                        "bailao",
                        7.0,
                        "other",
                        6.0,
                        "furey",
                        2.0,
                        "perruzza",
                        1.0));
    }

    /**
     * Its release of 24 June introduces the list "among all voters (including undecided) compared to the last poll":
     * the sentence, cut to a note's length ("... compared to the last po…") before it was checked, read as another
     * survey's figures, and the page was refused. Its decided voters' list is cut off by the stored copy after one line,
     * so the all-voters list, its 9% undecided set aside, is the poll.
     */
    @Test
    void changesComparedToTheFirmsLastPollAreNoOtherSurveysFigures() throws IOException {
        Poll p = onlyPoll("liaisonstrategies-toronto-2023-06-24.txt");
        assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2023, 6, 23));
        assertThat(p.sampleSize()).isEqualTo(1086);
        assertThat(p.dontKnow()).isEqualTo(9.0);
        // 28 of the 90 the named options hold (the figures printed sum to 99 with the undecided).
        assertThat(p.shares()).containsEntry("chow", 31.11).containsEntry("bailao", 16.67);
    }

    /**
     * Mainstreet's eve-of-poll survey names all eight candidates the definition lists, 95 in all, its Other and
     * Undecided cells "–": the definition lists the leaders of 102, and the rest can only be "Others". It stays
     * complete where a poll leaving candidates out under a "–" undecided is partial.
     */
    @Test
    void aPollNamingEveryListedCandidateKeepsItsRestAsOthers() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("rest.db"))) {
            ingester.ingest(fixture("wikipedia-toronto-2023.html"), store, settings());
            Poll eve = store.polls(PollQuery.of("toronto-2023")).stream()
                    .map(StoredPoll::poll)
                    .filter(p -> p.fieldworkEnd().equals(LocalDate.of(2023, 6, 24)))
                    .findFirst()
                    .orElseThrow();
            assertThat(eve.shares().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isEqualTo(95.0);
            assertThat(eve.partial()).isFalse();
        }
    }
}
