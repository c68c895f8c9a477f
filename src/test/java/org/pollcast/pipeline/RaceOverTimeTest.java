package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.report.RaceSeries;
import org.pollcast.store.PollStore;

/** How the race moved: each point sees only the polls public by then, and its dates are bounded. */
class RaceOverTimeTest {
    /** The bundled london-2021 polls up to here: six first-preference polls from 2020-03-06, a dozen points. */
    private static final LocalDate AS_OF = LocalDate.of(2020, 11, 30);
    /** Few simulations: the property is exact (same seed, same inputs), not statistical. */
    private static final long SIMS = 2_000;

    /**
     * A poll invented for this test, dated between two points: Bailey far ahead, so that it must move every point
     * from its date on, and no point before it.
     */
    private static Poll lateBaileyLead(LocalDate day) {
        return PollBuilder.of("london-2021", "mayor", Scope.FIRST_PREF, "YouGov")
                .started(day.minusDays(2))
                .ended(day)
                .sample(1200)
                .shares(Map.of("khan", 30.0, "bailey", 48.0, "berry", 8.0, "porritt", 6.0, "other", 8.0))
                .build();
    }

    /**
     * 2028's chance moved in November 2025 with one mayoral poll throughout: Westminster polls newer than it had moved
     * it, and the race table counts them so a reader can see why. Those before the newest mayoral poll move nothing,
     * nor do any when none is dated by the mayoral poll (the trend has no starting point).
     */
    @Test
    void countsTheWestminsterPollsThatMovedAPoint() {
        LocalDate may = LocalDate.of(2025, 5, 12);
        LocalDate jan = LocalDate.of(2026, 1, 15);
        List<Poll> mayoral = List.of(poll(Scope.FIRST_PREF, may, null), poll(Scope.FIRST_PREF, jan, null));
        List<Poll> westminster = List.of(
                poll(Scope.WESTMINSTER, LocalDate.of(2025, 4, 1), null),
                poll(Scope.WESTMINSTER, LocalDate.of(2025, 6, 1), null),
                poll(Scope.WESTMINSTER, LocalDate.of(2025, 11, 1), null),
                poll(Scope.WESTMINSTER, jan, null));
        assertThat(RaceOverTime.westminsterSince(westminster, mayoral, LocalDate.of(2025, 5, 30)))
                .isZero();
        assertThat(RaceOverTime.westminsterSince(westminster, mayoral, LocalDate.of(2025, 11, 7)))
                .isEqualTo(2);
        assertThat(RaceOverTime.westminsterSince(westminster, mayoral, jan)).isZero();
        assertThat(RaceOverTime.westminsterSince(westminster.subList(1, 4), mayoral, LocalDate.of(2025, 11, 7)))
                .isZero();
        assertThat(RaceOverTime.westminsterSince(westminster, List.of(), LocalDate.of(2025, 11, 7)))
                .isZero();
        // Taken on 1 November and published on the 25th, a poll is no move on the 7th, as that date's forecast
        // does not know it.
        List<Poll> late = List.of(
                westminster.get(0),
                westminster.get(1),
                poll(Scope.WESTMINSTER, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 25)));
        assertThat(RaceOverTime.westminsterSince(late, mayoral, LocalDate.of(2025, 11, 7)))
                .isEqualTo(1);
        assertThat(RaceOverTime.westminsterSince(late, mayoral, LocalDate.of(2025, 11, 25)))
                .isEqualTo(2);
    }

    private static Poll poll(Scope scope, LocalDate end, LocalDate published) {
        return PollBuilder.of(
                        "london-2028", scope == Scope.WESTMINSTER ? "westminster" : "mayor", scope, "Pollster " + end)
                .ended(end)
                .published(published)
                .sample(1000)
                .shares(Map.of("lab", 30.0, "reform", 20.0))
                .build();
    }

    /** The bundled 2028 polls: two mayoral polls, and Westminster polls between them that moved the race. */
    @Test
    void london2028sPointsBetweenItsMayoralPollsCountTheWestminsterPolls(@TempDir Path tmp) {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2028");
        List<Poll> bundled;
        try (PollStore store = ws.openStore()) {
            bundled = PollSource.polls(ws, store, e);
        }
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        RaceSeries race = RaceOverTime.compute(ws, ForecastRequest.of(e.id(), asOf), e, bundled, asOf, SIMS);
        assertThat(race.points()).anySatisfy(p -> {
            assertThat(p.polls()).isEqualTo(1);
            assertThat(p.westminster()).isPositive();
        });
        assertThat(race.points().get(race.points().size() - 1).westminster()).isZero();
    }

    /**
     * The point on the as-of date is the headline forecast itself: drawn again with the series' fewer simulations it
     * read 68.5% beside the headline's 69.2% (london-2028, the README walkthrough), two numbers for today.
     */
    @Test
    void theLastPointIsTheHeadlineForecast(@TempDir Path tmp) {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2028");
        List<Poll> bundled;
        try (PollStore store = ws.openStore()) {
            bundled = PollSource.polls(ws, store, e);
        }
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        ForecastRequest request = ForecastRequest.of(e.id(), asOf)
                .withSimulation(
                        org.pollcast.simulate.SimulationSettings.withDefaults().withSims(SIMS));
        // The headline drawn with more simulations than the series draws a date, as a report's is.
        org.pollcast.simulate.MayorForecast headline = Forecasts.run(
                        ws,
                        request.withSimulation(org.pollcast.simulate.SimulationSettings.withDefaults()
                                .withSims(3 * SIMS)))
                .forecast()
                .mayor();
        RaceSeries race = RaceOverTime.compute(ws, request, e, bundled, asOf, headline);
        RaceSeries.Point last = race.points().get(race.points().size() - 1);
        assertThat(last.asOf()).isEqualTo(asOf);
        for (var c : headline.candidates()) {
            assertThat(last.pWin().get(c.id())).as(c.id()).isEqualTo(c.pWin());
            assertThat(last.firstPref().get(c.id()).mean())
                    .as(c.id())
                    .isEqualTo(c.firstPref().mean());
        }
    }

    @Test
    void aPollDatedAfterAPointChangesNothingThereAndMovesThePointsAfterIt(@TempDir Path tmp) {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2021");
        List<Poll> bundled;
        try (PollStore store = ws.openStore()) {
            bundled = PollSource.polls(ws, store, e);
        }
        ForecastRequest request = ForecastRequest.of(e.id(), AS_OF);
        RaceSeries before = RaceOverTime.compute(ws, request, e, bundled, AS_OF, SIMS);
        LocalDate late = LocalDate.of(2020, 11, 25);
        List<Poll> with = new ArrayList<>(bundled);
        with.add(lateBaileyLead(late));
        RaceSeries after = RaceOverTime.compute(ws, request, e, with, AS_OF, SIMS);

        Map<LocalDate, RaceSeries.Point> then = byDate(before);
        Map<LocalDate, RaceSeries.Point> now = byDate(after);
        assertThat(now).containsKey(late); // a poll's date is a point
        int compared = 0;
        for (LocalDate d : then.keySet()) {
            if (d.isBefore(late) && now.containsKey(d)) {
                assertThat(now.get(d)).as("as of " + d).isEqualTo(then.get(d));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5);
        // The test can fail: from its date on, the invented poll moves the forecast.
        double khanThen = then.get(AS_OF).pWin().get("khan");
        double khanNow = now.get(AS_OF).pWin().get("khan");
        assertThat(khanNow).isLessThan(khanThen - 0.05);

        for (RaceSeries.Point p : after.points()) {
            assertThat(p.asOf()).isBetween(LocalDate.of(2020, 3, 6), AS_OF);
            assertThat(p.pWin().values()).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
            double sum =
                    p.pWin().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(sum).as("as of " + p.asOf()).isLessThanOrEqualTo(1 + 1e-9);
            assertThat(p.firstPref().get("khan").p05())
                    .isLessThanOrEqualTo(p.firstPref().get("khan").mean());
        }
        assertThat(after.points()).extracting(RaceSeries.Point::asOf).isSorted();
        assertThat(after.sims()).isEqualTo(SIMS);
        assertThat(after.modelVersion()).isEqualTo(Forecasts.MODEL_VERSION);
    }

    private static Map<LocalDate, RaceSeries.Point> byDate(RaceSeries s) {
        return s.points().stream().collect(Collectors.toMap(RaceSeries.Point::asOf, Function.identity()));
    }

    @Test
    void theScheduleKeepsEveryPollDateAndFillsGapsUpToItsCap() {
        LocalDate start = LocalDate.of(2020, 3, 6);
        LocalDate asOf = LocalDate.of(2020, 12, 31);
        List<LocalDate> polls = List.of(start, LocalDate.of(2020, 8, 7), LocalDate.of(2020, 8, 9), asOf.plusDays(3));
        List<LocalDate> days = RaceOverTime.schedule(start, polls, asOf);
        assertThat(days).startsWith(start).endsWith(asOf).isSorted().doesNotHaveDuplicates();
        assertThat(days).contains(LocalDate.of(2020, 8, 7), LocalDate.of(2020, 8, 9));
        assertThat(days).doesNotContain(asOf.plusDays(3)); // a poll after the as-of date is no point
        for (int i = 1; i < days.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)))
                    .isLessThanOrEqualTo(RaceOverTime.GAP_DAYS);
        }

        // Two years of daily polls: capped, first and last kept, spread over the whole span.
        Set<LocalDate> daily = new TreeSet<>();
        for (LocalDate d = LocalDate.of(2019, 5, 1); !d.isAfter(LocalDate.of(2021, 5, 6)); d = d.plusDays(1)) {
            daily.add(d);
        }
        List<LocalDate> capped =
                RaceOverTime.schedule(LocalDate.of(2019, 5, 1), new ArrayList<>(daily), LocalDate.of(2021, 5, 6));
        assertThat(capped)
                .hasSize(RaceOverTime.MAX_POINTS)
                .startsWith(LocalDate.of(2019, 5, 1))
                .endsWith(LocalDate.of(2021, 5, 6))
                .isSorted()
                .doesNotHaveDuplicates();
        for (int i = 1; i < capped.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(capped.get(i - 1), capped.get(i)))
                    .isBetween(12L, 14L);
        }

        // No polls at all (a forecast from the prior): a point every four weeks or so, from the baseline's polling day.
        List<LocalDate> prior = RaceOverTime.schedule(LocalDate.of(2024, 5, 2), List.of(), LocalDate.of(2026, 12, 3));
        assertThat(prior).hasSizeBetween(32, 36).startsWith(LocalDate.of(2024, 5, 2));
    }

    /**
     * A poll the average leaves out (made up: Rory Stewart, who withdrew, second to Khan in December 2019) starts no
     * point: as of its date it is the only poll, nothing can be forecast, and the report stopped there with an error.
     */
    @Test
    void aPollLedByAWithdrawnCandidateStartsNoPoint(@TempDir Path tmp) {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2021");
        List<Poll> bundled;
        try (PollStore store = ws.openStore()) {
            bundled = PollSource.polls(ws, store, e);
        }
        LocalDate december = LocalDate.of(2019, 12, 1);
        Poll stewartSecond = PollBuilder.of("london-2021", "mayor", Scope.FIRST_PREF, "Opinium")
                .started(december.minusDays(2))
                .ended(december)
                .sample(1000)
                .shares(Map.of("khan", 45.0, "stewart", 30.0, "bailey", 20.0, "other", 5.0))
                .build();
        List<Poll> with = new ArrayList<>(bundled);
        with.add(stewartSecond);
        RaceSeries race = RaceOverTime.compute(ws, ForecastRequest.of(e.id(), AS_OF), e, with, AS_OF, SIMS);
        assertThat(race.points()).isNotEmpty().noneMatch(p -> p.asOf().equals(december));
    }

    /**
     * The table's "polls by then" counts the polls each date's average keeps: a poll begun before a candidate still on
     * the ballot stopped campaigning is left out once a later one exists (Ireland 2025's eve said 5 where 4 were
     * averaged).
     */
    @Test
    void countsThePollsEachDatesAverageKeeps(@TempDir Path tmp) throws java.io.IOException {
        Path data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        java.nio.file.Files.writeString(data.resolve("elections/ie-2025.yaml"), """
                id: ie-2025
                name: Irish presidential election 2025
                date: 2025-10-24
                parties:
                  - {id: fg, name: Fine Gael}
                  - {id: ff, name: Fianna Fáil}
                contests:
                  mayor:
                    system: instant-runoff
                    candidates:
                      - {id: connolly, name: Catherine Connolly}
                      - {id: humphreys, name: Heather Humphreys, party: fg}
                      - {id: gavin, name: Jim Gavin, party: ff, withdrew: 2025-10-05}
                """);
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("ie-2025");
        List<Poll> polls = List.of(
                irish(LocalDate.of(2025, 10, 3), 45.7, 32.9, 21.4), irish(LocalDate.of(2025, 10, 14), 60.3, 31.8, 7.9));
        LocalDate asOf = LocalDate.of(2025, 10, 23);
        // Connolly has no party: a forecast of a field with one stopped on a NullPointerException.
        RaceSeries race = RaceOverTime.compute(ws, ForecastRequest.of(e.id(), asOf), e, polls, asOf, SIMS);
        RaceSeries.Point last = race.points().get(race.points().size() - 1);
        assertThat(last.polls()).isEqualTo(1);
        assertThat(race.points().get(0).polls()).isEqualTo(1);
    }

    private static Poll irish(LocalDate end, double connolly, double humphreys, double gavin) {
        return PollBuilder.of("ie-2025", "mayor", Scope.FIRST_PREF, "Pollster " + end)
                .started(end.minusDays(1))
                .ended(end)
                .sample(1000)
                .shares(Map.of("connolly", connolly, "humphreys", humphreys, "gavin", gavin))
                .build();
    }
}
