package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * A results file's "Independent" row, an independent who is no party of the definition, is among the others wherever
 * the file is read. Ontario's blind trial found {@code count} reading Haldimand-Norfolk's Independent so and the
 * forecast refusing the same file ("unknown party 'Independent' in legislature"). Made-up votes.
 */
class IndependentRowsTest {
    @TempDir
    static Path tmp;

    static Path data;

    private static final String DEFINITION =
            "id: ind-%d\nname: Independents test %d\ndate: %d-05-02\n%sarea: Testland\n"
                    + "parties:\n  - {id: a, name: Alpha}\n  - {id: b, name: Beta}\ncontests:\n  parliament:\n"
                    + "    system: additional-member\n    name: Parliament\n    seats: 10\n    listSeats: 10\n"
                    + "    method: dhondt\n    threshold: 5\n    parties: [a, b]\n";

    @BeforeAll
    static void kit() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Files.writeString(data.resolve("elections/ind-2030.yaml"), String.format(DEFINITION, 2030, 2030, 2030, ""));
        Files.writeString(
                data.resolve("elections/ind-2034.yaml"),
                String.format(DEFINITION, 2034, 2034, 2034, "baseline: ind-2030\n"));
        Files.writeString(
                data.resolve("results/ind_assembly_list_results.csv"),
                "year,party,votes,list_seats,constituency_seats,source\n2030,Alpha,6000,7,0,MADE-UP\n"
                        + "2030,Beta,3000,3,0,MADE-UP\n2030,Independent,1000,0,0,MADE-UP\n");
    }

    private static CliRun run(String store, String... args) {
        return CliRun.inData(tmp.resolve(store), data, args);
    }

    @Test
    void theCountReadsAnIndependentRowAsOthers() {
        CliRun r = run("count.db", "count", "ind-2030");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("check: list seats the same as the published ones")
                .doesNotContain("unknown");
    }

    @Test
    void theForecastFromThatResultReadsItSoToo() {
        CliRun r = run("forecast.db", "forecast", "ind-2034", "--as-of", "2034-04-01", "--sims", "2000");
        assertThat(r.status()).as(r.err()).isZero();
        // Alpha 60% and Beta 30% of the baseline's votes, the independent's 10% among the others.
        assertThat(r.out()).containsPattern("a\\s+\\|\\s+Alpha[^\\n]*\\|\\s+60\\.\\d\\s+\\|");
    }
}
