package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Option values converted by picocli (dates, enums, PARTY=VALUE maps) and options that used to be accepted and
 * then ignored: each bad one is exit status 2 and one "pollcast: " line naming the option, before any work.
 */
class OptionValuesTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("store.db"), args);
    }

    private static void assertOneLineNaming(CliRun r, String what, String... words) {
        assertThat(r.status()).as(what + ": " + r.err()).isEqualTo(2);
        assertThat(r.err().lines()).as(what).hasSize(1);
        assertThat(r.err())
                .as(what)
                .startsWith("pollcast: ")
                .contains(words)
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(r.out()).as(what).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // what | arguments, space-separated | the option the message names | words it must contain
                "impossible date|average london-2008 --as-of 2008-02-30|--as-of|'2008-02-30' is not a date (YYYY-MM-DD)",
                "date in words|polls london-2008 --since yesterday|--since|'yesterday' is not a date",
                "unknown format|polls london-2008 --format xml|--format|xml",
                "unknown averaging method|average london-2008 --method magic|--method|magic",
                "unknown pollster weights|forecast london-2012 --pollster-weights best|--pollster-weights|best",
                "unknown scope|average london-2008 --scope everything|--scope|everything",
                "scope the contest does not have|average london-2008 --scope list|--scope|'list' is not a scope of mayor",
                "unknown reference|house-effects london-2008 --reference truth|--reference|truth",
                "unknown seat method|seats london-2024 --list lab=38 --method hare|--method|expected one of dhondt-modified, sainte-lague-modified, largest-remainder",
                "largest remainder beside constituencies|seats london-2024 --list lab=38 --method largest-remainder|--method|'largest-remainder' counts no constituency seats",
                "unknown poll format|ingest --format xls polls.csv|--format|expected one of long-csv, wide-csv, html",
                "pair without a value|seats london-2024 --list lab38|--list|KEY=VALUE[,KEY=VALUE]... format but was lab38",
                "party twice in one list|seats london-2024 --list lab=38,con=30,lab=2|--list|party lab is given twice",
                "party twice over two lists|seats london-2024 --list lab=38 --list lab=2|--list|party lab is given twice",
                "party twice by two names|seats london-2024 --list lab=38,Labour=2|--list|party lab is given twice",
                "constituency party twice|seats london-2024 --list lab=38 --constituency con=3,con=4|--constituency|party con is given twice",
            })
    void badValuesNameTheirOption(String what, String arguments, String option, String words) {
        assertOneLineNaming(run(arguments.split(" ")), what, option, words);
    }

    @org.junit.jupiter.api.Test
    void anEmptyFileNameNamesItsOption() {
        // Java reads "" as the working folder: a store, an export or a report aimed there failed far from the typo.
        assertOneLineNaming(run("polls", "london-2008", "--db", ""), "empty --db", "--db", "empty");
        assertOneLineNaming(run("export", "london-2008", "--out", ""), "empty export --out", "--out", "empty");
        assertOneLineNaming(run("report", "london-2008", "--out", " "), "blank report --out", "--out", "empty");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // These were accepted and had no effect: the forecast always covers the Mayor (and the Assembly with
                // it).
                "forecast --contest|forecast london-2012 --contest assembly|--contest",
                "forecast --scope|forecast london-2012 --scope list|--scope",
                "scenario --contest|scenario london-2012 --if jones>=5 --contest mayor|--contest",
                "report --scope|report london-2012 --scope first_pref|--scope",
            })
    void contestAndScopeAreNotForecastOptions(String what, String arguments, String option) {
        assertOneLineNaming(run(arguments.split(" ")), what, "Unknown option", option, "see 'pollcast ");
    }

    @Test
    void aTransfersFileThatDoesNotExistIsAnError() {
        // It used to be skipped, and the forecast quietly used the next table or the prior.
        Path missing = tmp.resolve("second-preferences.csv");
        CliRun r = run(
                "forecast",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--sims",
                "1000",
                "--transfers",
                missing.toString());
        assertOneLineNaming(r, "--transfers", "--transfers: " + missing + ": no such file");
    }

    @Test
    void rejectsWithoutSkipInvalidAndAZeroTimeoutAreErrors() throws IOException {
        Path polls =
                Files.writeString(tmp.resolve("polls.csv"), "election,contest,scope,pollster,fieldwork_end,johnson\n");
        Path rejects = tmp.resolve("rejects.csv");
        // --rejects without --skip-invalid used to be ignored: nothing was ever written there.
        assertOneLineNaming(
                run("ingest", "--rejects", rejects.toString(), polls.toString()),
                "--rejects",
                "--rejects: only used with --skip-invalid");
        assertThat(rejects).doesNotExist();
        // --timeout 0 (or -5) used to become 1 second.
        assertOneLineNaming(
                run("ingest", "--timeout", "0", polls.toString()),
                "--timeout",
                "--timeout: 0 is not a number of seconds");
        assertThat(tmp.resolve("store.db")).doesNotExist();
    }

    @Test
    void aMisspeltOptionSuggestsTheRightOne() {
        assertOneLineNaming(
                run("polls", "london-2008", "--pollstr", "YouGov"),
                "misspelt",
                "Unknown option",
                "--pollstr",
                "did you mean --pollster?");
        assertOneLineNaming(
                run("polls"), "no election", "Missing required parameter: 'ELECTION'", "see 'pollcast polls --help'");
    }

    @Test
    void enumValuesAndCodesMatchInAnyCase() {
        CliRun json = run("polls", "london-2008", "--format", "JSON");
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{");
        CliRun seats = run(
                "seats",
                "london-2028",
                "--list",
                "lab=38,con=30,grn=11",
                "--method",
                "Sainte-Lague-Modified",
                "--format",
                "Csv");
        assertThat(seats.status()).as(seats.err()).isZero();
        assertThat(seats.out()).startsWith("party,");
        CliRun scope = run("average", "london-2012", "--contest", "assembly", "--scope", "LIST", "--format", "csv");
        assertThat(scope.status()).as(scope.err()).isZero();
    }
}
