package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.election.SeatAllocation.ListResult;

/**
 * New Zealand's rules as a definition states them ({@code thresholdWaiver: 1}, {@code overhang: keep}) against the
 * Electoral Commission's allocations: 2023, whose Te Pāti Māori won more electorates than its party vote was worth
 * (fixture and sources: src/test/resources/golden/new-zealand-2023-mmp.yaml), and 2020 again, with no overhang
 * (new-zealand-2020-party-list.yaml, which {@link SainteLagueGoldenTest} reads with the modified method). Nothing is
 * applied by hand here: the waiver, the house and the overhang are all {@link SeatAllocation#allocate}'s.
 */
class MmpGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ListRules NEW_ZEALAND = new ListRules(1, Overhang.KEEP);

    record Party(String party, long votes, int electorates, int list, int total) {}

    record Allocation(
            String id, Long totalPartyVotes, Integer seatsInParliament, Integer overhang, List<Party> parties) {}

    record Fixture(String method, int seats, double thresholdPercent, List<Allocation> allocations) {}

    static Allocation read(String file, String id) throws IOException {
        Fixture f = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(GOLDEN.resolve(file).toFile(), Fixture.class);
        assertThat(f.seats()).isEqualTo(120);
        assertThat(f.thresholdPercent()).isEqualTo(5);
        assertThat(f.method()).isEqualTo(SeatMethod.SAINTE_LAGUE_MODIFIED.code());
        return f.allocations().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Every party's list and total seats, the overhang and the size of Parliament, as the Commission published them.
     * Where the fixture lists every party (election night), the 5% rule runs on the whole party vote; where it lists
     * those in Parliament only, the others' votes are not known, and each listed party is over 5% or holds an
     * electorate either way.
     */
    @ParameterizedTest
    @CsvSource({
        "new-zealand-2023-mmp.yaml, election-night, 121, 1",
        "new-zealand-2023-mmp.yaml, official, 122, 2",
        "new-zealand-2020-party-list.yaml, election-night, 120, 0",
        "new-zealand-2020-party-list.yaml, official, 120, 0"
    })
    void reproducesTheCommissionsAllocation(String file, String id, int parliament, int overhang) throws IOException {
        Allocation a = read(file, id);
        int n = a.parties().size();
        double[] votes = new double[n];
        int[] electorates = new int[n];
        for (int p = 0; p < n; p++) {
            votes[p] = a.parties().get(p).votes();
            electorates[p] = a.parties().get(p).electorates();
        }
        ListResult r = SeatAllocation.allocate(
                SeatMethod.SAINTE_LAGUE_MODIFIED,
                votes,
                electorates,
                48,
                120,
                a.totalPartyVotes() == null ? 0 : 5,
                new boolean[n],
                0,
                NEW_ZEALAND,
                null);
        if (a.totalPartyVotes() != null) {
            assertThat(r.totalVotes()).isEqualTo(a.totalPartyVotes().doubleValue());
        }
        int seats = 0;
        for (int p = 0; p < n; p++) {
            Party party = a.parties().get(p);
            assertThat(r.listSeats()[p])
                    .as("%s %s %s list seats", file, id, party.party())
                    .isEqualTo(party.list());
            assertThat(electorates[p] + r.listSeats()[p])
                    .as("%s %s %s seats", file, id, party.party())
                    .isEqualTo(party.total());
            seats += party.total();
        }
        assertThat(r.overhang()).isEqualTo(overhang);
        assertThat(seats).isEqualTo(parliament).isEqualTo(120 + r.overhang());
        if (a.seatsInParliament() != null) {
            assertThat(seats).isEqualTo(a.seatsInParliament());
            assertThat(r.overhang()).isEqualTo(a.overhang());
        }
    }

    /**
     * Te Pāti Māori in 2023: 3.08% of the official party vote, under 5%, so the waiver is what admits it; Sainte-Laguë
     * entitles it to 4 of 120 and it won 6 electorates, so it keeps 6 and takes no list seat. Without the waiver its
     * electorates would leave the house (as an ineligible party's do) and nobody would overhang; absorbed instead, as
     * the London Assembly's list seats absorb a party's excess, the house would stay at 120 and other parties would
     * give up the two seats: each rule matters.
     */
    @ParameterizedTest
    @CsvSource({"election-night, 3, 4", "official, 4, 6"})
    void tePatiMaoriIsAdmittedByItsElectoratesAndOverhangs(String id, int entitled, int electorates)
            throws IOException {
        Allocation a = read("new-zealand-2023-mmp.yaml", id);
        int n = a.parties().size();
        double[] votes = a.parties().stream().mapToDouble(Party::votes).toArray();
        int[] won = a.parties().stream().mapToInt(Party::electorates).toArray();
        int maori = 5;
        assertThat(a.parties().get(maori).party()).isEqualTo("Te Pāti Māori");
        assertThat(won[maori]).isEqualTo(electorates);
        ListResult noWaiver = SeatAllocation.allocate(
                SeatMethod.SAINTE_LAGUE_MODIFIED,
                votes,
                won,
                48,
                120,
                5,
                new boolean[n],
                0, // the official fixture lists six parties: 3.3% of their votes alone, under 5% of any larger total
                new ListRules(0, Overhang.KEEP),
                null);
        assertThat(noWaiver.overThreshold()[maori]).as("under 5%").isFalse();
        assertThat(noWaiver.eligible()[maori]).isFalse();
        assertThat(noWaiver.overhang())
                .as("its electorates leave the house instead")
                .isZero();

        ListResult nz = SeatAllocation.allocate(
                SeatMethod.SAINTE_LAGUE_MODIFIED, votes, won, 48, 120, 0, new boolean[n], 0, NEW_ZEALAND, null);
        assertThat(nz.overhang()).isEqualTo(electorates - entitled);
        ListResult absorbed = SeatAllocation.allocate(
                SeatMethod.SAINTE_LAGUE_MODIFIED,
                votes,
                won,
                120 - Arrays.stream(won).sum(),
                120,
                0,
                new boolean[n],
                0,
                new ListRules(1, Overhang.ABSORB),
                null);
        int absorbedSeats =
                Arrays.stream(won).sum() + Arrays.stream(absorbed.listSeats()).sum();
        assertThat(absorbedSeats).isEqualTo(120);
        assertThat(absorbed.listSeats()).isNotEqualTo(nz.listSeats());
    }
}
