package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden JSON: each command's {@code --format json} output on the bundled data, with a fixed seed, compared byte for
 * byte with a committed file in {@code src/test/resources/golden/}. Newsrooms build graphics on these files
 * (docs/forecast-json.md), so neither the schema (names, nesting, order, nulls) nor the numbers may drift unnoticed.
 *
 * <p>The files were first written by the hand-built ObjectNode writers and then kept unchanged through the move to
 * typed records, which is what proves that move output-identical. When a change to the model or the schema is meant
 * to change them, regenerate them deliberately and review the diff before committing:
 *
 * <pre>mvn -o -q test -Dtest=JsonGoldenTest -Dpollcast.updateGolden=true &amp;&amp; git diff src/test/resources/golden</pre>
 *
 * <p>Line ends are compared as {@code \n}: Jackson's indenter and {@code println} use the platform's separator. The only
 * clock time, the polls' {@code ingestedAt}, is masked.
 */
class JsonGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden-actual");
    private static final String UPDATE = "pollcast.updateGolden";
    /** The one clock time in any output: when the bundled polls were loaded into the test's fresh store. */
    private static final Pattern INGESTED_AT = Pattern.compile("(\"ingestedAt\" : \")[^\"]*\"");

    private static final String CLOCK = "<clock time, not compared>";
    private static final String RESULTS = "data/results/london_assembly_list_results.csv";

    @TempDir
    Path tmp;

    @Test
    void forecastMayorAndAssembly() throws IOException {
        golden(
                "forecast-london-2012.json",
                "forecast",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--sims",
                "20000",
                "--seed",
                "7",
                "--format",
                "json");
    }

    @Test
    void forecastWithoutPollsFromThePrior() throws IOException {
        // No 2024 polls are bundled (the shared files have none), so 2024 is forecast from the 2021 result.
        golden(
                "forecast-london-2024-prior.json",
                "forecast",
                "london-2024",
                "--as-of",
                "2024-01-15",
                "--sims",
                "20000",
                "--seed",
                "7",
                "--format",
                "json");
    }

    @Test
    void forecastFromPartyLevelPolls() throws IOException {
        // 2028: two party-level mayoral polls (candidate id = party id); the Westminster polls are not used. As of a
        // day already past: a forecast as of a day after today says so, naming today, and a golden file cannot.
        golden(
                "forecast-london-2028.json",
                "forecast",
                "london-2028",
                "--as-of",
                "2026-11-30",
                "--sims",
                "20000",
                "--seed",
                "7",
                "--format",
                "json");
    }

    @Test
    void averageWithKalmanTrend() throws IOException {
        golden("average-london-2008-kalman.json", "average", "london-2008", "--method", "kalman", "--format", "json");
    }

    @Test
    void averageWithoutTrend() throws IOException {
        golden("average-london-2012.json", "average", "london-2012", "--as-of", "2012-04-26", "--format", "json");
    }

    @Test
    void seatsFromOfficialVotes() throws IOException {
        golden("seats-london-2024-votes.json", "seats", "london-2024", "--votes", RESULTS, "--format", "json");
    }

    @Test
    void seatsFromShares() throws IOException {
        golden(
                "seats-london-2028-shares.json",
                "seats",
                "london-2028",
                "--list",
                "lab=38,con=30,grn=11,ld=9,reform=4.9",
                "--format",
                "json");
    }

    @Test
    void seatsWithNobodyOverTheThreshold() throws IOException {
        golden(
                "seats-london-2028-none-seated.json",
                "seats",
                "london-2028",
                "--list",
                "reform=4.9,ld=3",
                "--format",
                "json");
    }

    @Test
    void polls() throws IOException {
        golden("polls-london-2008.json", "polls", "london-2008", "--format", "json");
    }

    @Test
    void houseEffects() throws IOException {
        golden(
                "house-effects-london-2008.json",
                "house-effects",
                "london-2008",
                "--as-of",
                "2008-04-30",
                "--format",
                "json");
        golden(
                "house-effects-london-2008-result.json",
                "house-effects",
                "london-2008",
                "--reference",
                "result",
                "--format",
                "json");
    }

    @Test
    void pollsterAccuracy() throws IOException {
        golden("pollster-accuracy.json", "pollster-accuracy", "--format", "json");
    }

    @Test
    void backtest() throws IOException {
        golden(
                "backtest-london-2012.json",
                "backtest",
                "london-2012",
                "--days-before",
                "7",
                "--sims",
                "20000",
                "--seed",
                "7",
                "--format",
                "json");
    }

    private void golden(String name, String... args) throws IOException {
        CliRun r = CliRun.in(tmp.resolve(name + ".db"), args);
        assertThat(r.status())
                .as("pollcast %s failed: %s", String.join(" ", args), r.err())
                .isZero();
        String actual = INGESTED_AT
                .matcher(r.out().replace(System.lineSeparator(), "\n"))
                .replaceAll("$1" + CLOCK + "\"");
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file)
                .as("golden file %s is missing; %s", file, howToRegenerate())
                .exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Files.createDirectories(ACTUAL);
            Path written = ACTUAL.resolve(name);
            Files.writeString(written, actual, StandardCharsets.UTF_8);
            throw new AssertionError("pollcast " + String.join(" ", args) + " no longer writes " + file + ".\n"
                    + firstDifference(expected, actual) + "\nSee everything: diff " + file + " " + written + "\n"
                    + "If the change is deliberate (a model or schema change), " + howToRegenerate());
        }
    }

    private static String howToRegenerate() {
        return "regenerate with: mvn -o -q test -Dtest=JsonGoldenTest -D" + UPDATE + "=true, then review git diff "
                + GOLDEN + " and commit it with the change that caused it";
    }

    /** The first line that differs, with its number and two lines of context, or a note on a missing line end. */
    static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int n = Math.min(e.size(), a.size());
        int i = 0;
        while (i < n && e.get(i).equals(a.get(i))) {
            i++;
        }
        if (i == n && e.size() == a.size()) {
            return "Same lines; the files differ only in line ends or a final newline.";
        }
        StringBuilder s = new StringBuilder(
                "First difference at line " + (i + 1) + " (golden " + e.size() + " lines, now " + a.size() + "):\n");
        for (int k = Math.max(0, i - 2); k < i; k++) {
            s.append("    ").append(e.get(k)).append('\n');
        }
        s.append("  - ").append(i < e.size() ? e.get(i) : "<end of file>").append('\n');
        s.append("  + ").append(i < a.size() ? a.get(i) : "<end of file>").append('\n');
        return s.toString();
    }
}
