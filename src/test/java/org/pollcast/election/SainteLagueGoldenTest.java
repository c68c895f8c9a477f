package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Modified Sainte-Laguë against the New Zealand Electoral Commission's allocations of 2020 (fixture and
 * sources: src/test/resources/golden/new-zealand-2020-party-list.yaml): electorate seats count as already won,
 * as in London's modified D'Hondt. New Zealand admits a party to the list allocation with 5% of the party
 * vote or one electorate seat; the 5% part is {@link SeatAllocation#thresholdInto}, the electorate waiver is
 * applied here (London has none). The allocation itself is {@link SeatAllocation#allocateInto}, the simulator's.
 */
class SainteLagueGoldenTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden/new-zealand-2020-party-list.yaml");

    record Party(String party, long votes, int electorates, int list, int total) {}

    record Allocation(String id, Long totalPartyVotes, List<Party> parties) {}

    record Fixture(String method, int seats, int electorates, double thresholdPercent, List<Allocation> allocations) {}

    static Allocation allocation(Fixture f, String id) {
        return f.allocations().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static Fixture read() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(FIXTURE.toFile(), Fixture.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"election-night", "official"})
    void reproducesTheCommissionsListSeats(String id) throws IOException {
        Fixture f = read();
        Allocation a = allocation(f, id);
        int n = a.parties().size();
        double[] votes = new double[n];
        int[] electorates = new int[n];
        for (int p = 0; p < n; p++) {
            votes[p] = a.parties().get(p).votes();
            electorates[p] = a.parties().get(p).electorates();
        }
        boolean[] eligible = new boolean[n];
        if (a.totalPartyVotes() != null) {
            // Every party is listed: the 5% rule on the whole party vote, then the electorate waiver.
            double total = SeatAllocation.thresholdInto(votes, null, 0, f.thresholdPercent(), eligible);
            assertThat(total).isEqualTo(a.totalPartyVotes().doubleValue());
        } else {
            // Only the parties in Parliament are listed, each over 5% or holding an electorate.
            java.util.Arrays.fill(eligible, true);
        }
        for (int p = 0; p < n; p++) {
            eligible[p] |= electorates[p] > 0;
        }
        int listSeats = f.seats() - f.electorates();
        int[] seats = new int[n];
        SeatAllocation.allocateInto(
                SeatMethod.fromCode(f.method()).orElseThrow(),
                votes,
                electorates,
                listSeats,
                eligible,
                new boolean[n],
                seats,
                null,
                null,
                new SeatAllocation.Quotients(n),
                0);

        int allSeats = 0;
        for (int p = 0; p < n; p++) {
            Party party = a.parties().get(p);
            assertThat(seats[p]).as("%s %s list seats", id, party.party()).isEqualTo(party.list());
            assertThat(electorates[p] + seats[p])
                    .as("%s %s seats", id, party.party())
                    .isEqualTo(party.total());
            allSeats += electorates[p] + seats[p];
        }
        assertThat(allSeats).isEqualTo(f.seats());
    }

    @ParameterizedTest
    @ValueSource(strings = {"election-night", "official"})
    void theMaoriPartyQualifiesOnlyThroughItsElectorate(String id) throws IOException {
        // 1.0% and 1.2% of the party vote: under 5%, so the waiver matters; with it, one list seat or none.
        Allocation a = allocation(read(), id);
        Party maori = a.parties().stream()
                .filter(p -> p.party().startsWith("Māori"))
                .findFirst()
                .orElseThrow();
        assertThat(maori.electorates()).isEqualTo(1);
        if (a.totalPartyVotes() != null) {
            assertThat(maori.votes() * 100.0 / a.totalPartyVotes()).isLessThan(5);
        }
    }
}
