package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.ingest.ElectionLoader;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.pipeline.Counts;
import org.pollcast.pipeline.ForecastOutcome;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.Workspace;
import org.pollcast.simulate.SimulationSettings;

/**
 * Greece's majority bonus (the blind trial on Greece, src/test/resources/ingest/README.md): the first list takes 20 seats
 * at 25% of the valid vote and one more for each half point above it up to 40%, and the rest of the 300 go by largest
 * remainder among the lists over 3%. Without it the June 2023 count gave New Democracy 129 seats where it won 158, and
 * the forecast a week out gave a list polled at 44% a majority's chance of 44%.
 */
class MajorityBonusTest {
    @TempDir
    Path tmp;

    private static final Bonus GREECE = new Bonus(20, 25, 0.5, 40);

    @Test
    void theBonusGrowsByWholeStepsBetweenItsShares() {
        assertThat(GREECE.seatsAt(24.99)).isZero();
        assertThat(GREECE.seatsAt(25.0)).isEqualTo(20);
        assertThat(GREECE.seatsAt(25.49)).isEqualTo(20);
        assertThat(GREECE.seatsAt(25.5)).isEqualTo(21);
        assertThat(GREECE.seatsAt(40.56)).isEqualTo(50);
        assertThat(GREECE.seatsAt(62)).isEqualTo(50);
        assertThat(GREECE.most()).isEqualTo(50);
        // The flat bonus of 2012 and 2015: 50 seats to the first list, whatever its share.
        assertThat(new Bonus(50, 0, 0, 0).seatsAt(26.9)).isEqualTo(50);
    }

    /** The Interior Ministry's count of 25 June 2023, as published: 158, 47, 32, 21, 12, 12, 10, 8. */
    @Test
    void june2023sSeatsAreTheBonusAndTheRestByLargestRemainder() {
        double[] votes = {2_115_322, 930_013, 617_487, 401_224, 243_922, 231_491, 193_124, 165_523};
        SeatAllocation.ListResult r = SeatAllocation.allocate(
                SeatMethod.LARGEST_REMAINDER,
                votes,
                new int[8],
                300,
                300,
                3,
                new boolean[8],
                317_101,
                ListRules.FIXED_HOUSE.withBonus(GREECE),
                null);
        assertThat(r.listSeats()).containsExactly(158, 47, 32, 21, 12, 12, 10, 8);
        // Without the bonus the same votes give the May rule's simple proportionality: New Democracy 129.
        SeatAllocation.ListResult plain = SeatAllocation.allocate(
                SeatMethod.LARGEST_REMAINDER,
                votes,
                new int[8],
                300,
                300,
                3,
                new boolean[8],
                317_101,
                ListRules.FIXED_HOUSE,
                null);
        assertThat(plain.listSeats()[0]).isEqualTo(129);
    }

    /**
     * The next seat is the method's, read before the bonus: lists on 70, 20 and 10 with 10 seats, 5 of them a flat
     * bonus. D'Hondt gives the other 5 as 4, 1, 0, and the first list's next quotient (70 / 5 = 14) beats 10; counted
     * with its bonus seats (70 / 10 = 7) it never would, and `seats` named another list as next.
     */
    @Test
    void theNextQuotientIsTheMethodsNotTheBonuss() {
        SeatAllocation.ListResult r = SeatAllocation.allocate(
                SeatMethod.DHONDT_MODIFIED,
                new double[] {70, 20, 10},
                new int[3],
                10,
                10,
                0,
                new boolean[3],
                0,
                ListRules.FIXED_HOUSE.withBonus(new Bonus(5, 0, 0, 0)),
                null);
        assertThat(r.listSeats()).containsExactly(9, 1, 0);
        assertThat(r.nextParty()).isZero();
        assertThat(r.nextQuotient()).isEqualTo(14.0);
    }

