package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * A list result that gives each party's seats but not their split between the ballots (Scotland 2026 as first
 * reported: SNP 58, Labour 17, Reform UK 17, Green 15, Conservative 12, Liberal Democrats 10) scores the forecast's
 * seats. Before, a blank {@code constituency_seats} made the whole file unreadable for seats, and the backtest and the
 * report left the seats unscored without a word.
 */
class TotalSeatsResultTest {
    @TempDir
    Path tmp;

    private Path kit(String rows2026) throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path scotland = Path.of("src/test/resources/ingest/scotland");
        IngestFixtures.copyTree(scotland.resolve("elections"), data.resolve("elections"));
        IngestFixtures.copyTree(scotland.resolve("results"), data.resolve("results"));
        Files.copy(
                Path.of("src/test/resources/ingest/elections/scotland-2026.yaml"),
                data.resolve("elections/scotland-2026.yaml"));
        Path list = data.resolve("results/scotland_assembly_list_results.csv");
        // The kit's file gains a seats column, blank on every earlier row (they give the split).
        IngestFixtures.editLines(
                list, lines -> lines.map(l -> l.isBlank() ? l : l + (l.startsWith("year,") ? ",seats" : ",")));
        Files.writeString(list, rows2026, StandardOpenOption.APPEND);
        return data;
    }

    @Test
    void aResultWithSeatsByPartyOnlyScoresTheSeats() throws IOException {
        Path data = kit("2026,Scottish National Party,272,,,T,58\n"
                + "2026,Labour,165,,,T,17\n"
                + "2026,Reform UK,168,17,0,T,\n"
                + "2026,Green,141,,,T,15\n"
                + "2026,Conservative,120,,,T,12\n"
                + "2026,Liberal Democrats,84,,,T,10\n"
                + "2026,Others,50,,,T,\n");
        Workspace ws = Workspace.of(data, tmp.resolve("x.db"));
        Map<String, Integer> seats = ResultChecks.actualSeats(ws, ws.catalog().resolve("scotland-2026"));
        assertThat(seats)
                .containsEntry("snp", 58)
                .containsEntry("lab", 17)
                .containsEntry("reform", 17)
                .containsEntry("grn", 15)
                .containsEntry("con", 12)
                .containsEntry("ld", 10);
        assertThat(seats.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(129);
        // The years with the split read as before.
        assertThat(ResultChecks.actualSeats(ws, ws.catalog().resolve("scotland-2021")))
                .containsEntry("snp", 64)
                .containsEntry("con", 31);
    }

    @Test
    void aPartyWhoseSeatsNoRowGivesLeavesTheSeatsUnknown() throws IOException {
        Path data = kit("2026,Scottish National Party,272,,,T,58\n" + "2026,Labour,165,,,T,\n");
        Workspace ws = Workspace.of(data, tmp.resolve("x.db"));
        assertThat(ResultChecks.actualSeats(ws, ws.catalog().resolve("scotland-2026")))
                .isEmpty();
    }

    /** A seats cell that is no number is the file's mistake, said with its line and field, not "not all in". */
    @Test
    void aMalformedSeatsCellIsSaidWithItsLineAndField() throws IOException {
        Path data = kit("2026,Scottish National Party,272,,,T,fifty-eight\n" + "2026,Labour,165,,,T,17\n");
        Workspace ws = Workspace.of(data, tmp.resolve("x.db"));
        ResultChecks.SeatsRead read = ResultChecks.readSeats(ws, ws.catalog().resolve("scotland-2026"));
        assertThat(read.won()).isEmpty();
        assertThat(read.problem())
                .contains("scotland_assembly_list_results.csv")
                .contains("field 'seats'")
                .contains("fifty-eight");
    }

    /**
     * A house that grew by overhang (New Zealand 2023: 122 seats), forecast by a definition of 120 that keeps none, has
     * every party's seats in data/results: the note says they add up to more than the house, not that some are missing.
     */
    @Test
    void seatsBeyondAHouseWithoutOverhangAreSaidSo() {
        assertThat(ResultChecks.unscoredSeats(120, "House of Representatives", 122, false, null))
                .contains("gives 122 House of Representatives seats, more than the 120")
                .contains("overhang")
                .doesNotContain("not all in");
        assertThat(ResultChecks.unscoredSeats(25, "Assembly", 20, false, null)).contains("not all in data/results");
    }

    /**
     * Seats by party that add up to more than the house (a house grown by overhang, forecast by a definition that keeps
     * none) are all there: read with no complaint, so that the report says they exceed the house. Before, the
     * reader's complaint of a blank list_seats was kept, and the report said they were "not all in data/results".
     */
    @Test
    void seatsBeyondTheHouseAreReadWithNoComplaint() throws IOException {
        Path data = kit("2026,Scottish National Party,272,,,T,60\n"
                + "2026,Labour,165,,,T,17\n"
                + "2026,Reform UK,168,,,T,17\n"
                + "2026,Green,141,,,T,15\n"
                + "2026,Conservative,120,,,T,12\n"
                + "2026,Liberal Democrats,84,,,T,10\n");
        Workspace ws = Workspace.of(data, tmp.resolve("x.db"));
        ResultChecks.SeatsRead read = ResultChecks.readSeats(ws, ws.catalog().resolve("scotland-2026"));
        assertThat(read.problem()).isNull();
        assertThat(read.won().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(131);
    }
}
