package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * One test per class of bad input: the message names file, line (or table row) and field, and nothing from
 * the file reaches the store, which keeps exactly the polls it had.
 */
class IngestValidationTest {
    private static final String HEADER =
            "pollster,client,fieldwork_start,fieldwork_end,sample_size,scope,johnson,livingstone,paddick,other";
    private static final String GOOD = "ICM,Test client,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6";

    @TempDir
    Path dir;

    PollStore store;
    List<StoredPoll> before;

    @BeforeEach
    void storeWithBundledPolls() {
        store = PollStore.open(dir.resolve("store.db"));
        ingester().ingest("data/polls/london-2008.csv", store, IngestSettings.withDefaults());
        before = store.polls(PollQuery.of("london-2008"));
        assertThat(before).hasSize(24);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private static IngestSettings london2008() {
        return IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2008"));
    }

    /** A wide CSV whose line 2 is a good poll and line 3 is {@code badLine}. */
    private Path wide(String badLine) throws IOException {
        return write("polls.csv", HEADER + "\n" + GOOD + "\n" + badLine + "\n");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private void assertRejected(Path file, String election, String... expected) {
        IngestSettings settings = IngestSettings.withDefaults();
        if (election != null) {
            settings = settings.withElection(CATALOG.resolve(election));
        }
        IngestSettings s = settings;
        assertThatThrownBy(() -> ingester().ingest(file.toString(), store, s))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    String all = e.getMessage() + "\n" + String.join("\n", ((BadInputException) e).details());
                    for (String x : expected) {
                        assertThat(all).contains(x);
                    }
                });
        assertThat(store.polls(PollQuery.of("london-2008")))
                .as("store unchanged")
                .isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "share above 100|ICM,Other client,2008-04-20,2008-04-22,1000,first_pref,143,40,10,6|:3: field 'johnson': share for 'johnson' is 143, expected 0–100",
                "share negative|ICM,Other client,2008-04-20,2008-04-22,1000,first_pref,-4,40,10,6|:3: field 'johnson': share for 'johnson' is -4, expected 0–100",
                "share not a number|ICM,Other client,2008-04-20,2008-04-22,1000,first_pref,44,forty,10,6|:3: field 'livingstone': share for 'livingstone' is 'forty', not a number",
                "shares sum above 102|ICM,Other client,2008-04-20,2008-04-22,1000,first_pref,54,40,10,6|:3: field 'share': shares of this first_pref poll sum to 110, more than 102",
                "shares sum below 90 with others given|ICM,Other client,2008-04-20,2008-04-22,1000,first_pref,40,30,10,5|:3: field 'share': shares of this first_pref poll sum to 85, less than 90",
                "end before start|ICM,Other client,2008-04-22,2008-04-20,1000,first_pref,44,40,10,6|:3: field 'fieldwork_end': fieldwork ends 2008-04-20, before it starts (2008-04-22)",
                "after the election|ICM,Other client,2008-05-01,2008-05-02,1000,first_pref,44,40,10,6|:3: field 'fieldwork_end': 2008-05-02 is after the election (london-2008, 2008-05-01)",
                "not a date|ICM,Other client,2008-04-20,soon,1000,first_pref,44,40,10,6|:3: field 'fieldwork_end': 'soon' is not a date",
                "no date at all|ICM,Other client,,,1000,first_pref,44,40,10,6|:3: field 'fieldwork_end': no date",
                "sample size zero|ICM,Other client,2008-04-20,2008-04-22,0,first_pref,44,40,10,6|:3: field 'sample_size': '0' is not a positive whole number",
                "sample size negative|ICM,Other client,2008-04-20,2008-04-22,-5,first_pref,44,40,10,6|:3: field 'sample_size': '-5' is not a positive whole number",
                "sample size fractional|ICM,Other client,2008-04-20,2008-04-22,1000.5,first_pref,44,40,10,6|:3: field 'sample_size': '1000.5' is not a positive whole number",
                "unknown pollster|YuoGov,Other client,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6|:3: field 'pollster': unknown pollster 'YuoGov'; did you mean 'YouGov'?",
                "scope of another contest|ICM,Other client,2008-04-20,2008-04-22,1000,list,44,40,10,6|:3: field 'scope': 'list' is a scope of assembly, but the options named are those of mayor",
                "unknown scope|ICM,Other client,2008-04-20,2008-04-22,1000,third_round,44,40,10,6|:3: field 'scope': 'third_round' is not a scope",
                "same poll, other figures|ICM,Test client,2008-04-20,2008-04-22,1000,first_pref,45,39,10,6|:3: the same poll (ICM/Test client 2008-04-22 mayor first_pref) as at 2 but with other figures",
            })
    void badRowRejectsTheWholeFile(String what, String badLine, String expected) throws IOException {
        Path file = wide(badLine);
        assertRejected(file, "london-2008", file + expected);
    }

    /**
     * Tables print a sample that was published as "almost 1,500" or "over 2,000" as {@code c. 1,500} or {@code 2,000+}:
     * the number is the sample, as near as the source gives it. Refusing the cell refused the whole page.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"c. 1,500|1500", "~1,500|1500", "approx. 1,500|1500", "c. 2,000+|2000"})
    void anApproximateSampleIsReadAsItsNumber(String cell, int sample) throws IOException {
        Path file = write(
                "approx.csv",
                HEADER + "\nICM,Approx client,2008-04-20,2008-04-22,\"" + cell + "\",first_pref,44,40,10,6\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008());
        assertThat(r.added()).isEqualTo(1);
        assertThat(store.polls(PollQuery.of("london-2008")))
                .extracting(StoredPoll::poll)
                .filteredOn(p -> p.client().equals("Approx client"))
                .singleElement()
                .satisfies(p -> assertThat(p.sampleSize()).isEqualTo(sample));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"c.", "c. 0", "1,500 or so"})
    void anApproximateSampleStillNeedsANumber(String cell) throws IOException {
        Path file = wide("ICM,Other client,2008-04-20,2008-04-22,\"" + cell + "\",first_pref,44,40,10,6");
        assertRejected(
                file, "london-2008", file + ":3: field 'sample_size': '" + cell + "' is not a positive whole number");
    }

    /**
     * A line with no pollster and no dates straight under a poll is that survey again, as a copied table keeps a cell
     * spanning both lines in the top one. With a whole poll's figures and nothing to tell it from the line above (no
     * population of its own), it is that poll with other figures, refused saying why it was read so and what would
     * tell it apart. (It used to be refused as missing its pollster, which refused an American table's registered
     * voters' line: see NewYorkGeneralTablesTest.)
     */
    @Test
    void aWholePollWithNoPollsterOrDateIsTheSurveyAboveAgain() throws IOException {
        Path file = write(
                "copy.csv",
                "pollster,fieldwork_end,sample_size,johnson,livingstone,paddick\n"
                        + "ICM,2008-04-22,1000,44,40,10\n"
                        + ",,1000,43,41,11\n");
        assertRejected(
                file,
                "london-2008",
                "copy.csv:3: the same poll (ICM 2008-04-22 mayor first_pref) as at 2 but with other figures: line 3"
                        + " leaves the pollster and dates blank, so it is read as the survey of line 2");
        Path runoff = write(
                "runoff.csv",
                "pollster,fieldwork_end,sample_size,johnson,livingstone,paddick\n"
                        + "ICM,2008-04-22,1000,44,40,10\n"
                        + ",,,53,47,\n");
        assertThat(ingester().ingest(runoff.toString(), null, london2008()).summary())
                .contains("first preferences 1, run-off 1");
    }

    /**
     * Pollsters' tables end with the respondents who name no one: "Don't know", "Would not vote", "Refused". The
     * first is the don't-know figure; the others are no option, and were refused as names of no contest ("is
     * london-2008 the right election?"). Synthetic figures beside the 2008 ICM row of this class.
     */
    @Test
    void wouldNotVoteAndRefusedColumnsAreNoOptions() throws IOException {
        Path file = write(
                "yg.csv",
                HEADER + ",Don't know,Would not vote,Refused\n"
                        + "ICM,Other client,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6,12,5,3\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008());
        assertThat(r.added()).isEqualTo(1);
        assertThat(store.polls(PollQuery.of("london-2008")))
                .extracting(StoredPoll::poll)
                .filteredOn(p -> p.client().equals("Other client"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.dontKnow()).isEqualTo(12.0);
                    assertThat(p.shares()).containsOnlyKeys("johnson", "livingstone", "paddick", "other");
                });
    }

    @Test
    void namesOfNoContestAreEachSaidInTheirColumn() throws IOException {
        Path file = write("two.csv", "pollster,fieldwork_end,Johnson,Obama,Trump\nICM,2008-04-22,44,40,10\n");
        assertRejected(
                file,
                "london-2008",
                file + ":2: field 'Obama': unknown candidate 'Obama' in mayor (is london-2008 the right election?)",
                file + ":2: field 'Trump': unknown candidate 'Trump' in mayor (is london-2008 the right election?)");
    }

    /**
     * A row that holds a poll's first round and its run-off gives two polls, which share the row's cells: a bad
     * sample is one problem, said once, not once per round. (YouGov, 16 Jan 2012, M2012-03; its sample is altered.)
     */
    @Test
    void aBadCellSharedByBothRoundsOfARowIsOneProblem() {
        String html = """
                <html><body><table class="wikitable">
                <tr><th rowspan="2">Pollster</th><th rowspan="2">Date(s) conducted</th><th rowspan="2">Sample size</th>
                    <th colspan="3">First round</th><th colspan="2">Second round</th></tr>
                <tr><th>Johnson</th><th>Livingstone</th><th>Others</th><th>Johnson</th><th>Livingstone</th></tr>
                <tr><td>YouGov</td><td>16 Jan 2012</td><td>1,2x4</td><td>44</td><td>46</td><td>10</td><td>49</td><td>51</td></tr>
                </table></body></html>""";
        SourceDocument doc = SourceDocument.of("page.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IngestSettings s = IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2012"));
        assertThatThrownBy(() -> ingester().ingest(doc, store, s))
                .isInstanceOf(BadInputException.class)
                .hasMessage("page.html:table 1 row 3: field 'Sample size': '1,2x4' is not a positive whole number"
                        + " (nothing from this file was stored)");
    }

    /**
     * A page whose one bad row would refuse its other polls says how to keep them: the 2018 Turkish table prints the
     * İYİ Party's poll of 6 June a cell short, its lead under Perinçek (shares summing to 119.3), and a user who
     * cannot correct that page was told only that nothing was stored (a file with two problems was told of
     * --skip-invalid). A file with no valid poll beside its problem says nothing of it (above).
     */
    @Test
    void oneBadRowBesideValidPollsSaysHowToStoreThem() {
        String html = """
                <html><body><table class="wikitable">
                <tr><th>Pollster</th><th>Date(s) conducted</th><th>Sample size</th><th>Johnson</th><th>Livingstone</th>
                    <th>Others</th><th>Lead</th></tr>
                <tr><td>YouGov</td><td>16 Jan 2012</td><td>1,234</td><td>44</td><td>46</td><td>10</td><td>2</td></tr>
                <tr><td>ComRes</td><td>20 Jan 2012</td><td>1,010</td><td>45</td><td>45</td><td>10</td><td>0</td></tr>
                <tr><td>Ipsos MORI</td><td>22 Jan 2012</td><td>1,005</td><td>46</td><td>44</td><td>32</td></tr>
                </table></body></html>""";
        SourceDocument doc = SourceDocument.of("page.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IngestSettings s = IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2012"));
        assertThatThrownBy(() -> ingester().ingest(doc, store, s))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                        "page.html:table 1 row 4: field 'share': shares of this first_pref poll sum to 122")
                .hasMessageEndingWith("(nothing from this file was stored; --skip-invalid stores its 2 valid polls and"
                        + " writes the rest to a rejects file)");
    }

    /**
     * Tables head the column "Pollster" and still write the client after a slash ("Find Out Now/Electoral
     * Calculus", "ICM/Guardian"). With no client column of its own, the cell is the firm and its client, as under
     * "Pollster/client"; it was refused as an unknown pollster ("did you mean 'Electoral Calculus'?", the client),
     * or with --new-pollsters stored as a firm called "ICM/Guardian". A name the alias table knows whole
     * ("YouGov/Sky") is one firm; where only the second name is a known firm ("UMass Lowell/YouGov", as American
     * tables write "Client/Pollster"), it is the firm. (ICM for The Guardian, 28 Mar – 1 Apr 2008: 42, 41, 10; M2008-05. "Acme Polls" is
     * made up, for a firm the alias table does not know.)
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ICM/The Guardian|ICM|The Guardian",
                "YouGov/Sky|YouGov|''",
                "Acme Polls/Daily Planet|Acme Polls|Daily Planet",
                // American tables write "Client/Pollster": the side the alias table knows as a firm is the firm.
                "UMass Lowell/YouGov|YouGov|UMass Lowell",
                "The New York Times/Siena|Siena College|The New York Times",
                "CNN/SSRS|SSRS|CNN",
                // A tracker's name with its descriptor: the firm is TIPP's, as "IBD/TIPP" is.
                "IBD/TIPP Tracking|TIPP Insights|IBD",
                "Acme Polls Daily Tracking|Acme Polls|''"
            })
    void aPollsterCellWithNoClientColumnHoldsTheFirmAndItsClient(String cell, String pollster, String client)
            throws IOException {
        Path file = write(
                "pc.csv",
                "Pollster,Fieldwork,Johnson,Livingstone,Paddick,Others\n" + cell + ",28 Mar – 1 Apr 2008,42,41,10,–\n");
        try (PollStore fresh = PollStore.open(dir.resolve("fresh.db"))) {
            ingester().ingest(file.toString(), fresh, london2008().withAcceptNewPollsters(true));
            assertThat(fresh.polls(PollQuery.of("london-2008")))
                    .extracting(StoredPoll::poll)
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.pollster()).isEqualTo(pollster);
                        assertThat(p.client()).isEqualTo(client);
                    });
        }
    }

    /**
     * A table's line for an average of polls ("Average of 25 polls", an aggregator's name alone) is no poll: stored,
     * it counted the polls it averages a second time, as a new firm with a house effect of its own (the US 2024
     * trial's polling-site tables). It is left out with a note; the polls beside it are stored.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Average of 25 polls",
        "RealClearPolitics",
        "270toWin Average",
        "Polling average",
        "Peilingwijzer",
        "Poll of polls"
    })
    void anAverageOfPollsIsNoPoll(String cell) throws IOException {
        Path file = write(
                "avg.csv",
                "Pollster,Fieldwork,Johnson,Livingstone,Paddick,Others\n" + cell
                        + ",28 Mar – 1 Apr 2008,43,40,11,–\nICM/The Guardian,28 Mar – 1 Apr 2008,42,41,10,–\n");
        try (PollStore fresh = PollStore.open(dir.resolve("avg.db"))) {
            IngestReport r =
                    ingester().ingest(file.toString(), fresh, london2008().withAcceptNewPollsters(true));
            assertThat(fresh.polls(PollQuery.of("london-2008")))
                    .extracting(p -> p.poll().pollster())
                    .containsExactly("ICM");
            assertThat(r.skipped())
                    .singleElement()
                    .satisfies(t -> assertThat(t.why()).contains("an average of polls, not a poll"));
        }
    }

    /** A firm the alias table knows stays a poll, whatever words follow its name ("Opinium (average of two waves)"). */
    @Test
    void aKnownFirmsLineIsAPollWhateverFollowsItsName() throws IOException {
        Path file = write(
                "known.csv",
                "Pollster,Fieldwork,Johnson,Livingstone,Paddick,Others\n"
                        + "ICM (average of two waves),28 Mar – 1 Apr 2008,42,41,10,–\n");
        try (PollStore fresh = PollStore.open(dir.resolve("known.db"))) {
            ingester().ingest(file.toString(), fresh, london2008().withAcceptNewPollsters(true));
            assertThat(fresh.polls(PollQuery.of("london-2008"))).singleElement().satisfies(p -> {
                // The firm's own house, not one of "ICM (average of two waves)"; the cell stays its name as
                // published.
                assertThat(p.poll().pollster()).isEqualTo("ICM");
                assertThat(p.poll().publishedAs()).isEqualTo("ICM (average of two waves)");
            });
        }
    }

    /**
     * A firm's survey of another kind on the same day ("YouGov (MRP)" beside YouGov's poll) is a poll of its own, in
     * the firm's house: the bracket is kept as its client, so the two keys differ (read as YouGov alone, the file was
     * refused as holding the same poll twice).
     */
    @Test
    void aKnownFirmsBracketedSurveyBesideItsPollOfTheSameDayIsAPollOfItsOwn() throws IOException {
        Path file = write(
                "mrp.csv",
                "Pollster,Fieldwork,Johnson,Livingstone,Paddick,Others\n"
                        + "ICM (average of two waves),28 Mar – 1 Apr 2008,42,41,10,–\n"
                        + "ICM,28 Mar – 1 Apr 2008,43,40,11,–\n");
        try (PollStore fresh = PollStore.open(dir.resolve("mrp.db"))) {
            ingester().ingest(file.toString(), fresh, london2008().withAcceptNewPollsters(true));
            assertThat(fresh.polls(PollQuery.of("london-2008")))
                    .extracting(p -> p.poll().pollster() + "|" + p.poll().client())
                    .containsExactlyInAnyOrder("ICM|average of two waves", "ICM|");
        }
    }

    /**
     * Derived columns a CSV keeps from a published table are ignored as the HTML reader ignores them: read as
     * options, "Lead (Con)" named Johnson twice and "Lead (pts)" named no one. (ICM for The Guardian, M2008-05.)
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"Lead (pts)|1", "Lead (Con)|1", "Margin of error|±3"})
    void leadAndMarginColumnsAreIgnoredInACsvToo(String header, String cell) throws IOException {
        Path file = write(
                "lead.csv",
                "pollster,client,Fieldwork,Sample size,Johnson,Livingstone,Paddick," + header
                        + "\nICM,The Guardian,28 Mar – 1 Apr 2008,\"1,002\",42,41,10," + cell + "\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.duplicates()).isEqualTo(1); // the bundled M2008-05, same figures
    }

    @Test
    void optionNotInTheElectionSuggestsTheClosest() throws IOException {
        Path file = write("polls.csv", HEADER.replace("livingstone", "Livingston") + "\n" + GOOD + "\n");
        assertRejected(
                file,
                "london-2008",
                file + ":2: field 'Livingston': unknown candidate 'Livingston' in mayor; did you mean 'livingstone'?");
        Path khan = write("khan.csv", HEADER.replace("paddick", "Sadiq Khan") + "\n" + GOOD + "\n");
        assertRejected(khan, "london-2008", khan + ":2: field 'Sadiq Khan': unknown candidate 'Sadiq Khan'");
    }

    @Test
    void headersNamingACandidateOverHisPartyAreTheMayorsPoll() throws IOException {
        // 'Johnson (Con)' is the mayoral candidate and, word by word, the Assembly party; for the Mayor both words
        // mean Johnson, for the Assembly only 'Con' means anything: the Mayor's poll (Wikipedia heads its columns
        // this way).
        Path file = write("c.csv", "pollster,fieldwork_end,Johnson (Con),Livingstone (Lab)\nICM,2008-04-22,44,40\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008());
        assertThat(r.rejected()).isEmpty();
        assertThat(store.polls(PollQuery.of("london-2008")).stream()
                        .map(StoredPoll::poll)
                        .filter(p -> p.pollster().equals("ICM") && p.date().equals(java.time.LocalDate.of(2008, 4, 22)))
                        .toList())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.contest()).isEqualTo("mayor");
                    assertThat(p.shares()).containsEntry("johnson", 44.0).containsEntry("livingstone", 40.0);
                });
    }

    @Test
    void aCandidateOfAnotherElectionIsNamedWhenNoContestFits() throws IOException {
        Path file = write("k.csv", "pollster,fieldwork_end,johnson,Khan\nICM,2008-04-22,44,40\n");
        assertRejected(
                file,
                "london-2008",
                file + ":2: field 'Khan': unknown candidate 'Khan' in mayor",
                "(is london-2008 the right election?)");
        // Names that fit no contest at all are still listed together under the contest.
        Path none = write("n.csv", "pollster,fieldwork_end,Obama,Khan\nICM,2008-04-22,44,40\n");
        assertRejected(
                none,
                "london-2008",
                none + ":2: field 'contest': cannot tell which contest of london-2008 this poll is about: 'Obama',"
                        + " 'Khan' are no candidates or parties of any of its contests (is london-2008 the right"
                        + " election?)");
    }

    /**
     * With no contest or scope column, a misspelt name (Paddik) fitted no contest, and the file was refused as "cannot
     * tell which contest", the misspelling named but not where it was nor what was meant. The poll's other names are
     * the Mayor's: the name is now said in its column with the closest candidate, as when the contest is given.
     */
    @Test
    void aMisspeltNameWithoutAContestColumnIsSaidInItsColumn() throws IOException {
        Path file = write("p.csv", "pollster,fieldwork_end,Johnson,Livingstone,Paddik\nICM,2008-04-22,44,40,10\n");
        assertRejected(
                file,
                "london-2008",
                file
                        + ":2: field 'Paddik': unknown candidate 'Paddik' in mayor; did you mean 'paddick'? (is london-2008"
                        + " the right election?)");
    }

    @Test
    void sharesWrittenAsFractionsAreRejected() throws IOException {
        // 44% exported from a spreadsheet as 0.44: stored, it was a partial poll with Johnson on 0.44%.
        Path file = write("f.csv", "pollster,fieldwork_end,johnson,livingstone\nICM,2008-04-22,0.44,0.40\n");
        assertRejected(
                file,
                "london-2008",
                file + ":2: field 'share': shares of this first_pref poll sum to 0.84: every figure is 1 or less,"
                        + " as if written as fractions of 1");
    }

    @Test
    void futurePollIsRejected() throws IOException {
        // The clock says 2026-11-25; london-2028 is in 2028, so a 2027 poll cannot exist yet.
        Path file = write(
                "future.csv", "pollster,fieldwork_end,scope,lab,con,other\nYouGov,2027-01-10,first_pref,40,30,30\n");
        assertRejected(
                file,
                "london-2028",
                file + ":2: field 'fieldwork_end': 2027-01-10 is in the future (today is 2026-11-25)");
    }

    /**
     * A poll dated on or before the election before this one (its baseline) is no poll of it: a 2019 party-level poll
     * ingested with --election london-2028, two elections on, was stored and averaged into 2028's forecast.
     */
    @Test
    void pollBeforeTheBaselineElectionIsRejected() throws IOException {
        Path file =
                write("old.csv", "pollster,fieldwork_end,scope,lab,con,other\nYouGov,2019-05-02,first_pref,40,30,30\n");
        assertRejected(
                file,
                "london-2028",
                file + ":2: field 'fieldwork_end': 2019-05-02 is not after london-2024 (2024-05-02), the election"
                        + " before london-2028 (its baseline): a poll of london-2024 or an earlier election, not of"
                        + " london-2028 (is the date or the election wrong?)");
    }

    @Test
    void publishedBeforeFieldworkEnded() throws IOException {
        Path file = write(
                "p.csv",
                "pollster,fieldwork_end,published,johnson,livingstone,other\nICM,2008-04-22,2008-04-20,44,40,16\n");
        assertRejected(
                file,
                "london-2008",
                file + ":2: field 'published': published 2008-04-20, before fieldwork ended (2008-04-22)");
    }

    @Test
    void missingRequiredColumns() throws IOException {
        Path noPollster = write("a.csv", "client,fieldwork_end,johnson,livingstone\nX,2008-04-22,44,40\n");
        assertRejected(noPollster, "london-2008", noPollster + ":1: missing required column 'pollster'");
        // Polling sites head the firms' column "Source", which here names the citation column: the message says so.
        Path source = write("s.csv", "Source,fieldwork_end,johnson,livingstone\nICM,2008-04-22,44,40\n");
        assertRejected(
                source,
                "london-2008",
                source + ":1: missing required column 'pollster'; the column 'Source' is read as the citation",
                "head it 'Pollster' or 'Poll source'");
        Path noDate = write("b.csv", "pollster,johnson,livingstone\nICM,44,40\n");
        assertRejected(noDate, "london-2008", noDate + ":1: missing required column 'fieldwork_end'");
        Path noShare = write("c.csv", "pollster,fieldwork_end,candidate_or_party,value2\nICM,2008-04-22,Johnson,44\n");
        assertRejected(noShare, "london-2008", noShare + ":1: missing required column 'share'");
        Path noOptions = write("d.csv", "pollster,fieldwork_end,sample_size\nICM,2008-04-22,1000\n");
        assertRejected(noOptions, "london-2008", noOptions + ":1: no option columns");
        Path empty = write("e.csv", "");
        assertRejected(empty, "london-2008", empty + ":1: empty file");
    }

    @Test
    void longRowsOfOnePollMustAgree() throws IOException {
        Path file = write("long.csv", """
                year,pollster,client,fieldwork_end,sample_size,scope,candidate_or_party,share,poll_id
                2008,ICM,X,2008-04-22,1000,first_pref,Boris Johnson,44,P1
                2008,ICM,X,2008-04-22,1003,first_pref,Ken Livingstone,40,P1
                """);
        assertRejected(file, null, file + ":3: field 'sample_size': '1003' but line 2 of the same poll says '1000'");
    }

    @Test
    void longFileWithUnknownYear() throws IOException {
        Path file = write(
                "long.csv", "year,pollster,fieldwork_end,candidate_or_party,share\n2009,ICM,2009-04-22,Johnson,44\n");
        assertRejected(file, null, file + ":2: field 'year': no election defined in 2009");
    }

    @Test
    void htmlProblemsNameTableRowAndColumn() throws IOException {
        String page = Files.readString(Path.of("src/test/resources/ingest/wikipedia-london-2008.html"));
        Path file = write("page.html", page.replace(">Paddick</a>", ">Padick</a>"));
        // Row 8 is the first row with a Paddick figure (rows 4 and 6 leave it blank or "–").
        assertRejected(
                file,
                "london-2008",
                file + ":table 1 row 8: field 'Padick': unknown candidate 'Padick' in mayor; did you mean 'paddick'?");
        Path noTables = write("none.html", "<html><body><p>No polls here</p></body></html>");
        assertRejected(noTables, "london-2008", "no poll table found");
    }

    @Test
    void aPageTitleNamingAnotherElectionIsCaught() throws IOException {
        Path file =
                write("page.html", Files.readString(Path.of("src/test/resources/ingest/wikipedia-london-2008.html")));
        assertRejected(file, "london-2012", "field 'page title': 2008 but --election london-2012 is held in 2012");
    }

    @Test
    void skipInvalidStoresTheValidRowsAndReportsTheRest() throws IOException {
        Path file = wide("ICM,Other client,2008-04-20,2008-04-22,1000,first_pref,143,40,10,6");
        IngestReport r = ingester().ingest(file.toString(), store, london2008().withSkipInvalid(true));
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.rejected()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("johnson");
        });
        assertThat(store.polls(PollQuery.of("london-2008"))).hasSize(25);
    }

    @Test
    void skipInvalidRejectsALongPollWhoseRowsDisagreeWithAllItsRows() throws IOException {
        Path file = write("long.csv", """
                year,pollster,client,fieldwork_end,sample_size,scope,candidate_or_party,share,poll_id
                2008,ICM,X,2008-04-22,1000,first_pref,Boris Johnson,44,P1
                2008,ICM,X,2008-04-22,1003,first_pref,Ken Livingstone,40,P1
                2008,ICM,Y,2008-04-22,1000,first_pref,Boris Johnson,45,P2
                2008,ICM,Y,2008-04-22,1000,first_pref,Ken Livingstone,41,P2
                """);
        IngestReport r = ingester()
                .ingest(file.toString(), store, IngestSettings.withDefaults().withSkipInvalid(true));
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.rejectedPolls()).singleElement().satisfies(p -> {
            assertThat(p.rows().header()).startsWith("year", "pollster", "client");
            assertThat(p.rows().rows()).extracting(row -> row.location().line()).containsExactly(2, 3);
            assertThat(p.rows().rows().get(1).cells())
                    .containsExactly(
                            "2008", "ICM", "X", "2008-04-22", "1003", "first_pref", "Ken Livingstone", "40", "P1");
            assertThat(p.reason())
                    .isEqualTo("line 3: field 'sample_size': '1003' but line 2 of the same poll says '1000'");
        });
    }

    @Test
    void skipInvalidKeepsAnHtmlRowUnderItsTableLabels() throws IOException {
        String page = Files.readString(Path.of("src/test/resources/ingest/wikipedia-london-2008.html"));
        Path file = write("page.html", page.replace(">Paddick</a>", ">Padick</a>"));
        IngestReport r = ingester().ingest(file.toString(), store, london2008().withSkipInvalid(true));
        assertThat(r.rejectedPolls())
                .filteredOn(p -> p.reason().contains("Padick"))
                .hasSize(8)
                .allSatisfy(p -> {
                    assertThat(p.rows().header()).anyMatch(h -> h.endsWith("Padick"));
                    assertThat(p.rows().rows()).singleElement().satisfies(row -> {
                        assertThat(row.location().table()).isPositive();
                        assertThat(row.cells()).hasSameSizeAs(p.rows().header());
                    });
                });
        // Table 2 has first- and second-round columns: its labels keep the group.
        assertThat(r.rejectedPolls())
                .anySatisfy(p -> assertThat(p.rows().header()).contains("Second round Johnson"));
    }

    @Test
    void dryRunStoresNothing() throws IOException {
        Path file = write("ok.csv", HEADER + "\n" + GOOD + "\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008().withDryRun(true));
        assertThat(r.valid()).isEqualTo(1);
        assertThat(r.dryRun()).isTrue();
        assertThat(store.polls(PollQuery.of("london-2008"))).isEqualTo(before);
    }

    @Test
    void partialPollsAreValidAndFlagged() throws IOException {
        // Paddick shown as "–" and no Others figure: 46 + 35 = 81 is real (YouGov, 28 April 2008), stored as partial.
        Path file = write("partial.csv", HEADER + "\nYouGov,Other client,,2008-04-27,,first_pref,46,35,–,\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008());
        assertThat(r.added()).isEqualTo(1);
        assertThat(store.polls(PollQuery.of("london-2008").withPollster("YouGov")).stream()
                        .filter(sp -> sp.poll().client().equals("Other client"))
                        .findFirst()
                        .orElseThrow()
                        .poll()
                        .partial())
                .isTrue();
    }

    /**
     * Korean tables name a consortium as one firm ("Embrain Public, Kstat Research, Korea Research, Hankook Research",
     * the National Barometer Survey): joined by commas, the note's list of new firms read as one firm per comma (15
     * names for "10 pollsters"). Where a name holds a comma, the names are joined by semicolons.
     */
    @Test
    void newFirmsWhoseNamesHoldCommasAreListedApart() throws IOException {
        Path file = write(
                "consortium.csv",
                HEADER + "\n\"Embrain Public, Kstat Research\",,2008-04-20,2008-04-22,1000,"
                        + "first_pref,44,40,10,6\nAcme Polling,,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008());
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.notes())
                .anyMatch(n -> n.contains("2 pollsters the alias table does not know, stored as written: "
                        + "Embrain Public, Kstat Research; Acme Polling ("));
    }

    /**
     * A firm named only by a row that was refused was stored as nothing: the note names the firms of the polls stored.
     * The Israeli table's "Pre-election seats" row, refused as no date, named its first seat count "38" a pollster
     * "stored as written" (a blind trial).
     */
    @Test
    void aFirmOfARefusedRowOnlyIsNotSaidToBeStored() throws IOException {
        Path file = write(
                "refused.csv",
                HEADER + "\nAcme Polling,,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6\n"
                        + "Zenith Surveys,,not a date,,1000,first_pref,44,40,10,6\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008().withSkipInvalid(true));
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.newPollsters()).containsExactly("Acme Polling");
    }

    /**
     * Nor is a refused row's firm noted as named like a firm stored before: the Slovak table's exit-poll row, "RTVS +
     * Median", was so noted beside Median's polls, though nothing of it was stored (a blind trial).
     */
    @Test
    void aRefusedRowsFirmIsNotNotedAsNamedLikeAStoredOne() throws IOException {
        Path file = write(
                "near.csv",
                HEADER + "\nAcme Polling,,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6\n"
                        + "TV + Acme Polling,,not a date,,1000,first_pref,44,40,10,6\n"
                        + "Acme Polling Research,,2008-04-10,2008-04-12,1000,first_pref,45,39,10,6\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008().withSkipInvalid(true));
        assertThat(r.added()).isEqualTo(2);
        assertThat(String.join("\n", r.notes()))
                .contains("Acme Polling Research (Acme Polling)")
                .doesNotContain("TV + Acme Polling");
    }

    /**
     * A firm the alias table has never heard of is a new firm: stored as written, and the report names it (a blind
     * table's one unknown firm used to refuse every poll of the file unless --new-pollsters was given). A near miss of a
     * known firm is more likely that firm misspelt, and is refused, saying which, unless --new-pollsters is given.
     */
    @Test
    void aNewFirmIsStoredAsWrittenAndANearMissOfAKnownOneIsRefused() throws IOException {
        Path typo = write("typo.csv", HEADER + "\nYuoGov,,2008-04-21,2008-04-23,1000,first_pref,44,40,10,6\n");
        assertRejected(typo, "london-2008", "unknown pollster 'YuoGov'; did you mean 'YouGov'?", "--new-pollsters");

        Path file = write("new.csv", HEADER + "\nAcme Polling,,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6\n");
        IngestReport r = ingester().ingest(file.toString(), store, london2008());
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.newPollsters()).containsExactly("Acme Polling");
        assertThat(r.notes()).anyMatch(n -> n.contains("stored as written: Acme Polling"));
        assertThat(store.polls(PollQuery.of("london-2008").withPollster("Acme Polling")))
                .hasSize(1);

        IngestReport forced =
                ingester().ingest(typo.toString(), store, london2008().withAcceptNewPollsters(true));
        assertThat(forced.added()).isEqualTo(1);
        assertThat(forced.newPollsters()).containsExactly("YuoGov");

        // A known firm is no new one.
        Path known = write("known.csv", HEADER + "\nICM,,2008-04-21,2008-04-23,1000,first_pref,44,40,10,6\n");
        assertThat(ingester().ingest(known.toString(), store, london2008()).newPollsters())
                .isEmpty();
    }
}