    /** Others are never the first list, whatever their share (a quota method with no threshold seats them as lists). */
    @Test
    void othersNeverTakeTheBonus() {
        boolean[] all = {true, true, true};
        assertThat(Bonus.leader(new double[] {25, 30, 20}, all)).isEqualTo(1);
        assertThat(Bonus.leader(new double[] {25, 30, 20}, all, 1)).isZero();
    }

    /** `count` checks the definition's rule against the published seats: the bonus makes them match. */
    @Test
    void theCountOfJune2023MatchesThePublishedSeats() throws IOException {
        Workspace ws =
                IngestFixtures.kitWorkspace(tmp, "greece", "src/test/resources/ingest/politpro-gr-2023-05-31-gpo.txt");
        OfficialCount count = Counts.run(ws, "gr-2023-06");
        assertThat(count.assembly().listCheck().matches()).isTrue();
    }

    /**
     * The forecast gives the bonus in every draw to that draw's first list and says so: a week before June 2023, from
     * GPO's poll of 30–31 May (New Democracy 43.9), New Democracy's majority is near certain, where without the bonus it
     * was a coin toss.
     */
    @Test
    void theForecastGivesTheBonusToEachDrawsFirstList() throws IOException {
        Workspace ws =
                IngestFixtures.kitWorkspace(tmp, "greece", "src/test/resources/ingest/politpro-gr-2023-05-31-gpo.txt");
        ForecastOutcome out = Forecasts.run(
                ws,
                ForecastRequest.of("gr-2023-06", LocalDate.of(2023, 6, 18))
                        .withSimulation(SimulationSettings.withDefaults().withSims(4_000L)));
        assertThat(out.assemblyInput().sources())
                .anySatisfy(
                        n -> assertThat(n).contains("a bonus to the first list of 20 seats at 25% of the valid vote"));
        assertThat(out.forecast().assembly().blocs())
                .singleElement()
                .satisfies(b -> assertThat(b.p()).isGreaterThan(0.85));
        assertThat(out.forecast().assembly().parties())
                .filteredOn(s -> s.id().equals("nd"))
                .singleElement()
                .satisfies(s -> assertThat(s.seatsMean()).isGreaterThan(160));
    }

    @Test
    void aBonusIsRefusedWhereItCannotBeCounted() throws IOException {
        String house = """
                id: test
                name: Test election
                date: 2030-05-02
                parties:
                  - {id: p, name: Party P}
                  - {id: q, name: Party Q}
                contests:
                  house:
                    system: additional-member
                    seats: 300
                    listSeats: 300
                    method: largest-remainder
                    threshold: 3
                    BONUS
                    parties: [p, q]
                """;
        Path file = tmp.resolve("test.yaml");
        for (String[] c : List.of(
                new String[] {
                    "bonus: {seats: 20, from: 25, step: 0.5}", "field 'contests.house.bonus.upTo': is required"
                },
                new String[] {"bonus: {seats: 20, upTo: 40}", "field 'contests.house.bonus.upTo': has nothing to stop"},
                new String[] {"bonus: {seats: 300}", "the bonus reaches 300 seats, leaving none of the 300"},
                new String[] {"bonus: {from: 25}", "field 'contests.house.bonus.seats'"})) {
            Files.writeString(file, house.replace("BONUS", c[0]));
            assertThatThrownBy(() -> ElectionLoader.load(file))
                    .as(c[0])
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith(file + ":")
                    .hasMessageContaining(c[1]);
        }
        // Surplus agreements re-share a pair's seats, a bonus among them: the two together are not modelled.
        Files.writeString(
                file,
                house.replace("method: largest-remainder", "method: dhondt")
                        .replace("BONUS", "surplusAgreements: [[p, q]]\n    bonus: {seats: 50}"));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("field 'contests.house.bonus': a bonus beside surplusAgreements is not modelled");
        Files.writeString(file, house.replace("BONUS", "bonus: {seats: 20, from: 25, step: 0.5, upTo: 40}"));
        Election e = ElectionLoader.load(file);
        assertThat(((AdditionalMemberContest) e.contest("house").orElseThrow())
                        .listRules()
                        .bonus())
                .isEqualTo(GREECE);
    }
}
