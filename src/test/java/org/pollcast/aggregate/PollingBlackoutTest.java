package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.ingest.ElectionLoader;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.poll.PollingBlackout;

/**
 * A poll dated inside a definition's polling blackout counts from polling day. Chile's 2021 table prints Cadem's
 * surveys of 16–19 and 20 November, the first round's eve, inside its 14-day blackout (published after the vote or
 * only privately): before, each counted from its fieldwork's end, so a backtest "a day out", {@code forecast --as-of}
 * and the report's race history read figures no voter could.
 */
class PollingBlackoutTest {
    private static final Election CL2021 =
            ElectionLoader.load(Path.of("src/test/resources/ingest/elections/cl-2021.yaml"));

    /** Cadem's figures as src/test/resources/ingest/wikipedia-cl-2021.html prints them, on other days as named. */
    private static Poll cadem(Scope scope, LocalDate start, LocalDate end, LocalDate published) {
        Map<String, Double> shares = scope == Scope.RUNOFF
                ? Map.of("boric", 50.0, "kast", 50.0)
                : Map.of("boric", 27.0, "kast", 27.0, "provoste", 11.0, "sichel", 13.0, "parisi", 12.0, "meo", 9.0);
        return PollBuilder.of("cl-2021", "president", scope, "Cadem")
                .started(start)
                .ended(end)
                .published(published)
                .shares(shares)
                .build();
    }

    private static PollAverage average(List<Poll> polls, LocalDate asOf, AggregateSettings s) {
        return Aggregator.average(
                CL2021,
                CL2021.contest("president").orElseThrow(),
                Scope.FIRST_PREF,
                polls,
                asOf,
                s,
                Map.of(),
                Map.of());
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2021, month, day);
    }

    @Test
    void aPollDatedInsideTheBlackoutIsKnownFromPollingDay() {
        Poll eve = PollingBlackout.apply(CL2021, cadem(Scope.FIRST_PREF, d(11, 16), d(11, 19), null));
        assertThat(eve.knownFrom()).isEqualTo(d(11, 21));
        assertThat(eve.knownBy(d(11, 20))).isFalse();
        assertThat(eve.knownBy(d(11, 21))).isTrue();
        assertThat(eve.heldBack()).isTrue();
        assertThat(eve.date()).isEqualTo(d(11, 19)); // its weight still runs from its fieldwork
        assertThat(eve.whenKnown()).isEqualTo("dated 2021-11-19, inside the polling blackout before 2021-11-21");
        // The blackout's first day (7 November, 14 days out) is inside it; the day before is not.
        assertThat(PollingBlackout.apply(CL2021, cadem(Scope.FIRST_PREF, d(11, 5), d(11, 7), null))
                        .knownFrom())
                .isEqualTo(d(11, 21));
        Poll before = cadem(Scope.FIRST_PREF, d(11, 2), d(11, 6), null);
        assertThat(PollingBlackout.apply(CL2021, before)).isSameAs(before);
        // Polled on polling day (an exit poll) is known that day as it is.
        Poll exit = cadem(Scope.FIRST_PREF, d(11, 21), d(11, 21), null);
        assertThat(PollingBlackout.apply(CL2021, exit).heldBack()).isFalse();
    }

    @Test
    void anExactPublicationBeforePollingDayIsKept() {
        Poll published = cadem(Scope.FIRST_PREF, d(11, 8), d(11, 9), d(11, 10));
        assertThat(PollingBlackout.apply(CL2021, published).knownFrom()).isEqualTo(d(11, 10));
        // A publication known to the month only says nothing of the day.
        Poll month = PollBuilder.of("cl-2021", "president", Scope.FIRST_PREF, "Cadem")
                .ended(d(11, 19))
                .published(d(11, 15))
                .precision(DatePrecision.MONTH)
                .shares(Map.of("boric", 27.0, "kast", 27.0))
                .build();
        assertThat(PollingBlackout.apply(CL2021, month).knownFrom()).isEqualTo(d(11, 21));
    }

    @Test
    void aSecondRoundHasItsOwnBlackoutBeforeItsOwnDay() {
        Poll runoff = PollingBlackout.apply(CL2021, cadem(Scope.RUNOFF, d(12, 9), d(12, 10), null));
        assertThat(runoff.knownFrom()).isEqualTo(d(12, 19));
        assertThat(runoff.knownBy(d(12, 18))).isFalse();
        Poll between = cadem(Scope.RUNOFF, d(11, 25), d(11, 26), null);
        assertThat(PollingBlackout.apply(CL2021, between).heldBack()).isFalse();
        // A run-off question asked on the first round's eve waits for the first round's day.
        assertThat(PollingBlackout.apply(CL2021, cadem(Scope.RUNOFF, d(11, 16), d(11, 19), null))
                        .knownFrom())
                .isEqualTo(d(11, 21));
    }

    @Test
    void noBlackoutStatedChangesNothing() {
        Election london = AggregateFixtures.election("london-2021");
        Poll p = cadem(Scope.FIRST_PREF, d(11, 16), d(11, 19), null);
        assertThat(london.pollingBlackoutDays()).isZero();
        assertThat(PollingBlackout.apply(london, List.of(p)).get(0)).isSameAs(p);
    }

    @Test
    void anAverageOnTheEveLeavesTheHeldBackPollsOutAndSaysSo() {
        Poll early = cadem(Scope.FIRST_PREF, d(11, 2), d(11, 4), null)
                .withShares(Map.of(
                        "boric",
                        24.36,
                        "kast",
                        32.05,
                        "provoste",
                        11.54,
                        "sichel",
                        10.26,
                        "parisi",
                        12.82,
                        "meo",
                        6.41));
        List<Poll> polls = PollingBlackout.apply(
                CL2021,
                List.of(
                        early,
                        cadem(Scope.FIRST_PREF, d(11, 16), d(11, 19), null),
                        cadem(Scope.FIRST_PREF, d(11, 20), d(11, 20), null)
                                .withShares(Map.of(
                                        "boric",
                                        27.0,
                                        "kast",
                                        29.0,
                                        "provoste",
                                        11.0,
                                        "sichel",
                                        14.0,
                                        "parisi",
                                        13.0,
                                        "meo",
                                        5.0))));
        AggregateSettings s = AggregateSettings.withDefaults();
        PollAverage eve = average(polls, d(11, 20), s);
        PollAverage alone = average(List.of(early), d(11, 20), s);
        assertThat(eve.share("kast").orElseThrow().share())
                .isEqualTo(alone.share("kast").orElseThrow().share());
        assertThat(eve.notes())
                .contains("2 polls dated inside the 14-day polling blackout are not counted before polling day"
                        + " (2021-11-21), as the law forbade publishing them in the country before the vote: Cadem (dated"
                        + " 2021-11-19),"
                        + " Cadem (dated 2021-11-20)");
        PollAverage day = average(polls, d(11, 21), s);
        assertThat(day.share("kast").orElseThrow().share()).isLessThan(31);
    }
}
