package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Golden tests: the bundled poll files and one fixture per format ingest to the known polls, and the formats
 * agree with each other where they hold the same polls. Figures come from data/results/SOURCES.md sources.
 */
class IngestGoldenTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1} polls")
    @CsvSource({
        "london-2000, 3",
        "london-2004, 5",
        "london-2008, 24",
        "london-2012, 35",
        "london-2016, 19",
        "london-2021, 19",
        "london-2028, 7"
    })
    void everyBundledFileIngestsCompletely(String election, int expected) {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester()
                    .ingest(
                            "data/polls/" + election + ".csv",
                            store,
                            IngestSettings.withDefaults().withElection(CATALOG.resolve(election)));
            assertThat(r.format()).isEqualTo(PollFormat.WIDE_CSV);
            assertThat(r.valid()).isEqualTo(expected);
            assertThat(r.added()).isEqualTo(expected);
            assertThat(r.rejected()).isEmpty();
            List<StoredPoll> polls = store.polls(PollQuery.of(election));
            assertThat(polls).hasSize(expected);
            for (StoredPoll sp : polls) {
                Poll p = sp.poll();
                assertThat(p.shareSum()).as("%s", p.key()).isBetween(p.partial() ? 0.0 : 90.0, 102.0);
                assertThat(p.date()).isBeforeOrEqualTo(CATALOG.resolve(election).date());
            }
        }
    }

    @Test
    void finalPollOf2008IsYouGovsPollingDayPoll() {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester().ingest("data/polls/london-2008.csv", store, IngestSettings.withDefaults());
            List<StoredPoll> polls = store.polls(PollQuery.of("london-2008").withSince(LocalDate.of(2008, 5, 1)));
            assertThat(polls).extracting(sp -> sp.poll().scope()).containsExactly(Scope.FIRST_PREF, Scope.RUNOFF);
            Poll first = polls.get(0).poll();
            // FAIRVOTE-ES2008-05-01: Johnson 43, Livingstone 36 (Paddick not reported), run-off 53-47.
            assertThat(first.pollster()).isEqualTo("YouGov");
            assertThat(first.client()).isEqualTo("Evening Standard");
            assertThat(first.shares()).containsExactly(Map.entry("johnson", 43.0), Map.entry("livingstone", 36.0));
            assertThat(first.partial()).isTrue();
            assertThat(polls.get(1).poll().shares())
                    .containsExactly(Map.entry("johnson", 53.0), Map.entry("livingstone", 47.0));
        }
    }

    @Test
    void rawSharedLongFileGivesTheSamePollsAsTheBundledFiles() {
        // The long file exactly as in shared/data holds 103 mayoral polls; ten have no date at all and are
        // rejected. The other 93 must equal the bundled canonical polls (which were converted from it).
        try (PollStore raw = PollStore.open(dir.resolve("raw.db"));
                PollStore bundled = PollStore.open(dir.resolve("b.db"))) {
            IngestReport r = ingester()
                    .ingest(
                            fixture("london_mayor_polls.csv"),
                            raw,
                            IngestSettings.withDefaults().withSkipInvalid(true));
            assertThat(r.format()).isEqualTo(PollFormat.LONG_CSV);
            assertThat(r.valid()).isEqualTo(93);
            assertThat(r.rejected())
                    .hasSize(10)
                    .allSatisfy(p -> assertThat(p.message()).startsWith("no date"));
            // The first line of each undated poll (checked by hand against the file).
            assertThat(r.rejected())
                    .extracting(p -> p.location().line())
                    .containsExactly(2, 4, 17, 35, 50, 54, 62, 64, 67, 262);
            int checked = 0;
            for (String election : List.of(
                    "london-2000",
                    "london-2004",
                    "london-2008",
                    "london-2012",
                    "london-2016",
                    "london-2021",
                    "london-2028")) {
                ingester().ingest("data/polls/" + election + ".csv", bundled, IngestSettings.withDefaults());
                Map<String, Poll> byId = byExternalId(bundled.polls(PollQuery.of(election)));
                for (StoredPoll sp : raw.polls(PollQuery.of(election))) {
                    Poll fromRaw = sp.poll();
                    Poll canonical = byId.get(fromRaw.externalId() + "/" + fromRaw.scope());
                    assertThat(canonical).as(fromRaw.externalId()).isNotNull();
                    assertThat(canonical.sameFigures(fromRaw))
                            .as(fromRaw.externalId())
                            .isTrue();
                    assertThat(canonical.shares()).isEqualTo(fromRaw.shares());
                    assertThat(canonical.datePrecision())
                            .as(fromRaw.externalId())
                            .isEqualTo(fromRaw.datePrecision());
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(93);
        }
    }

    /** The polls the bundled files leave out, as data/polls/README.md lists them: no date, or no pollster. */
    private static final Set<String> DOCUMENTED_REJECTS = Set.of(
            "M2000-01/first_pref",
            "M2000-02/first_pref",
            "M2004-02/runoff",
            "M2008-03/first_pref",
            "M2008-06/first_pref",
            "M2008-06/runoff",
            "M2008-08/runoff",
            "M2008-09/first_pref",
            "M2008-09/runoff",
            "M2021-01/first_pref",
            "W2029-01/westminster");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"london-2016, 2016, 19", "london-2021, 2021, 19", "london-2028, 2028, 7"})
    void bundledPollsAreTheSharedFilesPollsMinusTheDocumentedRejects(String election, int year, int expected)
            throws IOException {
        // The shared files' polls of this election (one per poll_id and scope; Westminster rows, whatever their
        // general-election year, belong to 2028), less the documented rejects, are exactly the bundled polls.
        Set<String> shared = new TreeSet<>();
        for (String file :
                List.of("london_mayor_polls.csv", "london_assembly_polls.csv", "london_westminster_polls.csv")) {
            try (Reader in = Files.newBufferedReader(Path.of(fixture(file)))) {
                for (CSVRecord r : CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
                    boolean westminster = r.get("scope").equals("westminster");
                    String id = r.get("poll_id") + "/" + r.get("scope");
                    if ((westminster ? year == 2028 : Integer.parseInt(r.get("year")) == year)
                            && !DOCUMENTED_REJECTS.contains(id)) {
                        shared.add(id);
                    }
                }
            }
        }
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester().ingest("data/polls/" + election + ".csv", store, IngestSettings.withDefaults());
            assertThat(r.rejected()).isEmpty();
            Set<String> bundled = new TreeSet<>(
                    byExternalId(store.polls(PollQuery.of(election))).keySet());
            assertThat(bundled).hasSize(expected).isEqualTo(shared);
        }
    }

    @Test
    void westminsterPollsOfTheBundleAreThoseOfTheSharedFile() {
        try (PollStore raw = PollStore.open(dir.resolve("raw.db"));
                PollStore bundled = PollStore.open(dir.resolve("b.db"))) {
            IngestReport r = ingester()
                    .ingest(
                            fixture("london_westminster_polls.csv"),
                            raw,
                            IngestSettings.withDefaults()
                                    .withElection(CATALOG.resolve("london-2028"))
                                    .withSkipInvalid(true));
            assertThat(r.rejected())
                    .singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("pollster"));
            ingester().ingest("data/polls/london-2028.csv", bundled, IngestSettings.withDefaults());
            Map<String, Poll> byId = byExternalId(bundled.polls(PollQuery.of("london-2028")));
            List<StoredPoll> westminster = raw.polls(PollQuery.of("london-2028"));
            assertThat(westminster).hasSize(5);
            for (StoredPoll sp : westminster) {
                Poll canonical =
                        byId.get(sp.poll().externalId() + "/" + sp.poll().scope());
                assertThat(canonical).as(sp.poll().externalId()).isNotNull();
                assertThat(canonical.sameFigures(sp.poll()))
                        .as(sp.poll().externalId())
                        .isTrue();
            }
        }
    }

    @Test
    void assemblyLongFileKeepsScopes() {
        try (PollStore store = PollStore.open(dir.resolve("a.db"))) {
            IngestReport r =
                    ingester().ingest(fixture("london_assembly_polls.csv"), store, IngestSettings.withDefaults());
            assertThat(r.valid()).isEqualTo(5);
            List<StoredPoll> polls = store.polls(PollQuery.of("london-2012"));
            assertThat(polls).extracting(sp -> sp.poll().contest()).containsOnly("assembly");
            assertThat(polls)
                    .extracting(sp -> sp.poll().scope())
                    .containsExactlyInAnyOrder(Scope.CONSTITUENCY, Scope.LIST, Scope.CONSTITUENCY, Scope.LIST);
            Poll list = polls.stream()
                    .map(StoredPoll::poll)
                    .filter(p -> p.scope() == Scope.LIST && p.date().getDayOfMonth() == 29)
                    .findFirst()
                    .orElseThrow();
            assertThat(list.shares())
                    .containsExactly(
                            Map.entry("con", 30.0),
                            Map.entry("lab", 44.0),
                            Map.entry("ld", 8.0),
                            Map.entry("ukip", 8.0),
                            Map.entry("grn", 5.0),
                            Map.entry("bnp", 2.0));
            assertThat(store.polls(PollQuery.of("london-2004")))
                    .singleElement()
                    .satisfies(sp -> assertThat(sp.poll().scope()).isEqualTo(Scope.UNSPECIFIED));
        }
    }

    @Test
    void spreadsheetWideCsvMatchesTheBundledPolls() {
        try (PollStore sheet = PollStore.open(dir.resolve("w.db"));
                PollStore bundled = PollStore.open(dir.resolve("b.db"))) {
            IngestReport r = ingester()
                    .ingest(
                            fixture("spreadsheet-london-2012.csv"),
                            sheet,
                            IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2012")));
            assertThat(r.format()).isEqualTo(PollFormat.WIDE_CSV);
            assertThat(r.valid()).isEqualTo(10);
            ingester().ingest("data/polls/london-2012.csv", bundled, IngestSettings.withDefaults());
            Map<String, Poll> canonical = bundled.polls(PollQuery.of("london-2012")).stream()
                    .map(StoredPoll::poll)
                    .collect(Collectors.toMap(p -> p.key().toString(), Function.identity()));
            for (StoredPoll sp : sheet.polls(PollQuery.of("london-2012"))) {
                Poll p = sp.poll();
                assertThat(canonical).containsKey(p.key().toString());
                assertThat(p.shares())
                        .as(p.key().toString())
                        .isEqualTo(canonical.get(p.key().toString()).shares());
                assertThat(p.sampleSize())
                        .isEqualTo(canonical.get(p.key().toString()).sampleSize());
                assertThat(p.citation()).isNotBlank();
            }
        }
    }

    @Test
    void htmlPollTablesGiveExactlyTheExpectedPolls() throws IOException {
        assertPageGivesExactly("wikipedia-london-2008", CATALOG.resolve("london-2008"));
    }

    private void assertPageGivesExactly(String page, Election election) throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(dir, page, election, IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
    }

    /**
     * Pages in the markup of the encyclopedia's 2016, 2021 and 2024 London mayoral election articles, each in
     * another layout: run-offs as grouped columns (2016) or as a second line whose pollster and date cells span
     * both (2021), candidates over party colour bars or party names over candidates, month-only dates, a year
     * divider written as a header cell, the result at the top. Given the election or not (the page title
     * names it), every poll comes out as the expected file lists it, and nothing else.
     */
    @ParameterizedTest(name = "{0}, election given: {1}")
    @CsvSource({
        "wikipedia-london-2016, true",
        "wikipedia-london-2016, false",
        "wikipedia-london-2021, true",
        "wikipedia-london-2021, false",
        "wikipedia-london-2024, true",
        "wikipedia-london-2024, false"
    })
    void mayoralElectionPagesGiveExactlyTheExpectedPolls(String page, boolean electionGiven) throws IOException {
        String election = "london-" + page.substring(page.length() - 4);
        assertPageGivesExactly(page, electionGiven ? CATALOG.resolve(election) : null);
    }

    /**
     * A page in the layout of UK Polling Report's "London Mayor 2012" (http://ukpollingreport.co.uk/london-mayor-2012),
     * a polling site rather than an encyclopedia: header cells written as bold {@code td} cells, a bold line above
     * each table for its title, {@code Survey} (pollster/client in one cell), {@code End Date} only, {@code dd/mm/yy}
     * dates, {@code (%)} after every name, and a second table, "Projected Second Round Result", whose rows are the
     * run-offs of the first table's polls (and one, TNS-BMRB's, with no first-preference line), with a "Johnson Lead"
     * column. Given the election or not (the page title names it), every poll comes out as the expected file lists it.
     */
    @ParameterizedTest(name = "election given: {0}")
    @CsvSource({"true", "false"})
    void pollingSitePageGivesExactlyTheExpectedPolls(boolean electionGiven) throws IOException {
        assertPageGivesExactly("ukpollingreport-london-2012", electionGiven ? CATALOG.resolve("london-2012") : null);
    }

    @Test
    void projectedSecondRoundRowsAreTheRunOffsOfTheFirstPreferencePolls() {
        // Each run-off of the second table is stored under the key of its first-preference poll (pollster, client,
        // date), scope runoff: 15 of the 16 pair up; TNS-BMRB (16 Apr) is on the second table only.
        try (PollStore store = PollStore.open(dir.resolve("u.db"))) {
            ingester()
                    .ingest(
                            fixture("ukpollingreport-london-2012.html"),
                            store,
                            IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2012")));
            List<Poll> polls = store.polls(PollQuery.of("london-2012")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            Set<String> firstPreferences = polls.stream()
                    .filter(p -> p.scope() == Scope.FIRST_PREF)
                    .map(p -> p.pollster() + "|" + p.client() + "|" + p.date())
                    .collect(Collectors.toSet());
            List<String> unpaired = polls.stream()
                    .filter(p -> p.scope() == Scope.RUNOFF)
                    .map(p -> p.pollster() + "|" + p.client() + "|" + p.date())
                    .filter(k -> !firstPreferences.contains(k))
                    .toList();
            assertThat(polls).filteredOn(p -> p.scope() == Scope.RUNOFF).hasSize(16);
            assertThat(unpaired).containsExactly("TNS-BMRB||2012-04-16");
        }
    }

    @Test
    void htmlPageTitleNamesTheElection() {
        // Without --election, the page title ("... the 2008 London mayoral election") picks london-2008, and the
        // dates without a year ("28 Apr") take theirs from the section heading.
        try (PollStore store = PollStore.open(dir.resolve("h.db"))) {
            IngestReport r =
                    ingester().ingest(fixture("wikipedia-london-2008.html"), store, IngestSettings.withDefaults());
            assertThat(store.polls(PollQuery.of("london-2008")))
                    .extracting(sp -> sp.poll().date().getYear())
                    .containsOnly(2008);
            assertThat(r.added()).isEqualTo(18);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "london_mayor_polls.csv, LONG_CSV",
        "spreadsheet-london-2012.csv, WIDE_CSV",
        "wikipedia-london-2008.html, HTML",
        "wikipedia-london-2016.html, HTML",
        "wikipedia-london-2021.html, HTML",
        "wikipedia-london-2024.html, HTML",
        "ukpollingreport-london-2012.html, HTML"
    })
    void detectsFormatByContent(String file, PollFormat format) throws IOException {
        assertThat(PollFormat.detect(Files.readString(Path.of(fixture(file))))).isEqualTo(format);
    }

    private static Map<String, Poll> byExternalId(List<StoredPoll> polls) {
        return polls.stream()
                .map(StoredPoll::poll)
                .collect(Collectors.toMap(p -> p.externalId() + "/" + p.scope(), Function.identity()));
    }
}
