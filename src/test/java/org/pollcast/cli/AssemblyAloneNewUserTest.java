package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * A newsroom's trial of the docs alone: the London Assembly of 2021 and 2024 set up as a series of its own
 * ({@code lonassembly}), its definitions written as docs/election-definitions.md shows them (no {@code blocs}, which
 * are optional) and its results files the real London rows of those years, copied into files named for the series.
 */
class AssemblyAloneNewUserTest {
    @TempDir
    static Path tmp;

    static Path data;

    private static final List<String> KINDS =
            List.of("assembly_list_results", "assembly_constituency_vote_totals", "assembly_constituency_results");

    @BeforeAll
    static void newSeries() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        for (String year : List.of("2021", "2024")) {
            String d = Files.readString(data.resolve("elections/london-" + year + ".yaml"));
            String assembly = d.substring(d.indexOf("  assembly:"));
            assembly = assembly.substring(0, assembly.indexOf("    blocs:"))
                    + assembly.substring(assembly.indexOf("    constituencies:"));
            String head = d.substring(0, d.indexOf("contests:"))
                    .replaceFirst("(?m)^id: london-", "id: lonassembly-")
                    .replaceFirst("(?m)^baseline: london-", "baseline: lonassembly-");
            if (year.equals("2021")) {
                head = head.replaceFirst("(?m)^baseline: .*\n", ""); // the series' first election
            }
            Files.writeString(data.resolve("elections/lonassembly-" + year + ".yaml"), head + "contests:\n" + assembly);
        }
        for (String kind : KINDS) {
            List<String> lines = Files.readAllLines(data.resolve("results/london_" + kind + ".csv"));
            List<String> kept = new ArrayList<>(List.of(lines.get(0)));
            lines.stream()
                    .filter(l -> l.startsWith("2021,") || l.startsWith("2024,"))
                    .forEach(kept::add);
            Files.write(data.resolve("results/lonassembly_" + kind + ".csv"), kept);
        }
    }

    /** With no blocs in the definition the report was an internal error ("Y-Axis data cannot be empty"). */
    @Test
    void aDefinitionWithoutBlocsReportsWithoutABlocChartOrHeading() {
        Path out = tmp.resolve("report");
        CliRun r = CliRun.in(
                tmp.resolve("report.db"),
                "report",
                "lonassembly-2024",
                "--as-of",
                "2024-04-25",
                "--sims",
                "2000",
                "--no-race-chart",
                "--data",
                data.toString(),
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(out.resolve("charts")).isDirectoryNotContaining("glob:**/blocs*");
        assertThat(out.resolve("index.html")).content().doesNotContain("bloc-table");

        CliRun f = CliRun.in(
                tmp.resolve("forecast.db"),
                "forecast",
                "lonassembly-2024",
                "--sims",
                "2000",
                "--data",
                data.toString());
        assertThat(f.status()).as(f.err()).isZero();
        assertThat(f.out()).contains("Constituencies (probability").doesNotContain("Blocs:");
    }

    /**
     * A misspelt constituency was read as a constituency of its own: West Central lost its Labour row, and the count
     * gave the seat to the Conservative as "as published", the forecast's baseline to the Conservative at 100%.
     */
    @Test
    void aConstituencyTheDefinitionDoesNotHaveIsRefusedNamingTheLine() throws IOException {
        Path bad = tmp.resolve("bad-data");
        IngestFixtures.copyData(bad);
        for (String f : List.of("elections/lonassembly-2021.yaml", "elections/lonassembly-2024.yaml")) {
            Files.copy(data.resolve(f), bad.resolve(f));
        }
        for (String kind : KINDS) {
            Files.copy(
                    data.resolve("results/lonassembly_" + kind + ".csv"),
                    bad.resolve("results/lonassembly_" + kind + ".csv"));
        }
        Path file = bad.resolve("results/lonassembly_assembly_constituency_results.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("2021,West Central,Labour,")) {
                lines.set(i, lines.get(i).replace("West Central", "West Centrl"));
                line = i + 1;
            }
        }
        assertThat(line).isPositive();
        Files.write(file, lines);
        String message = file + ":" + line + ": field 'constituency': 'West Centrl' is not a constituency of"
                + " lonassembly-2021 assembly; did you mean 'West Central'?";

        CliRun count = CliRun.in(tmp.resolve("bad-count.db"), "count", "lonassembly-2021", "--data", bad.toString());
        assertThat(count.status()).isEqualTo(2);
        assertThat(count.err()).contains(message).doesNotContain("Exception");

        CliRun forecast = CliRun.in(
                tmp.resolve("bad-forecast.db"),
                "forecast",
                "lonassembly-2024",
                "--sims",
                "1000",
                "--data",
                bad.toString());
        assertThat(forecast.status()).isEqualTo(2);
        assertThat(forecast.err()).contains(message);
    }

    /** The count's note on an unchecked list total names the file and row that would check it. */
    @Test
    void theCountNamesWithoutAValidVoteTotalTheFileThatWouldGiveIt() {
        CliRun count = CliRun.in(tmp.resolve("count.db"), "count", "lonassembly-2024", "--data", data.toString());
        assertThat(count.status()).as(count.err()).isZero();
        assertThat(count.out())
                .contains("Gareth Roberts (Liberal Democrats)")
                .contains("check: list seats the same as the published ones")
                .contains("(a row of 2024 with contest assembly_list in lonassembly_election_turnout.csv gives it)");
    }
}
