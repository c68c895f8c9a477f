package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chile's 2021 table (src/test/resources/ingest/wikipedia-cl-2021.html) prints Cadem's surveys of 16–19 and 20
 * November, the first round's eve, inside the definition's 14-day polling blackout. Before, an average or forecast
 * as of 20 November counted both (6 polls), figures no voter could read before the vote, and {@code polls} listed
 * them as any other.
 */
class PollingBlackoutHeldBackTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithChile() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data, "cl-2021.yaml");
        CliRun in = run("ingest", "src/test/resources/ingest/wikipedia-cl-2021.html", "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    @Test
    void theEvesPollsAreFlaggedAndCountOnlyFromPollingDay() {
        CliRun polls = run("polls", "cl-2021");
        assertThat(polls.status()).as(polls.err()).isZero();
        assertThat(polls.out())
                .containsPattern("2021-11-20 +\\| +Cadem .*blackout")
                .containsPattern("2021-11-19 +\\| +Cadem .*blackout")
                .doesNotContainPattern("2021-11-04 .*blackout")
                .contains("note: 2 polls are flagged blackout: dated inside the 14-day polling blackout");
        CliRun eve = run("average", "cl-2021", "--as-of", "2021-11-20");
        assertThat(eve.status()).as(eve.err()).isZero();
        assertThat(eve.out())
                .contains("as of 2021-11-20: 4 polls from 4 pollsters")
                .contains("2 polls dated inside the 14-day polling blackout are not counted before polling day"
                        + " (2021-11-21)");
        CliRun day = run("average", "cl-2021", "--as-of", "2021-11-21");
        assertThat(day.out())
                .contains("as of 2021-11-21: 6 polls from 4 pollsters")
                .doesNotContain("blackout");
        CliRun forecast = run("forecast", "cl-2021", "--as-of", "2021-11-20", "--sims", "2000");
        assertThat(forecast.status()).as(forecast.err()).isZero();
        assertThat(forecast.out() + forecast.err())
                .contains("average of 4 polls")
                .contains("Cadem (dated 2021-11-19), Cadem (dated 2021-11-20)");
    }

    /**
     * Servel's first-round count at 99.99% (https://www.hispantv.com/noticias/chile/502604/resultado-elecciones-presidente),
     * which names the second round's pair.
     */
    private static final String FIRST_ROUND = """
            year,round,candidate,party,votes,source
            2021,1,José Antonio Kast,Frente Social Cristiano,1961122,CL2021R1
            2021,1,Gabriel Boric,Apruebo Dignidad,1814809,CL2021R1
            2021,1,Franco Parisi,Partido de la Gente,899403,CL2021R1
            2021,1,Sebastián Sichel,Chile Podemos Más,898510,CL2021R1
            2021,1,Yasna Provoste,Nuevo Pacto Social,815558,CL2021R1
            2021,1,Marco Enríquez-Ominami,Partido Progresista,534485,CL2021R1
            2021,1,Eduardo Artés,Unión Patriótica,103181,CL2021R1
            """;

    /**
     * A second round has its own blackout before its own day: Cadem's private poll of 9–10 December 2021, seen by
     * Reuters inside the blackout before 19 December, is no poll of a forecast as of the 18th, and its note says so.
     */
    @Test
    void aSecondRoundsBlackoutHoldsItsOwnPollsBack() throws IOException {
        Files.writeString(data.resolve("results/cl_mayor_results.csv"), FIRST_ROUND);
        CliRun in = run("ingest", "src/test/resources/ingest/cl-2021-runoff-reports.csv", "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        CliRun eve = run("forecast", "cl-2021", "--as-of", "2021-12-18", "--sims", "2000");
        assertThat(eve.status()).as(eve.err()).isZero();
        assertThat(eve.out())
                .contains("from the 1 poll of the two dated after it")
                .contains("1 poll dated inside the 14-day polling blackout is not counted before polling day"
                        + " (2021-12-19), as the law forbade publishing it in the country before the vote: Cadem (dated"
                        + " 2021-12-10)");
        CliRun average = run("average", "cl-2021", "--as-of", "2021-12-18");
        assertThat(average.out()).contains("Cadem (dated 2021-12-10)");
        // Forbidden in the country, not unpublishable: Spain's were published through an Andorran paper.
        CliRun accuracy = run("pollster-accuracy", "cl-2021");
        assertThat(accuracy.status()).as(accuracy.err()).isZero();
        assertThat(accuracy.out() + accuracy.err())
                .contains("polling blackout, in which the law forbade publishing them in the country before the vote");
    }
}
