package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.aggregate.AggregateFixtures.CATALOG;
import static org.pollcast.aggregate.AggregateFixtures.HOME;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.Ingester;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Golden checks on the real 2008 and 2012 polls and results (data/polls, data/results; sources in
 * data/results/SOURCES.md).
 */
class London2008Test {
    private static final ResultsCatalog RESULTS = new ResultsCatalog(HOME, CATALOG);

    @TempDir
    Path dir;

    private List<Poll> bundled(String election) {
        try (PollStore store = PollStore.open(dir.resolve(election + ".db"))) {
            new Ingester(CATALOG, AliasTable.load(List.of(HOME.aliases())), Clock.systemUTC())
                    .ingest("data/polls/" + election + ".csv", store, IngestSettings.withDefaults());
            return store.polls(PollQuery.of(election)).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    @Test
    void youGovLeanedToJohnsonIn2008() {
        // The published record: YouGov gave Johnson leads of 7 to 13 points while the other firms had the race
        // level. As of 30 April 2008 its house effect on the Johnson–Livingstone lead must be positive, larger
        // than every other firm's, and come with an interval.
        Election e = CATALOG.resolve("london-2008");
        PollAverage a = Aggregator.average(
                e,
                e.contest("mayor").orElseThrow(),
                Scope.FIRST_PREF,
                bundled("london-2008"),
                LocalDate.of(2008, 4, 30),
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of());
        List<HouseEffect> lead = a.houseEffects().stream()
                .filter(h -> h.option().equals("lead:johnson>livingstone"))
                .toList();
        assertThat(lead).extracting(HouseEffect::pollster).containsExactlyInAnyOrder("YouGov", "Ipsos", "ICM", "MRUK");
        HouseEffect yougov = lead.stream()
                .filter(h -> h.pollster().equals("YouGov"))
                .findFirst()
                .orElseThrow();
        assertThat(yougov.estimate()).isPositive();
        assertThat(yougov.low90()).isPositive();
        assertThat(yougov.se()).isFinite().isPositive();
        assertThat(lead)
                .filteredOn(h -> !h.pollster().equals("YouGov"))
                .allSatisfy(h -> assertThat(h.estimate()).isLessThan(yougov.estimate()));
        assertThat(yougov.polls()).isEqualTo(6);
    }

    @Test
    void resultsKnowWhichAreComplete() {
        ContestResult r2008 = RESULTS.firstPreferences(CATALOG.resolve("london-2008"), "mayor")
                .orElseThrow();
        assertThat(r2008.complete()).isTrue();
        assertThat(r2008.total()).isEqualTo(2_415_958L); // the published valid first-preference total
        assertThat(r2008.topTwo()).containsExactly("johnson", "livingstone");
        assertThat(r2008.shares().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(100, within(1e-9));
        ContestResult r2004 = RESULTS.firstPreferences(CATALOG.resolve("london-2004"), "mayor")
                .orElseThrow();
        assertThat(r2004.complete()).isFalse();
        assertThat(r2004.missing()).contains("johnson", "gidoomal", "reid", "nagalingam");
        assertThat(RESULTS.firstPreferences(CATALOG.resolve("london-2028"), "mayor"))
                .isEmpty();
    }

    @Test
    void finalPollErrorsAreExact() {
        Election e = CATALOG.resolve("london-2008");
        ContestResult result = RESULTS.firstPreferences(e, "mayor").orElseThrow();
        List<FinalPollError> errors = PollsterAccuracy.finalPolls(e, "mayor", bundled("london-2008"), result);
        assertThat(errors).extracting(FinalPollError::pollster).containsExactly("Ipsos", "MRUK", "YouGov");
        FinalPollError yougov = errors.get(2);
        // YouGov's polling-day poll: Johnson 43, Livingstone 36; result 1,043,761 and 893,877 of 2,415,958.
        double johnson = 100.0 * 1_043_761 / 2_415_958;
        double livingstone = 100.0 * 893_877 / 2_415_958;
        assertThat(yougov.date()).isEqualTo(LocalDate.of(2008, 5, 1));
        assertThat(yougov.errors().get("johnson")).isCloseTo(43 - johnson, within(1e-12));
        assertThat(yougov.errors().get("livingstone")).isCloseTo(36 - livingstone, within(1e-12));
        assertThat(yougov.leadError()).isCloseTo((43 - 36) - (johnson - livingstone), within(1e-12));
        assertThat(yougov.meanAbsError())
                .isCloseTo((Math.abs(43 - johnson) + Math.abs(36 - livingstone)) / 2, within(1e-12));
        // MRUK's final poll is the 27 April one, not the undated-estimate 20 April one.
        assertThat(errors.get(1).date()).isEqualTo(LocalDate.of(2008, 4, 27));
    }

    /**
     * YouGov's polling-day poll named Johnson and Livingstone only; Paddick won 9.8%. Its mean absolute error is
     * over the two it named (0.60, the best of 2008), so the output must say whom it left out, or a headline of the
     * leading two reads as the most accurate poll. Ipsos MORI and MRUK named everyone with 5%+.
     */
    @Test
    void aFinalPollThatLeftOutACandidateWithFivePercentSaysSo() {
        Election e = CATALOG.resolve("london-2008");
        ContestResult result = RESULTS.firstPreferences(e, "mayor").orElseThrow();
        List<FinalPollError> errors = PollsterAccuracy.finalPolls(e, "mayor", bundled("london-2008"), result);
        assertThat(errors).extracting(FinalPollError::pollster).containsExactly("Ipsos", "MRUK", "YouGov");
        assertThat(errors.get(0).notNamed()).isEmpty();
        assertThat(errors.get(1).notNamed()).isEmpty();
        assertThat(errors.get(2).notNamed()).containsExactly("paddick");
        assertThat(errors.get(2).scored()).containsExactly("johnson", "livingstone");
        assertThat(PollsterAccuracy.summarise(errors))
                .filteredOn(r -> r.pollster().equals("YouGov"))
                .singleElement()
                .satisfies(r -> assertThat(r.notNamed()).isEqualTo(1));
    }

    @Test
    void accuracyWeightsUseOnlyEarlierElections() {
        Election e2008 = CATALOG.resolve("london-2008");
        Election e2012 = CATALOG.resolve("london-2012");
        List<FinalPollError> errors = new ArrayList<>();
        errors.addAll(PollsterAccuracy.finalPolls(
                e2008,
                "mayor",
                bundled("london-2008"),
                RESULTS.firstPreferences(e2008, "mayor").orElseThrow()));
        List<FinalPollError> with2012 = new ArrayList<>(errors);
        with2012.addAll(PollsterAccuracy.finalPolls(
                e2012,
                "mayor",
                bundled("london-2012"),
                RESULTS.firstPreferences(e2012, "mayor").orElseThrow()));
        Map<String, LocalDate> dates = Map.of("london-2008", e2008.date(), "london-2012", e2012.date());
        // Weights for 2012 rest on 2008 alone: adding 2012's own errors must change nothing.
        assertThat(PollsterAccuracy.weights(with2012, e2012.date(), dates))
                .isEqualTo(PollsterAccuracy.weights(errors, e2012.date(), dates));
        Map<String, Double> w = PollsterAccuracy.weights(errors, e2012.date(), dates);
        assertThat(w.get("YouGov")).isGreaterThan(1);
        assertThat(w.get("Ipsos")).isLessThan(1);
        assertThat(w.values()).allSatisfy(x -> assertThat(x).isBetween(0.25, 4.0));
        // Nothing precedes 2008 with a complete result and final polls: no weights, everyone 1.
        assertThat(PollsterAccuracy.weights(errors, e2008.date(), dates)).isEmpty();
    }

    @Test
    void houseEffectsAgainstTheResult() {
        Election e = CATALOG.resolve("london-2008");
        PollAverage a = Aggregator.average(
                e,
                e.contest("mayor").orElseThrow(),
                Scope.FIRST_PREF,
                bundled("london-2008"),
                e.date(),
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of());
        ContestResult result = RESULTS.firstPreferences(e, "mayor").orElseThrow();
        List<HouseEffect> vsResult = Aggregator.relativeToResult(a, result);
        assertThat(vsResult)
                .hasSameSizeAs(a.houseEffects())
                .allSatisfy(h -> assertThat(h.reference()).isEqualTo("result"));
        HouseEffect yougov = vsResult.stream()
                .filter(h -> h.pollster().equals("YouGov") && h.option().equals("johnson"))
                .findFirst()
                .orElseThrow();
        HouseEffect relative = a.houseEffects().stream()
                .filter(h -> h.pollster().equals("YouGov") && h.option().equals("johnson"))
                .findFirst()
                .orElseThrow();
        double avgError =
                a.share("johnson").orElseThrow().share() - result.shares().get("johnson");
        assertThat(yougov.estimate()).isCloseTo(relative.estimate() + avgError, within(1e-12));
        assertThat(yougov.se()).isGreaterThan(relative.se());

        // A result with no count for an option (a list file's party counted among its others) measures no error on
        // it, nor on a lead it is in; read as 0%, each firm's figure for it was its "error".
        Map<String, Long> noPaddick = new java.util.LinkedHashMap<>(result.votes());
        long paddick = noPaddick.remove("paddick");
        noPaddick.merge("other", paddick, Long::sum);
        ContestResult lumped =
                new ContestResult(result.election(), result.contest(), noPaddick, true, List.of(), result.sources());
        List<HouseEffect> vsLumped = Aggregator.relativeToResult(a, lumped);
        assertThat(vsLumped).noneMatch(h -> h.option().contains("paddick"));
        assertThat(vsLumped).anyMatch(h -> h.option().equals("johnson"));
    }
}
