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
 * {@code pollcast seats} for a body of closed lists alone, elected district by district with no threshold (the Senedd
 * from 2026: 16 districts of 6, D'Hondt in each). A blind trial on the Senedd found the calculator printing a
 * {@code passed_threshold} column of "yes" where there is no threshold, a {@code constituency} column of zeros where there
 * are no constituencies, and refusing the question a pundit asks first (the seats of whole-area poll shares, district by
 * district) while asking for constituency seats the body does not have.
 */
class PureListSeatsTest {
    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void closedLists() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        StringBuilder def = new StringBuilder("id: closed-2030\nname: Closed-list parliament 2030\ndate: 2030-05-02\n"
                + "area: Testland\nparties:\n  - {id: a, name: Alpha}\n  - {id: b, name: Beta}\n"
                + "  - {id: c, name: Gamma}\ncontests:\n  parliament:\n    system: additional-member\n"
                + "    name: Parliament\n    seats: 24\n    listSeats: 24\n    method: dhondt\n    threshold: 0\n"
                + "    parties: [a, b, c]\n    regions:\n");
        for (int r = 1; r <= 4; r++) {
            def.append("      - {id: d")
                    .append(r)
                    .append(", name: District ")
                    .append(r)
                    .append(", listSeats: 6}\n");
        }
        Files.writeString(data.resolve("elections/closed-2030.yaml"), def.toString());
    }

    private static CliRun run(String... args) {
        String[] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args), java.util.stream.Stream.of("--data", data.toString()))
                .toArray(String[]::new);
        return CliRun.in(tmp.resolve("store.db"), all);
    }

    /** No threshold and no constituencies: neither column says anything, so neither is printed. */
    @Test
    void aDistrictOfAPureListBodyHasNoThresholdOrConstituencyColumn() {
        CliRun r = run("seats", "closed-2030", "--list", "a=40,b=35,c=24", "--region", "d1");
        assertThat(r.status()).as(r.err()).isZero();
        // D'Hondt, 6 seats: 40, 35, 24, 20, 17.5, 13.3 win; 12 (Gamma's second) is next.
        assertThat(r.out())
                .contains("closed-2030 parliament, District 1: 6 list seats by dhondt, no threshold")
                .contains("last list seat won by: Alpha (a), quotient 13.333 share points")
                .contains("next quotient (missed): Gamma (c), quotient 12.000 share points")
                .doesNotContain("passed_threshold")
                .doesNotContain("constituency")
                .doesNotContain("threshold's denominator")
                .contains("others have 1% of the list vote: never seated");
        CliRun csv = run("seats", "closed-2030", "--list", "a=40,b=35,c=24", "--region", "d1", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("party,name,share,list,total");
    }

    /**
     * Whole-area shares with no district: each district is allocated at those shares (a uniform projection, said so),
     * and the seats are the districts' sum. Before, this was refused with a request for constituency seats.
     */
    @Test
    void wholeAreaSharesAreAllocatedInEveryDistrictAlike() {
        CliRun r = run("seats", "closed-2030", "--list", "a=40,b=35,c=25", "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("a,Alpha,40.0,12,12")
                .contains("b,Beta,35.0,8,8")
                .contains("c,Gamma,25.0,4,4");
        CliRun table = run("seats", "closed-2030", "--list", "a=40,b=35,c=25");
        assertThat(table.out())
                .contains("closed-2030 parliament, every region at these shares: 24 list seats by dhondt, no threshold")
                .contains("last list seat won by (in each region): Alpha (a), quotient 13.333 share points")
                .contains("4 regions of 6 seats each at the same shares: a uniform projection");
    }

    /** A region named that the body does not have is refused, naming the known ones. */
    @Test
    void anUnknownRegionIsStillRefused() {
        CliRun r = run("seats", "closed-2030", "--list", "a=40,b=35,c=25", "--region", "nowhere");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("'nowhere' is not a list region of closed-2030");
    }
}
