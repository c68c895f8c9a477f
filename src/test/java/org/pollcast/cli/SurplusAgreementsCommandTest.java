package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * Israel's surplus-vote agreements through the commands (the kit of src/test/resources/israel, its README): without
 * them, the count of the Knesset of 2022 gave Likud 31 seats and Labor 5 where the published are 32 and 4.
 */
class SurplusAgreementsCommandTest {
    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void kit() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        IngestFixtures.copyKit(Path.of("src/test/resources/israel"), data);
    }

    private static CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("il.db"), data, args);
    }

    @Test
    void countGivesThePublishedSeats() {
        CliRun r = run("count", "il-2022");
        assertThat(r.out()).contains("check: list seats the same as the published ones");
        assertThat(r.out())
                .containsPattern("likud +\\| +Likud +\\| +1115336 +\\|[^\\n]*\\| +32 +\\| +32 +\\| +32 +\\|");
    }

    @Test
    void electionsSaysTheAgreements() {
        assertThat(run("elections").out())
                .contains(
                        "knesset: additional-member, 120 seats (all list, dhondt, threshold 3.25%, surplus agreements:"
                                + " likud and rz, labor and meretz)");
    }

    private static final String SHARES =
            "likud=23.41,yeshatid=17.78,rz=10.84,nu=9.08,shas=8.24,utj=5.88,yb=4.49,raam=4.07,ht=3.75,labor=3.69,meretz=3.16";

    /**
     * The count's last and next quotients are not the agreements' (the last seat may be one a pair took from a list):
     * `seats` names neither rather than a wrong one. Given a quota method, no agreement is counted: they pool
     * quotients, which a largest-remainder count has none of (before, the pairs were counted again by a divisor).
     */
    @Test
    void seatsNamesNoQuotientUnderAgreementsAndCountsNoneByAQuota() {
        CliRun divisor = run("seats", "il-2022", "--list", SHARES);
        assertThat(divisor.out())
                .contains("last list seat won by: not named: the surplus agreements count the seats again, pair by"
                        + " pair");
        CliRun quota = run("seats", "il-2022", "--method", "largest-remainder", "--list", SHARES);
        assertThat(quota.status()).isZero();
        assertThat(quota.out()).contains("last seat won on a remainder by").doesNotContain("surplus agreements");
    }
}
