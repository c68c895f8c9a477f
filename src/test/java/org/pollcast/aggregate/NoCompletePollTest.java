package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.pollcast.poll.PollBuilder;

/**
 * Croatia's 2024 presidential polls as the press reported them (the blind trial's kit; no complete poll): each names
 * some of the eight candidates, some with their undecided. Promocija plus for RTL, 2–5 December (n = 1,300): Milanović
 * 37.4, Primorac 20.8, Selak Raspudić 10.4, Kekin 9.2, Bulj 3.7, undecided 12, the three others "under two percent"
 * each (24ur.com); 19–23 December (n = 1,000): 39.3, 24.3, 10, 8.1, 3.8, no undecided printed (maxportal.hr); Ipsos for
 * Nova TV, published 27 December: Milanović 37.2, Primorac 20.4 (Reuters). Niko Tokić Kartelo, whom no poll named, is
 * the contest's "others"; he won 0.9% and Milanović 49.7% of the valid votes.
 */
class NoCompletePollTest {
    private static Election election;

    @BeforeAll
    static void load(@TempDir Path root) throws IOException {
        IngestFixtures.copyDataWith(root, "hr-2019.yaml", "hr-2024.yaml");
        election = new ElectionCatalog(new DataHome(root)).resolve("hr-2024");
    }

    private static Poll poll(String pollster, LocalDate end, Integer n, Double dontKnow, double... shares) {
        String[] ids = {"milanovic", "primorac", "selak-raspudic", "kekin", "bulj"};
        Map<String, Double> s = new LinkedHashMap<>();
        for (int i = 0; i < shares.length; i++) {
            s.put(ids[i], shares[i]);
        }
        return PollBuilder.of("hr-2024", "president", Scope.FIRST_PREF, pollster)
                .client(pollster.equals("Ipsos") ? "Nova TV" : "RTL")
                .ended(end)
                .sample(n)
                .shares(s)
                .dontKnow(dontKnow)
                .partial(true)
                .build();
    }

    private static final List<Poll> POLLS = List.of(
            poll("Promocija plus", LocalDate.of(2024, 12, 5), 1300, 12.0, 37.4, 20.8, 10.4, 9.2, 3.7),
            poll("Promocija plus", LocalDate.of(2024, 12, 23), 1000, null, 39.3, 24.3, 10, 8.1, 3.8),
            poll("Ipsos", LocalDate.of(2024, 12, 27), null, null, 37.2, 20.4));

    /**
     * The December poll's rest beside its undecided (6.5 of everyone, 7.4 of those naming a candidate) is what the
     * three it left out got (none of these polls names them, so they are all "others" here): "others" is measured by
     * it. Left unread, "others" was 100 less the named averages, which the polls printed of everyone keep low: 16.3
     * here; 11.4% on the eve in the kit, beside polls naming two of the three, with Milanović 38.7%.
     */
    @Test
    void othersAreThePollsRestBesideItsUndecidedNotTheUndecidedOfPollsPrintedOfEveryone() {
        LocalDate eve = LocalDate.of(2024, 12, 28);
        PollAverage a = Aggregator.average(
                election,
                election.contest("president").orElseThrow(),
                Scope.FIRST_PREF,
                POLLS,
                eve,
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of());
        assertThat(a.share("other").orElseThrow().share()).isBetween(5.0, 9.0);
        assertThat(a.share("milanovic").orElseThrow().share()).isGreaterThan(41.0);
    }

    /**
     * The same December poll printing its own Others (the three it left out, 2.0) beside its undecided: its rest (4.5
     * of everyone) is then what it did not print, those not voting, say, and not "others" (review: as "others" it
     * counted 5 points no one named). Its Others are read on the shares' base (2.0 of 88); "others" is no longer the
     * rest's 7.4 but near 2.3.
     */
    @Test
    void aPollPrintingItsOwnOthersDoesNotGiveItsRestToOthers() {
        Map<String, Double> s = new LinkedHashMap<>(POLLS.get(0).shares());
        s.put("other", 2.0);
        Poll withOthers = PollBuilder.of("hr-2024", "president", Scope.FIRST_PREF, "Promocija plus")
                .client("RTL")
                .ended(LocalDate.of(2024, 12, 5))
                .sample(1300)
                .shares(s)
                .dontKnow(12.0)
                .partial(true)
                .build();
        PollAverage a = Aggregator.average(
                election,
                election.contest("president").orElseThrow(),
                Scope.FIRST_PREF,
                List.of(withOthers, POLLS.get(1), POLLS.get(2)),
                LocalDate.of(2024, 12, 28),
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of());
        assertThat(a.share("other").orElseThrow().share()).isBetween(1.5, 3.5);
    }
}
