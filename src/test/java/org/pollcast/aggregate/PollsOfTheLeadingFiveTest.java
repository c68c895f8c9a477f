package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.poll.Poll;

/**
 * Chicago's 2023 polls print the leading five of nine candidates, the four others left out ("–"): some with their
 * undecided, none summing with it to 100, and some without. No poll is complete, so the average's "others" was 100 less
 * the five's averages, and the five's averages were of everyone asked, undecided included: "others" was 20.3% a month
 * out and 19.4% a week out. The result gave the four 5.9%. The figures are the fixture page's
 * (src/test/resources/ingest/wikipedia-chicago-2023.html): M3 Strategies 15–17 Jan (no undecided printed), Victory
 * Research 23–25 Jan (12.2 undecided), Mason-Dixon 31 Jan–3 Feb (18), M3 Strategies 20–21 Feb (14); each as n = 1000.
 */
class PollsOfTheLeadingFiveTest {
    private static Election election;

    @BeforeAll
    static void load(@TempDir Path root) throws IOException {
        IngestFixtures.copyDataWith(root, "chicago-2019.yaml", "chicago-2023.yaml");
        election = new ElectionCatalog(new DataHome(root)).resolve("chicago-2023");
    }

    private static Poll poll(String pollster, LocalDate end, Double dontKnow, double... shares) {
        Map<String, Double> s = new LinkedHashMap<>();
        String[] ids = {"vallas", "johnson", "lightfoot", "garcia", "wilson"};
        for (int i = 0; i < ids.length; i++) {
            s.put(ids[i], shares[i]);
        }
        return AggregateFixtures.partialPoll("chicago-2023", pollster, end, s, dontKnow);
    }

    private static final List<Poll> POLLS = List.of(
            poll("M3 Strategies", LocalDate.of(2023, 1, 17), null, 26, 12.2, 9.8, 19, 8.5),
            poll("Victory Research", LocalDate.of(2023, 1, 25), 12.2, 19.5, 15.5, 19.2, 16.6, 11.7),
            poll("Mason-Dixon", LocalDate.of(2023, 2, 3), 18.0, 18, 11, 17, 20, 12),
            poll("M3 Strategies", LocalDate.of(2023, 2, 21), 14.0, 32, 18, 13.6, 11.6, 6.4));

    private static PollAverage average(LocalDate asOf) {
        return Aggregator.average(
                election,
                election.contest("mayor").orElseThrow(),
                Scope.FIRST_PREF,
                POLLS.stream().filter(p -> !p.date().isAfter(asOf)).toList(),
                asOf,
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of());
    }

    /** The average of one poll as of its own last day. */
    private static PollAverage alone(Poll p) {
        return alone(election, p);
    }

    /** The average of one poll of {@code e} as of its own last day. */
    private static PollAverage alone(Election e, Poll p) {
        return Aggregator.average(
                e,
                e.contest("mayor").orElseThrow(),
                Scope.FIRST_PREF,
                List.of(p),
                p.date(),
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of());
    }

    @Test
    void othersAreWhatThePollsLeaveBesideTheirUndecidedNotTheUndecided() {
        for (LocalDate asOf : List.of(LocalDate.of(2023, 1, 29), LocalDate.of(2023, 2, 21))) {
            PollAverage a = average(asOf);
            double others = a.share("other").orElseThrow().share();
            assertThat(others).as("others as of " + asOf).isBetween(3.0, 8.0);
        }
        assertThat(average(LocalDate.of(2023, 2, 21)).notes())
                .anyMatch(n -> n.startsWith(
                        "3 polls named only some options and printed their don't-knows, the two" + " short of 100"))
                .anyMatch(n -> n.startsWith("1 poll names only some options and leaves far more"));
    }

