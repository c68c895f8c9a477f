package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.aggregate.AggregateFixtures.average;
import static org.pollcast.aggregate.AggregateFixtures.election;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;

/** A printed 0 is a share under half the poll's rounding unit: the average reads it as the middle of that range. */
class PrintedZeroTest {
    private static final Election E = election("london-2008");

    @Test
    void aWholeNumberTablesZeroIsAQuarterOfAPoint() {
        assertThat(PrintedZero.in(Map.of("johnson", 44.0, "paddick", 0.0, "other", 5.0)))
                .isEqualTo(0.25);
        // "<1" is read as 0.5 by the ingester: still a table of whole numbers
        assertThat(PrintedZero.in(Map.of("johnson", 44.0, "paddick", 0.5, "livingstone", 0.0)))
                .isEqualTo(0.25);
    }

    @Test
    void aTableOfTenthsZeroIsAFortiethOfAPoint() {
        assertThat(PrintedZero.in(Map.of("johnson", 44.3, "paddick", 0.0))).isEqualTo(0.025);
    }

    @Test
    void twoPollsPrintingZeroAverageAQuarterNotNothing() {
        LocalDate day = LocalDate.of(2008, 4, 25);
        var a = poll(
                "london-2008",
                "YouGov",
                "A",
                day,
                1000,
                Map.of("johnson", 50.0, "livingstone", 40.0, "paddick", 0.0, "other", 10.0));
        var b = poll(
                "london-2008",
                "Ipsos MORI",
                "B",
                day,
                1000,
                Map.of("johnson", 49.0, "livingstone", 41.0, "paddick", 0.0, "other", 10.0));
        PollAverage avg = average(
                E,
                List.of(a, b),
                LocalDate.of(2008, 4, 30),
                AggregateSettings.withDefaults().withAdjustHouseEffects(false));
        assertThat(avg.share("paddick").orElseThrow().share()).isCloseTo(0.25, within(0.02));
        double total = avg.shares().stream().mapToDouble(ShareEstimate::share).sum();
        assertThat(total).isCloseTo(100, within(1e-9));
    }

    /**
     * A poll re-based when read (Khan 35 ... Kurten 0 with 25% don't know, stored as Khan 46.67) is a whole-number
     * table: its 0 is a quarter point of the printed scale, 0.25 × 100/75, not a fortieth because its stored shares
     * have decimals.
     */
    @Test
    void aRebasedPollsZeroIsAQuarterPointOfItsPrintedScale() {
        Map<String, Double> stored = new java.util.LinkedHashMap<>();
        stored.put("khan", 35 * 100 / 75.0);
        stored.put("bailey", 25 * 100 / 75.0);
        stored.put("berry", 15 * 100 / 75.0);
        stored.put("kurten", 0.0);
        org.pollcast.poll.Poll rebased = new org.pollcast.poll.Poll(
                "london-2021",
                "mayor",
                org.pollcast.election.Scope.FIRST_PREF,
                "YouGov",
                "",
                null,
                LocalDate.of(2021, 4, 1),
                null,
                null,
                1000,
                null,
                null,
                stored,
                25.0,
                false,
                org.pollcast.poll.RebasedNote.PREFIX
                        + ": printed over all respondents, 25% don't know included (printed khan 35, bailey 25,"
                        + " berry 15, kurten 0)",
                null,
                null,
                null,
                null);
        assertThat(PrintedZero.in(rebased)).isCloseTo(0.25 * 100 / 75, within(1e-9));
        assertThat(PrintedZero.in(stored)).isEqualTo(PrintedZero.TENTHS); // what its stored shares alone would say
    }
}
