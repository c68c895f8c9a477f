package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** The command line through {@link Main#run}: output, formats, filters, exit statuses and error messages. */
class CliTest {
    private static final List<String> ELECTION_IDS = List.of(
            "london-2000",
            "london-2004",
            "london-2008",
            "london-2012",
            "london-2016",
            "london-2021",
            "london-2024",
            "london-2028");
    private static final String WIDE_HEADER =
            "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,johnson,livingstone,paddick,other\n";
    private static final String VALID_1 =
            "london-2008,mayor,first_pref,YouGov,Cli Client 1,2008-04-08,2008-04-10,1000,45,40,10,5\n";
    private static final String BAD_143 =
            "london-2008,mayor,first_pref,ICM,Cli Client 2,2008-04-09,2008-04-11,900,143,41,10,5\n";
    private static final String VALID_3 =
            "london-2008,mayor,first_pref,MRUK,Cli Client 3,2008-04-10,2008-04-12,800,44,41,10,5\n";

    @TempDir
    Path tmp;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    private String db(String name) {
        return tmp.resolve(name).toString();
    }

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(
                new StringReader(text),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return p.getRecords();
        }
    }

    private static List<String> csvHeader(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(
                new StringReader(text),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return p.getHeaderNames();
        }
    }

    private static int count(String dbFile, String election) {
        try (PollStore store = PollStore.open(Path.of(dbFile))) {
            return store.count(election);
        }
    }

    private static List<StoredPoll> polls(String dbFile, String election) {
        try (PollStore store = PollStore.open(Path.of(dbFile))) {
            return store.polls(PollQuery.of(election));
        }
    }

    private static void assertNoStackTrace(Run r) {
        assertThat(r.err()).doesNotContain("at org.").doesNotContain("at java.").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("at org.");
    }

    // ---------------------------------------------------------------- polls

    @Test
    void pollsLoadsTheBundledPollsOnceAndListsThem() {
        String db = db("polls.db");
        Run first = run("polls", "london-2008", "--db", db);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.errLines())
                .singleElement()
                .asString()
                .contains("loaded 24 bundled polls")
                .contains("london-2008");
        assertThat(first.out())
                .contains("24 polls")
                .contains("Ipsos MORI")
                .contains("YouGov")
                .contains("2008-05-01")
                .contains("johnson")
                .contains("livingstone");
        long dataRows = first.out()
                .lines()
                .filter(l -> l.matches("\\s*\\d{4}-\\d{2}-\\d{2}\\s*\\|.*"))
                .count();
        assertThat(dataRows).isEqualTo(24);

        Run second = run("polls", "london-2008", "--db", db);
        assertThat(second.status()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(count(db, "london-2008")).isEqualTo(24);
    }

    /**
     * {@code ingest} names its election with {@code --election}; users went on to type {@code polls --election X} and
     * {@code average --election X} and were told "Unknown option" (two blind trials). Either way is one election; two
     * different ones, or none, is a usage error of one line.
     */
    @Test
    void theElectionMayBeNamedWithElectionAsIngestNamesIt() {
        String db = db("named.db");
        Run byArgument = run("polls", "london-2008", "--db", db);
        Run named = run("polls", "--election", "london-2008", "--db", db);
        assertThat(named.status()).as(named.err()).isZero();
        assertThat(named.out()).isEqualTo(byArgument.out()).contains("24 polls");
        assertThat(run("average", "--election", "london-2008", "--as-of", "2008-04-24", "--db", db)
                        .status())
                .isZero();

        Run two = run("polls", "london-2008", "--election", "london-2012", "--db", db);
        assertThat(two.status()).isEqualTo(2);
        assertThat(two.err()).contains("two elections given, london-2008 and --election london-2012");
        assertNoStackTrace(two);
        Run none = run("forecast", "--db", db);
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("Missing required parameter: 'ELECTION'");
        assertNoStackTrace(none);
    }

    @Test
    void pollsAsCsvParsesWithTwentyFourRowsAndAJohnsonColumn() throws IOException {
        Run r = run("polls", "london-2008", "--db", db("csv.db"), "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.errLines()).hasSize(1); // the loading note goes to stderr, stdout stays clean CSV
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows).hasSize(24);
        assertThat(csvHeader(r.out()))
                .contains("date", "pollster", "client", "contest", "scope", "johnson", "livingstone");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("johnson")).matches("\\d+(\\.\\d+)?"));
        assertThat(rows.get(0).get("date")).isEqualTo("2008-02-12");
        assertThat(rows.get(0).get("pollster")).isEqualTo("Ipsos MORI");
        assertThat(rows.get(0).get("johnson")).isEqualTo("38");
    }

    @Test
    void pollsAsJsonHasTwentyFourPollsWithSharesAndProvenance() throws IOException {
        Run r = run("polls", "london-2008", "--db", db("json.db"), "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("election").asText()).isEqualTo("london-2008");
        JsonNode polls = root.get("polls");
        assertThat(polls.isArray()).isTrue();
        assertThat(polls.size()).isEqualTo(24);
        for (JsonNode p : polls) {
            assertThat(p.get("shares").isObject()).isTrue();
            assertThat(p.get("shares").size()).isPositive();
            assertThat(p.get("shares").has("johnson")).isTrue();
            JsonNode prov = p.get("provenance");
            assertThat(prov.get("source").asText()).endsWith("london-2008.csv");
            assertThat(prov.get("sha256").asText()).matches("[0-9a-f]{64}");
            assertThat(prov.get("location").asText()).matches("\\d+");
            assertThat(prov.get("ingestedAt").asText()).isNotBlank();
        }
        assertThat(polls.get(0).get("shares").get("johnson").asDouble()).isEqualTo(38.0);
    }

    @Test
    void pollsPollsterFilterAcceptsAnAliasInLowerCase() throws IOException {
        String db = db("filter.db");
        Run r = run("polls", "london-2008", "--db", db, "--format", "csv", "--pollster", "yougov");
        assertThat(r.status()).as(r.err()).isZero();
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows)
                .isNotEmpty()
                .hasSizeLessThan(24)
                .allSatisfy(row -> assertThat(row.get("pollster")).isEqualTo("YouGov"));
        long expected = polls(db, "london-2008").stream()
                .filter(sp -> sp.poll().pollster().equals("YouGov"))
                .count();
        assertThat(rows).hasSize((int) expected);

        Run alias = run("polls", "london-2008", "--db", db, "--format", "csv", "--pollster", "ipsos-mori");
        assertThat(alias.status()).isZero();
        assertThat(csv(alias.out()))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("pollster")).isEqualTo("Ipsos MORI"));
    }

    @Test
    void pollsSinceFilterKeepsPollsOnOrAfterTheDate() throws IOException {
        Run r = run("polls", "london-2008", "--db", db("since.db"), "--format", "csv", "--since", "2008-04-20");
        assertThat(r.status()).as(r.err()).isZero();
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows)
                .isNotEmpty()
                .hasSizeLessThan(24)
                .allSatisfy(row -> assertThat(row.get("date")).isGreaterThanOrEqualTo("2008-04-20"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get("date")).isEqualTo("2008-04-20"));

        Run bad = run("polls", "london-2008", "--db", db("since.db"), "--since", "last week");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.errLines())
                .singleElement()
                .asString()
                .contains("--since")
                .contains("last week");
    }

    /**
     * Filters that leave nothing say which one did, over the polls that are stored: "Add some with: pollcast ingest"
     * told a user with a misspelt pollster that the store was empty.
     */
    @Test
    void pollsSayWhichFilterExcludedTheStoredPolls() {
        String db = db("unmatched.db");
        run("polls", "london-2012", "--db", db);
        List<StoredPoll> stored = polls(db, "london-2012");
        String head = stored.size() + " polls of london-2012 are stored; ";

        Run typo = run("polls", "london-2012", "--db", db, "--pollster", "yougv");
        assertThat(typo.status()).as(typo.err()).isZero();
        assertThat(typo.out().strip()).isEqualTo(head + "none from pollster 'yougv' (did you mean YouGov?)");

        Run none = run("polls", "london-2012", "--db", db, "--pollster", "Ipsos MORI");
        assertThat(none.out().strip()).isEqualTo(head + "none from pollster 'Ipsos MORI'");

        String latest = stored.stream()
                .map(sp -> sp.poll().date())
                .max(java.time.LocalDate::compareTo)
                .orElseThrow()
                .toString();
        Run late = run("polls", "london-2012", "--db", db, "--since", "2012-06-01");
        assertThat(late.out().strip())
                .isEqualTo(head + "none dated on or after 2012-06-01 (the latest is dated " + latest + ")");

        // Each filter matches some polls, together none: the pollster's polls are counted and the date blamed.
        List<StoredPoll> opinium = stored.stream()
                .filter(sp -> sp.poll().pollster().equals("Opinium"))
                .toList();
        String opiniumLatest = opinium.stream()
                .map(sp -> sp.poll().date())
                .max(java.time.LocalDate::compareTo)
                .orElseThrow()
                .toString();
        Run both = run("polls", "london-2012", "--db", db, "--pollster", "opinium", "--since", "2012-05-01");
        assertThat(both.out().strip())
                .isEqualTo(head + opinium.size() + " from Opinium, none of them dated on or after 2012-05-01 (the "
                        + "latest is dated " + opiniumLatest + ")");

        // csv and json stay clean on standard output: the explanation goes to standard error.
        Run csv = run("polls", "london-2012", "--db", db, "--pollster", "yougv", "--format", "csv");
        assertThat(csv.out()).doesNotContain("stored");
        assertThat(csv.errLines())
                .containsExactly("note: " + head + "none from pollster 'yougv' (did you mean YouGov?)");

        // With no polls of the election stored at all (none bundled for london-2024), ingesting is the advice.
        Run empty = run("polls", "london-2024", "--db", db("empty.db"), "--pollster", "yougv");
        assertThat(empty.out().strip())
                .isEqualTo("No polls for london-2024. Add some with: pollcast ingest FILE --election london-2024");
    }

    @Test
    void pollsShowThatAMonthOnlyDateIsApproximate() throws IOException {
        // ComRes, final 2016 poll: the source gives May 2016 only, so it is dated the day before polling day.
        String db = db("month.db");
        Path file = write(
                "month.csv",
                "year,pollster,client,scope,candidate_or_party,share,published,poll_id\n"
                        + "2016,ComRes,ITV News London/LBC,first_pref,Sadiq Khan,45,2016-05,M2016-10\n"
                        + "2016,ComRes,ITV News London/LBC,first_pref,Zac Goldsmith,36,2016-05,M2016-10\n");
        assertThat(run("ingest", "--db", db, file.toString()).status()).isZero();

        Run table = run("polls", "london-2016", "--db", db);
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(table.out()).contains("2016-05-04").contains("month-only-date");
        Run csv = run("polls", "london-2016", "--db", db, "--format", "csv");
        assertThat(csv(csv.out())).singleElement().satisfies(row -> {
            assertThat(row.get("date")).isEqualTo("2016-05-04");
            assertThat(row.get("flags")).contains("month-only-date");
        });
        JsonNode poll = new ObjectMapper()
                .readTree(run("polls", "london-2016", "--db", db, "--format", "json")
                        .out())
                .get("polls")
                .get(0);
        assertThat(poll.get("datePrecision").asText()).isEqualTo("month");
        assertThat(poll.get("published").asText()).isEqualTo("2016-05-04");
    }

    @Test
    void pollsWithUnknownFormatExitsTwoWithOneLine() {
        Run r = run("polls", "london-2008", "--db", db("xml.db"), "--format", "xml");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("xml").contains("--format");
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
    }

    // ---------------------------------------------------------------- ingest

    @Test
    void ingestOfABadShareExitsTwoNamingFileLineAndFieldAndStoresNothing() throws IOException {
        String db = db("ingest.db");
        Path good = write("good.csv", WIDE_HEADER + VALID_3);
        assertThat(run("ingest", "--db", db, good.toString()).status()).isZero();
        List<StoredPoll> before = polls(db, "london-2008");
        assertThat(before).hasSize(1);

        Path bad = write("bad.csv", WIDE_HEADER + VALID_1 + BAD_143);
        Run r = run("ingest", "--db", db, bad.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).isNotEmpty();
        assertThat(r.errLines().get(0))
                .contains(bad + ":3:")
                .contains("johnson")
                .contains("143");
        assertNoStackTrace(r);
        assertThat(polls(db, "london-2008")).isEqualTo(before);
    }

    /**
     * A table copied from a browser keeps a header cell's line break ("Dates" over "conducted"): a message naming
     * that column was printed on two lines. (The 2024 London article's table, its last date's year mistyped.)
     */
    @Test
    void aHeaderWithALineBreakIsNamedOnOneLine() throws IOException {
        String copied = Files.readString(Path.of("src/test/resources/ingest/wikipedia-london-2024.copied.csv"));
        assertThat(copied).contains("\"Dates\nconducted\"").contains("26–30 Apr 2024");
        Path bad = write("copied.csv", copied.replace("26–30 Apr 2024", "26–30 Apr 2027"));
        Run r = run("ingest", "--db", db("copied.db"), "--election", "london-2024", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .contains(bad + ":6: field 'Dates conducted': 2027-04-30 is after the election");
        assertNoStackTrace(r);
    }

    @Test
    void ingestOfAMissingFileExitsTwo() {
        Path missing = tmp.resolve("nowhere.csv");
        Run r = run("ingest", "--db", db("missing.db"), missing.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .contains("no such file")
                .contains(missing.toString());
        assertNoStackTrace(r);
    }

    @Test
    void ingestDryRunStoresNothing() throws IOException {
        String db = db("dry.db");
        try (PollStore store = PollStore.open(Path.of(db))) {
            assertThat(store.count("london-2008")).isZero();
        }
        Path file = write("dry.csv", WIDE_HEADER + VALID_1 + VALID_3);
        Run r = run("ingest", "--dry-run", "--db", db, file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 polls").contains("dry run");
        assertThat(count(db, "london-2008")).isZero();

        // dry run on a store file that does not exist does not create it
        Path absent = tmp.resolve("absent.db");
        assertThat(run("ingest", "--dry-run", "--db", absent.toString(), file.toString())
                        .status())
                .isZero();
        assertThat(absent).doesNotExist();
    }

    /**
     * A dry run finds what a real run would against the polls already stored: those stored already, and a conflict,
     * which refuses the file as the real run does; the store file is the same to the byte after it. Before, it read
     * against an empty scratch store and said "2 polls valid" of a file the real run refused (the Philippine trial's
     * second copy of a table).
     */
    @Test
    void ingestDryRunChecksTheStoredPolls() throws IOException {
        String db = db("stored.db");
        Path first = write("first.csv", WIDE_HEADER + VALID_1);
        assertThat(run("ingest", "--db", db, first.toString()).status()).isZero();
        byte[] before = Files.readAllBytes(Path.of(db));
        Path again = write("again.csv", WIDE_HEADER + VALID_1 + VALID_3);
        Run same = run("ingest", "--dry-run", "--db", db, again.toString());
        assertThat(same.status()).as(same.err()).isZero();
        assertThat(same.out())
                .contains("2 polls valid")
                .contains("1 of them already stored")
                .contains("dry run");
        Path other = write("other.csv", WIDE_HEADER + VALID_1.replace(",45,40,", ",46,39,"));
        Run conflict = run("ingest", "--dry-run", "--db", db, other.toString());
        assertThat(conflict.status()).isEqualTo(2);
        assertThat(conflict.err()).contains("conflicts with stored polls");
        assertThat(Files.readAllBytes(Path.of(db))).isEqualTo(before);
        assertThat(count(db, "london-2008")).isEqualTo(1);
    }

    @Test
    void ingestSkipInvalidThatStoresNothingIsNotASuccess() throws IOException {
        String db = db("none.db");
        Path file = write("allbad.csv", WIDE_HEADER + BAD_143);
        Path rejects = tmp.resolve("none-rejects.csv");
        Run r = run("ingest", "--db", db, "--skip-invalid", "--rejects", rejects.toString(), file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nothing was stored: every row was rejected");
        assertThat(rejects).exists();
    }

    @Test
    void ingestSkipInvalidStoresTheValidRowsAndWritesTheRejects() throws IOException {
        String db = db("skip.db");
        Path file = write("mixed.csv", WIDE_HEADER + VALID_1 + BAD_143 + VALID_3);
        Path rejects = tmp.resolve("r.csv");

        Run r = run("ingest", "--db", db, "--skip-invalid", "--rejects", rejects.toString(), file.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 added", "1 problem skipped").contains("1 rejected row written to " + rejects);
        assertThat(polls(db, "london-2008"))
                .extracting(sp -> sp.poll().client())
                .containsExactlyInAnyOrder("Cli Client 1", "Cli Client 3");
        // The rejected row as it was in the input, every column, with the reason last.
        String text = Files.readString(rejects, StandardCharsets.UTF_8);
        assertThat(csvHeader(text)).containsExactly((WIDE_HEADER.strip() + ",reject_reason").split(","));
        assertThat(text.lines().skip(1).toList())
                .singleElement()
                .asString()
                .startsWith(BAD_143.strip() + ",")
                .contains("line 3: field 'johnson': share for 'johnson' is 143");

        // Corrected (143 was a typo for 43) and ingested as it is, reject_reason column and all.
        Files.writeString(rejects, text.replace(",143,", ",43,"));
        Run again = run("ingest", "--db", db, rejects.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 added");
        assertThat(polls(db, "london-2008"))
                .extracting(sp -> sp.poll().client())
                .containsExactlyInAnyOrder("Cli Client 1", "Cli Client 2", "Cli Client 3");
    }

    @Test
    void ingestRefusesPartyColumnsThatFitMayorAndAssemblyAndContestSaysWhich() throws IOException {
        // A new user's mayoral poll by party (Savanta, 12 March 2024): it used to go in as an Assembly poll, with
        // "1 poll, 1 added", and the forecast then said "no polls".
        String db = db("party.db");
        Path file = write(
                "savanta.csv",
                "pollster,fieldwork_end,sample_size,Labour,Conservative,Lib Dem,Green,Reform\n"
                        + "Savanta,2024-03-12,1510,51,27,10,8,2\n");

        Run refused = run("ingest", file.toString(), "--election", "london-2024", "--db", db);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.errLines().get(0))
                .startsWith("pollcast: " + file + ":2: field 'contest': cannot tell which contest of london-2024")
                .contains("add a contest column (mayor, assembly) or a scope column, or pass --contest mayor or"
                        + " --contest assembly (nothing from this file was stored)");
        assertThat(refused.errLines())
                .contains("  header: pollster,fieldwork_end,sample_size,Labour,Conservative,Lib Dem,Green,Reform");
        assertNoStackTrace(refused);
        assertThat(polls(db, "london-2024")).isEmpty();

        Run typo = run("ingest", file.toString(), "--election", "london-2024", "--contest", "mayr", "--db", db);
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err())
                .contains(
                        "pollcast: --contest: 'mayr' is no contest of london-2024; its contests: mayor," + " assembly");

        Run stored = run("ingest", file.toString(), "--election", "london-2024", "--contest", "mayor", "--db", db);
        assertThat(stored.status()).as(stored.err()).isZero();
        assertThat(stored.out())
                .contains(
                        file + " (wide-csv): 1 poll, 1 added, 0 already stored (london-2024 mayor, first preferences)");
        Run forecast = run("forecast", "london-2024", "--sims", "2000", "--db", db);
        assertThat(forecast.status()).as(forecast.err()).isZero();
        assertThat(forecast.out() + forecast.err()).doesNotContain("no polls");
    }

    @Test
    void ingestOfSeveralFilesStoresTheGoodOnesAndExitsTwoForTheBadOne() throws IOException {
        String db = db("several.db");
        Path good = write("good.csv", WIDE_HEADER + VALID_1);
        Path bad = write("bad.csv", WIDE_HEADER + VALID_3 + BAD_143);
        Run r = run("ingest", "--db", db, good.toString(), bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains(good + " (wide-csv): 1 poll, 1 added");
        assertThat(r.errLines().get(0)).contains(bad + ":3:").contains("johnson");
        assertNoStackTrace(r);
        assertThat(polls(db, "london-2008"))
                .extracting(sp -> sp.poll().client())
                .containsExactly("Cli Client 1");
    }

    @Test
    void ingestOfAConflictingPollExitsTwoAndSkipInvalidWritesItToTheRejects() throws IOException {
        String db = db("conflict.db");
        assertThat(run(
                                "ingest",
                                "--db",
                                db,
                                write("first.csv", WIDE_HEADER + VALID_1).toString())
                        .status())
                .isZero();
        Path second = write(
                "second.csv",
                WIDE_HEADER + VALID_3
                        + "london-2008,mayor,first_pref,YouGov,Cli Client 1,2008-04-08,2008-04-10,1000,47,38,10,5\n");

        Run r = run("ingest", "--db", db, second.toString());
        assertThat(r.status()).isEqualTo(2);
        // One poll in conflict, told in the singular (it said "1 poll(s) conflict").
        assertThat(r.errLines().get(0)).contains(second.toString()).contains("1 poll conflicts with stored polls");
        assertNoStackTrace(r);
        assertThat(count(db, "london-2008")).isEqualTo(1);
        Run one = run(
                "export",
                "london-2008",
                "--db",
                db,
                "--out",
                tmp.resolve("one.csv").toString());
        assertThat(one.out()).as(one.err()).contains("Wrote 1 poll of london-2008"); // not "1 polls"

        Path rejects = tmp.resolve("conflicts.csv");
        Run skip = run("ingest", "--db", db, "--skip-invalid", "--rejects", rejects.toString(), second.toString());
        assertThat(skip.status()).as(skip.err()).isZero();
        assertThat(count(db, "london-2008")).isEqualTo(2);
        assertThat(csv(Files.readString(rejects))).singleElement().satisfies(row -> {
            assertThat(row.get("client")).isEqualTo("Cli Client 1");
            assertThat(row.get("johnson")).isEqualTo("47");
            assertThat(row.get("reject_reason")).startsWith("line 3: conflicts with the stored poll");
        });
    }

    @Test
    void aStoreThatIsNotSqliteIsRefusedWithStatusTwoAndLeftUnchanged() throws IOException {
        Path notDb = write("notes.txt", "not a database\n");
        Run r = run("polls", "london-2008", "--db", notDb.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .contains(notDb.toString())
                .contains("not a pollcast store");
        assertThat(Files.readString(notDb)).isEqualTo("not a database\n");
    }

    @Test
    void ingestWithUnknownElectionOptionExitsTwoNamingTheKnownIds() throws IOException {
        Path file = write("e.csv", WIDE_HEADER + VALID_1);
        Run r = run("ingest", "--db", db("e.db"), "--election", "nope", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("nope").contains(ELECTION_IDS);
    }

    // ---------------------------------------------------------------- export

    @Test
    void exportThenIngestIntoAFreshStoreGivesTheSamePolls() throws IOException {
        String a = db("a.db");
        String b = db("b.db");
        assertThat(run("polls", "london-2008", "--db", a).status()).isZero();
        Path x = tmp.resolve("x.csv");

        Run export = run("export", "london-2008", "--db", a, "--out", x.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("Wrote 24 polls");
        assertThat(x).exists();

        Run ingest = run("ingest", x.toString(), "--db", b);
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("24 added");

        Run fromA = run("polls", "london-2008", "--format", "csv", "--db", a);
        Run fromB = run("polls", "london-2008", "--format", "csv", "--db", b);
        assertThat(fromB.err()).isEmpty(); // B has polls: nothing bundled is loaded
        assertThat(fromB.out()).isEqualTo(fromA.out());
        assertThat(csv(fromB.out())).hasSize(24);
        assertThat(polls(b, "london-2008"))
                .extracting(StoredPoll::poll)
                .containsExactlyElementsOf(
                        polls(a, "london-2008").stream().map(StoredPoll::poll).toList());
    }

    @Test
    void exportToStandardOutputWritesCanonicalCsv() throws IOException {
        String a = db("stdout.db");
        run("polls", "london-2008", "--db", a);
        Run r = run("export", "london-2008", "--db", a, "--out", "-");
        assertThat(r.status()).isZero();
        assertThat(csv(r.out())).hasSize(24);
        assertThat(csvHeader(r.out()))
                .startsWith("election", "contest", "scope", "pollster")
                .contains("johnson")
                .endsWith("notes", "citation", "poll_id");
    }

    /**
     * A store with no polls of the election is refused, naming it, and nothing is written: the export of one was a
     * header with no option columns, which ingest then refused ("no option columns"), breaking the round trip, and
     * a cron job pointed at the wrong store got an empty file and exit 0.
     */
    @Test
    void exportOfAnElectionWithNoStoredPollsWritesNothing() throws IOException {
        String empty = db("empty.db");
        Path x = tmp.resolve("kept.csv");
        Files.writeString(x, "yesterday's export\n");
        Run r = run("export", "london-2008", "--db", empty, "--out", x.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .contains("no polls of london-2008 in " + empty)
                .contains("nothing written")
                .contains("london-2008.csv");
        assertThat(Files.readString(x)).isEqualTo("yesterday's export\n");
    }

    // ---------------------------------------------------------------- elections

    @Test
    void electionsListsEveryBundledId() {
        Run r = run("elections");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(london-\\d{4})\\s").matcher(r.out());
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).containsExactlyElementsOf(ELECTION_IDS);
    }

    /** An id longer than 12 letters ran into its date ("westmidlands-2024 2024-05-02" beside "london-2024  2024-..."). */
    @Test
    void electionsAlignsTheDatesOfLongIds() throws IOException {
        Path data = DataCopy.into(tmp.resolve("data"));
        Files.writeString(
                data.resolve("elections/westmidlands-2024.yaml"),
                Files.readString(Path.of("src/test/resources/westmidlands/wm-2024.yaml"))
                        .replace("id: wm-2024", "id: westmidlands-2024")
                        .replace("baseline: wm-2021\n", ""));
        Run r = run("elections", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<Integer> dateColumns = r.out()
                .lines()
                .filter(l -> !l.startsWith(" "))
                .map(l -> l.indexOf(" 20") + 1)
                .distinct()
                .toList();
        assertThat(dateColumns).as(r.out()).hasSize(1);
    }

    /** A definition's count areas (for election night) were read but not shown: the listing says how many. */
    @Test
    void electionsSaysHowManyCountAreasAPlaceLists() throws IOException {
        Path data = DataCopy.into(tmp.resolve("areas-data"));
        Files.copy(Path.of("src/test/resources/westmidlands/wm-2024.yaml"), data.resolve("elections/wm-2024.yaml"));
        Files.copy(Path.of("src/test/resources/westmidlands/wm-2021.yaml"), data.resolve("elections/wm-2021.yaml"));
        Run r = run("elections", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("mayor: fptp, 6 candidates, counted in 7 areas");
        assertThat(r.out()).doesNotContain("supplementary-vote, 20 candidates, counted");
    }

    /** A vote that elects no one (office: none) lists its options, not candidates: a referendum has none. */
    @Test
    void electionsCallsTheOptionsOfAVoteThatElectsNoOneOptions() throws IOException {
        Path data = DataCopy.into(tmp.resolve("referendum-data"));
        Files.copy(
                Path.of("src/test/resources/ingest/elections/euref-2016.yaml"),
                data.resolve("elections/euref-2016.yaml"));
        Run r = run("elections", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("referendum: fptp, 2 options, elects no one");
        assertThat(r.out()).doesNotContain("fptp, 2 candidates");
    }

    /**
     * House effects say the online-versus-phone split in one line where the firms state their modes: the EU
     * referendum's telephone firms (Ipsos MORI, ComRes, Survation, ICM, ORB) put Remain further ahead than its online
     * ones (YouGov, Opinium, TNS, BMG). Before, a pundit had to sort the firms' rows by mode by hand.
     */
    @Test
    void houseEffectsGiveTheLeadsLeanByMode() throws IOException {
        Path data = DataCopy.into(tmp.resolve("mode-data"));
        Files.copy(
                Path.of("src/test/resources/ingest/elections/euref-2016.yaml"),
                data.resolve("elections/euref-2016.yaml"));
        String db = db("mode.db");
        Run in = run(
                "ingest",
                "--db",
                db,
                "--data",
                data.toString(),
                "--new-pollsters",
                "src/test/resources/ingest/wikipedia-euref-2016.html");
        assertThat(in.status()).as(in.err()).isZero();
        Run r = run("house-effects", "euref-2016", "--as-of", "2016-06-22", "--db", db, "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("note: by mode, the firms' effects on the lead leave>remain averaged by their polls: ")
                .containsPattern("Telephone -[0-9.]+ \\(Ipsos, ComRes, Survation, ICM, ORB; 12 polls\\)")
                .containsPattern("Online \\+[0-9.]+ \\(");
    }

    @Test
    void unknownElectionExitsTwoNamingTheKnownIds() {
        Run r = run("polls", "nope", "--db", db("nope.db"));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .contains("unknown election 'nope'")
                .contains(ELECTION_IDS);
        assertNoStackTrace(r);
    }

    @Test
    void electionGivenAsAPathToAYamlFileWorks() throws IOException {
        Path yaml = tmp.resolve("defs").resolve("my-definition.yaml");
        Files.createDirectories(yaml.getParent());
        Files.copy(Path.of("data/elections/london-2008.yaml"), yaml);
        String db = db("path.db");

        Run r = run("polls", yaml.toString(), "--db", db, "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(csv(r.out())).hasSize(24);

        Run direct = run("polls", "data/elections/london-2008.yaml", "--db", db, "--format", "csv");
        assertThat(direct.status()).as(direct.err()).isZero();
        assertThat(direct.out()).isEqualTo(r.out());
    }

    // ---------------------------------------------------------------- help and exit statuses

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ingest",
                "polls",
                "export",
                "elections",
                "bench",
                "average",
                "house-effects",
                "pollster-accuracy",
                "forecast",
                "scenario"
            })
    void everySubcommandHasHelpWithAnExample(String command) {
        Run r = run(command, "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage:").contains("pollcast " + command).contains("Example");
        assertThat(r.err()).isEmpty();
    }

    /**
     * Every command's help, walked from the command tree so new commands are covered, renders without picocli's
     * format warnings (a bare percent sign in a description), which it prints to System.err, outside our streams.
     */
    @Test
    void everyCommandsHelpRendersCleanlyWithAnExample() {
        List<picocli.CommandLine> all = new ArrayList<>();
        collect(new picocli.CommandLine(new PollcastCommand()), all);
        assertThat(all).hasSizeGreaterThan(10);
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
            for (picocli.CommandLine c : all) {
                String usage = c.getUsageMessage();
                if (!c.getCommandName().equals("help")) {
                    assertThat(usage).as(c.getCommandName()).contains("Example");
                }
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static void collect(picocli.CommandLine c, List<picocli.CommandLine> into) {
        into.add(c);
        c.getSubcommands().values().stream().distinct().forEach(s -> collect(s, into));
    }

    @Test
    void topLevelHelpAndNoArgumentsShowUsage() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out())
                .contains("Example")
                .contains("ingest")
                .contains("polls")
                .contains("export")
                .contains("elections");
        Run none = run();
        assertThat(none.status()).isZero();
        assertThat(none.out()).contains("Usage:");
    }

    @Test
    void usageErrorsExitTwo() {
        Run unknownOption = run("polls", "london-2008", "--bogus", "--db", db("u.db"));
        assertThat(unknownOption.status()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("--bogus");

        Run missingParameter = run("polls");
        assertThat(missingParameter.status()).isEqualTo(2);

        Run missingRequiredOption = run("export", "london-2008", "--db", db("u.db"));
        assertThat(missingRequiredOption.status()).isEqualTo(2);
        assertThat(missingRequiredOption.err()).contains("--out");

        Run unknownCommand = run("forecast");
        assertThat(unknownCommand.status()).isEqualTo(2);

        Run ingestWithoutFiles = run("ingest", "--db", db("u.db"));
        assertThat(ingestWithoutFiles.status()).isEqualTo(2);
    }

    @Test
    void successExitsZero() {
        assertThat(run("elections").status()).isZero();
        assertThat(run("--version").status()).isZero();
        assertThat(run("polls", "london-2012", "--db", db("ok.db"), "--format", "json")
                        .status())
                .isZero();
    }
}
