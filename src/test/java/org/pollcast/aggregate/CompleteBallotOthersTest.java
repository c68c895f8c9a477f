package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/**
 * A definition whose candidates are the whole ballot ({@code ballot: complete}) has no one else for "Others" to be. A
 * blind trial of Finland's 2018 presidential election (eight candidates, all listed): Alma Media's poll published on
 * 18 January (Niinistö 58, Haavisto 14, Väyrynen 7, Vanhanen 5, Kyllönen 4, Haatainen 4, Torvalds 2) and Helsingin
 * Sanomat's of 19 January (68, 11, 8, 3, 3, 2, 1) left out Laura Huhtasaari, who won 6.9%. Their remainders, 6 and 4,
 * were read as "Others", 0.4% of the average a week out and a forecast row in a race whose every candidate is listed.
 * Figures from the reports named in src/test/resources/ingest/README.md (europeanpolling-fi-2018-01-05.txt).
 */
class CompleteBallotOthersTest {
    private static final Election E =
            AggregateFixtures.CATALOG.resolve("src/test/resources/ingest/elections/fipres-2018.yaml");

    private static Poll poll(String pollster, LocalDate end, Map<String, Double> shares) {
        return PollBuilder.of("fipres-2018", "president", Scope.FIRST_PREF, pollster)
                .ended(end)
                .sample(1000)
                .shares(shares)
                .build();
    }

    @Test
    void aPollLeavingOutACandidateOfAWholeBallotGivesOthersNothing() {
        List<Poll> polls = List.of(
                poll(
                        "Taloustutkimus",
                        LocalDate.of(2018, 1, 3),
                        Map.of(
                                "niinisto",
                                72.0,
                                "haavisto",
                                11.0,
                                "huhtasaari",
                                5.0,
                                "vayrynen",
                                4.0,
                                "haatainen",
                                3.0,
                                "kyllonen",
                                2.0,
                                "vanhanen",
                                2.0,
                                "torvalds",
                                1.0)),
                poll(
                        "Alma Media",
                        LocalDate.of(2018, 1, 18),
                        Map.of(
                                "niinisto",
                                58.0,
                                "haavisto",
                                14.0,
                                "vayrynen",
                                7.0,
                                "vanhanen",
                                5.0,
                                "kyllonen",
                                4.0,
                                "haatainen",
                                4.0,
                                "torvalds",
                                2.0)),
                poll(
                        "Kantar TNS",
                        LocalDate.of(2018, 1, 19),
                        Map.of(
                                "niinisto",
                                68.0,
                                "haavisto",
                                11.0,
                                "vayrynen",
                                8.0,
                                "vanhanen",
                                3.0,
                                "kyllonen",
                                3.0,
                                "haatainen",
                                2.0,
                                "torvalds",
                                1.0)));
        PollAverage avg = Aggregator.average(
                E,
                E.contest("president").orElseThrow(),
                Scope.FIRST_PREF,
                polls,
                LocalDate.of(2018, 1, 21),
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of());
        avg.share("other").ifPresent(o -> assertThat(o.share()).isCloseTo(0, within(1e-6)));
        // Huhtasaari is averaged over the one poll that named her, as before.
        assertThat(avg.share("huhtasaari").orElseThrow().share()).isGreaterThan(3.0);
    }
}