    /**
     * Mason-Dixon's poll alone: its five 78 and undecided 18 leave the four others 4 of everyone, 4.9 of those naming a
     * candidate; Vallas 18 is 22.0 of them.
     */
    @Test
    void aPollsOwnRestBesideItsUndecidedIsItsOthers() {
        Poll masonDixon = POLLS.get(2);
        PollAverage a = alone(masonDixon);
        assertThat(a.share("vallas").orElseThrow().share()).isCloseTo(18 * 100 / 82.0, within(0.01));
        assertThat(a.share("other").orElseThrow().share()).isCloseTo(4 * 100 / 82.0, within(0.01));
    }

    /**
     * M3 Strategies' poll of January 2023 alone (the five 75.5, nothing else printed): no poll says what the four left
     * out get, so its 24.5 is its undecided and those four in unknown proportion. Read as the four's share it made
     * "others" 24.5 ± 1.4 as if measured on the 1,000 asked, and Vallas 26 ± 2.3; the result gave the four 5.9 and
     * Vallas 32.9 (185,743 of about 564,545: the fixture's results/chicago_mayor_results.csv), both far outside. Now half the remainder, give or take all of it:
     * others 12.3 ± 7.1, Vallas taken of those naming a candidate with that half's error. Greater Manchester 2017's
     * only poll (Burnham 54, Anstee 15) is of the same kind.
     */
    @Test
    void aRemainderNoPollMeasuresIsNoPreciseOthers() {
        Poll m3 = POLLS.get(0);
        PollAverage a = alone(m3);
        ShareEstimate others = a.share("other").orElseThrow();
        assertThat(others.share()).isCloseTo(24.5 / 2, within(0.01));
        assertThat(others.se()).isCloseTo(24.5 / Math.sqrt(12), within(0.01));
        assertThat(others.effectiveSample()).isLessThan(100); // not the 1,000 asked
        assertThat(others.share() - 1.645 * others.se()).isLessThan(5.9);
        ShareEstimate vallas = a.share("vallas").orElseThrow();
        assertThat(vallas.share()).isCloseTo(26 * (100 - 12.25) / 75.5, within(0.01));
        assertThat(vallas.share() + 1.645 * vallas.se()).isGreaterThan(32.9);
        assertThat(a.notes())
                .anyMatch(
                        n -> n.startsWith("1 poll names only some options and no poll says what the" + " others get"));
    }

    /**
     * Beside it, a partial poll whose five make 100 leaves no remainder, and says nothing of one: the remainders are
     * averaged over the polls that leave one. Counted as 0, it halved the spread "others" is given (review).
     */
    @Test
    void aPollLeavingNoRemainderDoesNotNarrowAnotherPollsUnknownRest() {
        Poll full = poll("Victory Research", LocalDate.of(2023, 1, 17), null, 30, 20, 20, 20, 10);
        PollAverage a = Aggregator.average(
                election,
                election.contest("mayor").orElseThrow(),
                Scope.FIRST_PREF,
                List.of(POLLS.get(0), full),
                LocalDate.of(2023, 1, 17),
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of());
        assertThat(a.share("other").orElseThrow().se()).isGreaterThan(0.9 * 24.5 / Math.sqrt(12));
    }
    /**
     * A poll naming a withdrawn candidate beside its don't-knows, the two leaving a rest: its shares are taken over 100
     * less both (Khan 40 of 100 - 20 undecided - 10 for Stewart, who withdrew: 57.1), not scaled for each in turn (40 x
     * 100/90 x 100/80 = 55.6, review). London 2021's definition lists Stewart as withdrawn.
     */
    @Test
    void aWithdrawnCandidateAndTheUndecidedAreTakenOutTogether() {
        Election london = org.pollcast.ingest.IngestFixtures.CATALOG.resolve("london-2021");
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("khan", 40.0);
        shares.put("bailey", 20.0);
        shares.put("stewart", 10.0);
        Poll p = AggregateFixtures.partialPoll("london-2021", "YouGov", LocalDate.of(2020, 2, 1), shares, 20.0);
        PollAverage a = alone(london, p);
        assertThat(a.share("khan").orElseThrow().share()).isCloseTo(40 * 100 / 70.0, within(0.01));
    }
}
