package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2021 Boston mayoral page (src/test/resources/ingest/wikipedia-boston-2021.html, sources in the ingest README): a
 * preliminary on 14 September and a general election on 2 November, polls of both in the American layout.
 */
class BostonTwoRoundPageTest {
    @TempDir
    Path tmp;

    private Path data;

    private static final Path ELECTIONS = Path.of("src/test/resources/ingest/elections");
    private static final Path PAGE = Path.of("src/test/resources/ingest/wikipedia-boston-2021.html");

    @BeforeEach
    void dataWithBoston() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.copy(ELECTIONS.resolve("boston-2021.yaml"), data.resolve("elections/boston-2021.yaml"));
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    /**
     * A general-election poll dated by its month only ("October 2021", MassINC's for WBUR) stands for the 15th, as any
     * month-only poll does: its polling day is the second round's. Held to the first round's day (14 September), it was
     * dated 1 October, two weeks early, and counted in the forecast from then.
     */
    @Test
    void aMonthOnlyPollOfTheSecondRoundIsDatedMidMonth() {
        CliRun in = run("ingest", PAGE.toString(), "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        assertThat(in.out()).contains("12 polls, 12 added").contains("first preferences 8, run-off 4");
        CliRun r = run("polls", "boston-2021", "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("2021-10-15,MassINC Polling Group,WBUR/Dorchester Reporter/The Boston Foundation,mayor,"
                        + "runoff,501,57,25,")
                // A first-preference poll of a month before the first round still stands for its 15th.
                .contains("2021-08-15,Emerson College,7News,mayor,first_pref,600,24,18,14,16,2,");
    }
}
