package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The North East's first mayoral election (2 May 2024), added as a newsroom adds a place: its definition, its one poll
 * as an encyclopedia table copied into a spreadsheet, and its night by council. Every figure is published
 * (src/test/resources/northeast/README.md). A first election has no votes by council to start from, so how many each
 * council casts is learned from those declared.
 */
class NorthEastFirstNightTest {
    private static final Path FIXTURE = Path.of("src/test/resources/northeast");

    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void thePlace() throws IOException {
        data = DataCopy.into(tmp);
        Files.copy(FIXTURE.resolve("northeast-2024.yaml"), data.resolve("elections/northeast-2024.yaml"));
        Files.copy(FIXTURE.resolve("northeast_mayor_results.csv"), data.resolve("results/northeast_mayor_results.csv"));
        CliRun in = CliRun.in(
                store(),
                "ingest",
                FIXTURE.resolve("northeast-2024-polls.copied.csv").toString(),
                "--data",
                data.toString());
        assertThat(in.status()).as(in.err()).isZero();
        assertThat(in.out()).contains("1 poll, 1 added, 0 already stored (northeast-2024 mayor, first preferences)");
    }

    private Path store() {
        return tmp.resolve("store.db");
    }

    /** The declarations of the councils named, in the night file's layout, from the fixture's results by council. */
    private Path night(List<String> councils) throws IOException {
        StringBuilder text = new StringBuilder("area,candidate,votes\n");
        for (String line : Files.readAllLines(FIXTURE.resolve("northeast_mayor_constituency_results.csv"))) {
            String[] cell = line.split(",");
            if (councils.contains(cell[1])) {
                text.append(cell[1])
                        .append(',')
                        .append(cell[2])
                        .append(',')
                        .append(cell[4])
                        .append('\n');
            }
        }
        return Files.writeString(tmp.resolve("night.csv"), text);
    }

    private CliRun live(Path night) {
        return CliRun.in(
                store(),
                "live",
                "northeast-2024",
                "--declared",
                night.toString(),
                "--sims",
                "4000",
                "--data",
                data.toString());
    }

    /**
     * County Durham (95,767 valid votes) and Sunderland (63,607) declared first: the note said each council still to
     * come would cast "about 77,872 valid votes (± 4%)", each declared council taken as within 6% of the mean, the
     * spread of a London constituency's change in turnout. The five still to come cast 36,504 (South Tyneside) to 73,679
     * (Northumberland), outside that. A council's size strays from the mean's by a log standard deviation of 0.4 (the
     * North East's 0.31, the West Midlands' 0.48), and the note's 90% range now holds all five.
     */
    @Test
    void twoCouncilsDeclaredDoNotFixTheSizeOfTheFiveToCome() throws IOException {
        CliRun r = live(night(List.of("County Durham", "Sunderland")));
        assertThat(r.status()).as(r.err()).isZero();
        Matcher m = Pattern.compile(
                        "each still to declare is expected to cast about ([0-9,]+) valid votes \\(± ([0-9]+)%,"
                                + " one area's spread\\), from 2 areas declared or counting")
                .matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        double about = Double.parseDouble(m.group(1).replace(",", ""));
        double sd = Double.parseDouble(m.group(2)) / 100;
        // The geometric mean of the two declared: the declarations alone measure a first election's council.
        assertThat(about).isCloseTo(Math.sqrt(95_767.0 * 63_607.0), org.assertj.core.data.Offset.offset(1.0));
        for (double actual : new double[] {73_679, 70_561, 58_692, 49_603, 36_504}) {
            assertThat(Math.abs(Math.log(actual / about)))
                    .as("council of %,.0f valid votes", actual)
                    .isLessThan(1.645 * sd);
        }
    }

    /**
     * The night's page of a first election said what a declaration moves as a London night's does: "each declaration's
     * swing from the last election moves North East's projection and, more, similar areas'". There is no last
     * election, and no lean to tell which councils are alike.
     */
    @Test
    void theNightPageOfAFirstElectionSpeaksOfNoLastElection() throws IOException {
        Path out = tmp.resolve("night-page");
        CliRun r = CliRun.in(
                store(),
                "report",
                "northeast-2024",
                "--declared",
                night(List.of("County Durham", "Sunderland")).toString(),
                "--sims",
                "4000",
                "--out",
                out.toString(),
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("index.html")))
                .contains(
                        "there is no last election to swing from, so each declaration&#39;s difference from the"
                                + " pre-election forecast moves North East&#39;s projection and, alike, every area still to come")
                .doesNotContain("swing from the last election moves");
    }

    /** With every council declared there is none still to come: the note said each would cast about 61,561 (± 2%). */
    @Test
    void everyCouncilDeclaredLeavesNoneToCome() throws IOException {
        CliRun r = live(night(List.of(
                "Northumberland",
                "Newcastle",
                "North Tyneside",
                "Gateshead",
                "South Tyneside",
                "Sunderland",
                "County Durham")));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("7 of 7 areas declared")
                .contains("note: turnout: the baseline has no votes by area; every area has declared or is counting")
                .doesNotContain("still to declare");
    }
}
