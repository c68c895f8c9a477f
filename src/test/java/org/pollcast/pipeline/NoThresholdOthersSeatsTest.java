package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollStore;

/**
 * South Africa's National Assembly (400 seats, Hagenbach-Bischoff quota, no threshold), the day before 2019 from the
 * polls naming only the ANC, DA and EFF: the IFP, FF+ and a dozen more are the forecast's "others" (9% of the vote),
 * who won 46 seats. Never seated, the seats their quotas took went to the three named parties by their remainders, a
 * dozen each: the ANC 235 seats from 55.6% of the vote. Seated as lists, "others" hold their share of the house.
 */
class NoThresholdOthersSeatsTest {
    @TempDir
    Path tmp;

    @Test
    void othersWinTheirShareOfAHouseWithNoThreshold() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path fixtures = Path.of("src/test/resources/ingest");
        Files.copy(fixtures.resolve("elections/za-2019.yaml"), data.resolve("elections/za-2019.yaml"));
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        try (PollStore store = ws.openStore()) {
            ws.ingester()
                    .ingest(
                            fixtures.resolve("wikipedia-za-2019.html").toString(),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true));
        }
        ForecastOutcome o = Forecasts.run(
                ws,
                ForecastRequest.of("za-2019", LocalDate.of(2019, 5, 7))
                        .withSimulation(SimulationSettings.withDefaults().withSims(20_000L)));
        AssemblyForecast a = o.forecast().assembly();
        double anc = seats(a, "anc");
        double other = seats(a, "other");
        double ancShare =
                o.forecast().mayor().input().mean()[o.forecast().mayor().input().index("anc")];
        assertThat(other).isGreaterThan(20);
        // Proportional: the ANC's seats are its share of 400, give or take the quota's rounding and the draws.
        assertThat(anc).isCloseTo(ancShare * 4, within(6.0));
        assertThat(a.parties().stream()
                        .mapToDouble(AssemblyForecast.PartySeats::seatsMean)
                        .sum())
                .isCloseTo(400, within(1e-6));
    }

    /**
     * A count of a results file that names four parties and an Others row of 2,237,031 votes (South Africa's 2024, as a
     * blind trial typed it from the IEC's published figures: ANC 6,459,683 and 159 seats, DA 3,505,735 and 87, MK
     * 2,344,309 and 58, EFF 1,529,961 and 39). Others are never seated in a count (a seat is a named party's), so
     * their quotas' seats go to the four by remainder; the check says so and what to do, where it said only
     * "DIFFERENT". A file whose Others row won no seat (2019's) is counted as before.
     */
    @Test
    void aCountWhoseOthersMakeWholeQuotasSaysWhyItDiffers() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path fixtures = Path.of("src/test/resources/ingest");
        for (String id : new String[] {"za-2019", "za-2024"}) {
            Files.copy(fixtures.resolve("elections/" + id + ".yaml"), data.resolve("elections/" + id + ".yaml"));
        }
        Files.writeString(data.resolve("results/za_assembly_list_results.csv"), """
                year,party,votes,list_seats,constituency_seats
                2024,ANC,6459683,159,0
                2024,DA,3505735,87,0
                2024,MK,2344309,58,0
                2024,EFF,1529961,39,0
                2024,Others,2237031,,0
                """);
        org.pollcast.election.OfficialCount count = Counts.run(Workspace.of(data, tmp.resolve("c.db")), "za-2024");
        assertThat(count.assembly().listCheck().matches()).isFalse();
        assertThat(count.assembly().listCheck().note())
                .contains("the 2,237,031 votes for parties the file does not name make 55.8 quotas")
                .contains("give each its own row");
        assertThat(count.assembly().listNote()).contains("with the file's Others row (2,237,031)");
    }

    private static double seats(AssemblyForecast a, String party) {
        return a.parties().stream()
                .filter(p -> p.id().equals(party))
                .findFirst()
                .orElseThrow()
                .seatsMean();
    }
}
