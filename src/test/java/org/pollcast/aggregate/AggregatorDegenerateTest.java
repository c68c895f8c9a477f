package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.aggregate.AggregateFixtures.average;
import static org.pollcast.aggregate.AggregateFixtures.election;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/** Degenerate input gets a clear message or note, never a NaN or a stack trace. */
class AggregatorDegenerateTest {
    private static final Election E = election("london-2008");
    private static final Poll A = poll(
            "london-2008",
            "YouGov",
            "ES",
            LocalDate.of(2008, 4, 20),
            1000,
            Map.of("johnson", 45.0, "livingstone", 37.0, "paddick", 12.0, "other", 6.0));
    private static final Poll B = poll(
            "london-2008",
            "YouGov",
            "ES",
            LocalDate.of(2008, 4, 27),
            1000,
            Map.of("johnson", 43.0, "livingstone", 39.0, "paddick", 11.0, "other", 7.0));

    @Test
    void noPollsBeforeTheAsOfDate() {
        assertThatThrownBy(() -> average(E, List.of(A, B), LocalDate.of(2008, 1, 1), AggregateSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "london-2008: no mayor first_pref polls dated on or before 2008-01-01 (the first is dated 2008-04-20)");
        assertThatThrownBy(() -> average(E, List.of(), E.date(), AggregateSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("london-2008: no mayor first_pref polls dated on or before 2008-05-01");
    }

    /**
     * An average of the Assembly with no scope given is of the polls that state no ballot; a store of constituency
     * and list polls has none, and the message says which scopes it has (YouGov/QMUL, March 2020, both ballots).
     */
    @Test
    void noPollsOfTheScopeNamesTheScopesThatHavePolls() {
        Election e = election("london-2021");
        List<Poll> polls = List.of(
                assembly(Scope.CONSTITUENCY, Map.of("lab", 47.0, "con", 31.0)),
                assembly(Scope.LIST, Map.of("lab", 45.0, "con", 29.0, "grn", 12.0, "reform", 2.0)));
        assertThatThrownBy(() -> Aggregator.average(
                        e,
                        e.contest("assembly").orElseThrow(),
                        Scope.UNSPECIFIED,
                        polls,
                        e.date(),
                        AggregateSettings.withDefaults(),
                        Map.of(),
                        Map.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("london-2021: no assembly unspecified polls dated on or before 2021-05-06; it has assembly"
                        + " polls of constituency (1), list (1): pass --scope constituency");
    }

    private static Poll assembly(Scope scope, Map<String, Double> shares) {
        Poll p = poll(
                "london-2021", "YouGov", "Queen Mary University of London", LocalDate.of(2020, 3, 6), null, shares);
        return PollBuilder.of(p.election(), "assembly", scope, p.pollster())
                .client(p.client())
                .started(p.fieldworkStart())
                .ended(p.fieldworkEnd())
                .published(p.published())
                .precision(p.datePrecision())
                .sample(p.sampleSize())
                .population(p.population())
                .mode(p.mode())
                .shares(p.shares())
                .dontKnow(p.dontKnow())
                .partial(true)
                .notes(p.notes())
                .citation(p.citation())
                .externalId(p.externalId())
                .publishedAs(p.publishedAs())
                .build();
    }

    @Test
    void onePollsterOnly() {
        PollAverage a = average(E, List.of(A, B), E.date(), AggregateSettings.withDefaults());
        assertThat(a.houseEffects()).isEmpty();
        assertThat(a.notes()).anySatisfy(n -> assertThat(n).startsWith("one pollster only (YouGov)"));
        assertThat(a.share("johnson").orElseThrow().share()).isBetween(43.0, 45.0);
        assertThat(a.shares()).allSatisfy(s -> assertThat(s.se()).isFinite().isPositive());
    }

    @Test
    void candidateMissingFromEveryPoll() {
        PollAverage a = average(E, List.of(A, B), E.date(), AggregateSettings.withDefaults());
        assertThat(a.share("berry")).isEmpty();
        assertThat(a.notes())
                .anySatisfy(n -> assertThat(n).startsWith("not in any poll: Siân Berry, Richard Barnbrook"));
        assertThat(a.shares().stream().mapToDouble(ShareEstimate::share).sum()).isCloseTo(100, within(1e-9));
    }

    @Test
    void allSampleSizesMissing() {
        Poll a = poll(
                "london-2008",
                "ICM",
                "",
                LocalDate.of(2008, 4, 20),
                null,
                Map.of("johnson", 42.0, "livingstone", 41.0, "other", 17.0));
        Poll b = poll(
                "london-2008",
                "MRUK",
                "",
                LocalDate.of(2008, 4, 25),
                null,
                Map.of("johnson", 44.0, "livingstone", 44.0, "other", 12.0));
        PollAverage avg = average(E, List.of(a, b), E.date(), AggregateSettings.withDefaults());
        assertThat(avg.notes()).contains("no poll states a sample size: every poll is weighted as n = 1000");
        assertThat(avg.shares()).allSatisfy(s -> {
            assertThat(s.share()).isNotNaN();
            assertThat(s.se()).isFinite().isPositive();
        });
    }

    /**
     * Two firms with one poll each (a new place's first fortnight): there is no spread between polls left to
     * measure once each firm's effect is fitted, and the effects used to come with no interval at all, an
     * estimate printed bare as if exact. They now carry the polls' sampling error, and a note says that is all
     * they carry.
     */
    @Test
    void onePollPerPollsterStillGivesIntervalsFromSamplingErrorAndSaysSo() {
        Poll a = poll(
                "london-2008",
                "ICM",
                "",
                LocalDate.of(2008, 4, 20),
                1000,
                Map.of("johnson", 42.0, "livingstone", 41.0, "other", 17.0));
        Poll b = poll(
                "london-2008",
                "MRUK",
                "",
                LocalDate.of(2008, 4, 25),
                1000,
                Map.of("johnson", 44.0, "livingstone", 38.0, "other", 18.0));
        PollAverage avg = average(E, List.of(a, b), E.date(), AggregateSettings.withDefaults());
        assertThat(avg.houseEffects())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.se())
                        .as(h.pollster() + " " + h.option())
                        .isFinite()
                        .isPositive());
        // One poll's sampling error for Johnson is sqrt(42 × 58 / 1000) = 1.56 points. A firm's own reading, its one
        // poll counted with the shrinkage's pseudo-polls, has between 1/√2 of that and all of it; its effect against
        // the mean of two firms is half their difference, with half the variance of one reading: between a half and
        // 1/√2 of a poll's (0.78 to 1.10 points). Intervals of that width held simulated firms' true effects 87–90%
        // of the time with one poll a firm (HouseEffectCoverageTest's draws, 2 to 5 firms).
        double poll = Math.sqrt(42 * 58 / 1000.0);
        assertThat(avg.houseEffects())
                .filteredOn(h -> h.option().equals("johnson"))
                .allSatisfy(h -> assertThat(h.se()).isBetween(poll / 2, poll / Math.sqrt(2) * 1.01));
        assertThat(avg.notes())
                .anySatisfy(n -> assertThat(n)
                        .contains("one poll per pollster")
                        .contains("johnson")
                        .contains("sampling error only"));
    }

    /**
     * Two firms' only polls that differ by far more than sampling (West of England 2025: YouGov had Page 27, More in
     * Common 18; both had Godwin 23) measure the firms' disagreement, if not whose it is. The effects on Page read
     * -1.4 and +1.4 with 90% intervals of sampling error alone, +0.2 to +2.7 for YouGov: an interval that ruled out
     * the firm's own gap from the consensus (+4.5) from one poll a firm. The disagreement is now their floor; the
     * candidate the firms agree on keeps the sampling interval and the note.
     */
    @Test
    void onePollPerPollsterThatDisagreeWidelyGetIntervalsAsWideAsTheirGap() {
        Poll more = poll(
                "london-2008",
                "More in Common",
                "",
                LocalDate.of(2008, 4, 21),
                1000,
                Map.of("johnson", 23.0, "livingstone", 18.0, "paddick", 21.0, "other", 38.0));
        Poll yougov = poll(
                "london-2008",
                "YouGov",
                "",
                LocalDate.of(2008, 4, 23),
                1000,
                Map.of("johnson", 23.0, "livingstone", 27.0, "paddick", 17.0, "other", 33.0));
        PollAverage avg = average(E, List.of(more, yougov), E.date(), AggregateSettings.withDefaults());
        HouseEffect page = avg.houseEffects().stream()
                .filter(h -> h.pollster().equals("YouGov") && h.option().equals("livingstone"))
                .findFirst()
                .orElseThrow();
        assertThat(page.high90()).as("YouGov's Livingstone, half the gap").isGreaterThan(4.5);
        assertThat(page.low90()).as("whose lean it is is not known").isLessThan(0);
        HouseEffect lead = avg.houseEffects().stream()
                .filter(h -> h.pollster().equals("YouGov") && h.option().startsWith("lead:"))
                .findFirst()
                .orElseThrow();
        assertThat(Math.max(Math.abs(lead.low90()), Math.abs(lead.high90())))
                .as("the lead's interval reaches half the firms' 9-point gap on it")
                .isGreaterThan(4.5);
        double samplingSe = Math.sqrt(23 * 77 / 1000.0);
        assertThat(avg.houseEffects())
                .filteredOn(h -> h.option().equals("johnson"))
                .allSatisfy(h -> assertThat(h.se()).isLessThan(samplingSe));
        assertThat(avg.notes())
                .anySatisfy(n -> assertThat(n)
                        .contains("one poll per pollster")
                        .contains("johnson")
                        .doesNotContain("livingstone"));
    }

    /**
     * Whole-number polls of a small party often agree exactly: the Welsh Liberal Democrats stood at 4 in every list
     * poll of 2021 by YouGov and Opinium. The residual spread was then zero, and the effects were printed as
     * 0.0 (0.0, 0.0), as if known exactly from four polls. They carry the polls' sampling error, and the note says so.
     */
    @Test
    void pollsThatAgreeExactlyStillGiveIntervalsFromSamplingError() {
        List<Poll> polls = List.of(
                poll(
                        "london-2008",
                        "YouGov",
                        "",
                        LocalDate.of(2008, 4, 10),
                        1000,
                        Map.of("johnson", 44.0, "paddick", 4.0, "other", 52.0)),
                poll(
                        "london-2008",
                        "YouGov",
                        "",
                        LocalDate.of(2008, 4, 20),
                        1000,
                        Map.of("johnson", 42.0, "paddick", 4.0, "other", 54.0)),
                poll(
                        "london-2008",
                        "ICM",
                        "",
                        LocalDate.of(2008, 4, 15),
                        1000,
                        Map.of("johnson", 45.0, "paddick", 4.0, "other", 51.0)),
                poll(
                        "london-2008",
                        "ICM",
                        "",
                        LocalDate.of(2008, 4, 25),
                        1000,
                        Map.of("johnson", 41.0, "paddick", 4.0, "other", 55.0)));
        PollAverage avg = average(E, polls, E.date(), AggregateSettings.withDefaults());
        // Sampling error of one poll at 4%: sqrt(4 × 96 / 1000) = 0.62 points; an effect resting on two polls a firm
        // has well over a tenth of that.
        assertThat(avg.houseEffects())
                .filteredOn(h -> h.option().equals("paddick"))
                .hasSize(2)
                .allSatisfy(h -> assertThat(h.se()).as(h.pollster()).isGreaterThan(0.06));
        assertThat(avg.notes())
                .anySatisfy(n -> assertThat(n).contains("paddick").contains("sampling error only"));
    }

    /**
     * The note on imputed sample sizes gives each imputed figure and where it came from. It used to say "imputed
     * from the pollster's median (else the median of these polls, 1000)": a firm whose median from another
     * election was 2,000 weighed twice what the note suggested, and nothing said so.
     */
    @Test
    void theImputationNoteSaysWhatEachPollsterWasGivenAndWhy() {
        Poll icm = poll(
                "london-2008",
                "ICM",
                "",
                LocalDate.of(2008, 4, 20),
                null,
                Map.of("johnson", 42.0, "livingstone", 41.0, "other", 17.0));
        Poll mruk = poll(
                "london-2008",
                "MRUK",
                "",
                LocalDate.of(2008, 4, 25),
                null,
                Map.of("johnson", 44.0, "livingstone", 38.0, "other", 18.0));
        Poll yougov = poll(
                "london-2008",
                "YouGov",
                "",
                LocalDate.of(2008, 4, 26),
                1400,
                Map.of("johnson", 45.0, "livingstone", 37.0, "other", 18.0));
        PollAverage a = Aggregator.average(
                E,
                E.contest("mayor").orElseThrow(),
                org.pollcast.election.Scope.FIRST_PREF,
                List.of(icm, mruk, yougov),
                E.date(),
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of("ICM", 2000));
        assertThat(a.notes())
                .contains("2 of 3 polls state no sample size; imputed: ICM 1 poll as n = 2000 (its median), MRUK 1"
                        + " poll as n = 1400 (these polls' median); a firm's median is of the sizes its polls of every"
                        + " election up to this date state");
    }

    @Test
    void onlyOthersReported() {
        Poll p = poll("london-2008", "ICM", "", LocalDate.of(2008, 4, 20), 1000, Map.of("other", 100.0));
        assertThatThrownBy(() -> average(E, List.of(p), E.date(), AggregateSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("report only 'other'");
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> AggregateSettings.withDefaults().withHalfLifeDays(0))
                .hasMessageContaining("half-life is 0.0 days");
        assertThatThrownBy(() -> AggregateSettings.withDefaults().withHalfLifeDays(Double.NaN))
                .hasMessageContaining("half-life is NaN");
        assertThatThrownBy(() -> AggregateSettings.withDefaults().withPollsterShareExponent(2))
                .hasMessageContaining("0–1");
    }
}
