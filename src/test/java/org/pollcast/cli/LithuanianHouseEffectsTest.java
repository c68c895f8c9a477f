package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lithuanian trial's 2024 presidential election: six first-round polls (src/test/resources/ingest/news-lt-2024.csv,
 * transcribed from the press), no poll of the pair after the first round, and the counted first round.
 */
class LithuanianHouseEffectsTest {
    @TempDir
    Path tmp;

    private Path data;

    /** VRK's first-round percentages (hundredths) as ELTA reported them on 20 May 2024. */
    private static final String RESULTS = """
            year,round,candidate,party,votes,source
            2024,1,Gitanas Nausėda,Independent - Gitanas Nausėda,4395,VRK via ELTA
            2024,1,Ingrida Šimonytė,Homeland Union - Lithuanian Christian Democrats,2005,VRK via ELTA
            2024,1,Ignas Vėgėlė,Independent - Ignas Vėgėlė,1235,VRK via ELTA
            2024,1,Remigijus Žemaitaitis,Dawn of Nemunas,921,VRK via ELTA
            2024,1,Eduardas Vaitkus,Independent - Eduardas Vaitkus,731,VRK via ELTA
            2024,1,Dainius Žalimas,Freedom Party,357,VRK via ELTA
            2024,1,Andrius Mazuronis,Labour Party,138,VRK via ELTA
            2024,1,Giedrimas Jeglinskas,Union of Democrats For Lithuania,137,VRK via ELTA
            """;

    @BeforeEach
    void dataWithLithuania() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data, "lt-2024.yaml");
        Files.writeString(data.resolve("results/lt_mayor_results.csv"), RESULTS);
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    /**
     * After the first round, with no poll of Nausėda v Šimonytė, {@code house-effects lt-2024} was refused ("no poll of
     * Gitanas Nausėda v Ingrida Šimonytė dated by 2024-05-26 ..."): it took the second round's average, which has
     * nothing to measure a firm on. The firms' leans are the first round's polls', against the first round's count
     * with {@code --reference result}, and a note says so.
     */
    @Test
    void houseEffectsWithNoPollOfThePairAreTheFirstRoundsSaidSo() {
        CliRun in = run("ingest", "src/test/resources/ingest/news-lt-2024.csv", "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        for (String[] args :
                new String[][] {{"house-effects", "lt-2024"}, {"house-effects", "lt-2024", "--reference", "result"}}) {
            CliRun r = run(args);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out() + r.err())
                    .contains("Spinter tyrimai")
                    .contains("no poll of Gitanas Nausėda v Ingrida Šimonytė after the first round: the house"
                            + " effects are the first round's polls' (--scope first_pref)");
        }
        // The average itself still says what is missing: between the rounds it is the second round's.
        CliRun average = run("average", "lt-2024");
        assertThat(average.status()).isNotZero();
        assertThat(average.err()).contains("--scope first_pref averages the first round's polls");
    }
}
