package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.aggregate.AggregateFixtures.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/**
 * Which poll is a firm's final one, on hand-made polls against the 2008 result (Johnson 43.2, Livingstone 37.0,
 * Paddick 9.8: data/results/london_mayor_results.csv).
 */
class PollsterAccuracyTest {
    private static final Election E2008 = election("london-2008");
    private static final LocalDate LAST_DAY = LocalDate.of(2008, 4, 29);

    private static ContestResult result2008() {
        Map<String, Long> votes = new LinkedHashMap<>();
        votes.put("johnson", 1_043_761L);
        votes.put("livingstone", 893_877L);
        votes.put("paddick", 236_685L);
        votes.put("berry", 77_374L);
        votes.put("barnbrook", 69_710L);
        votes.put("craig", 39_249L);
        votes.put("batten", 22_422L);
        votes.put("german", 16_796L);
        votes.put("oconnor", 10_695L);
        votes.put("mckenzie", 5_389L);
        return new ContestResult("london-2008", "mayor", votes, true, List.of(), List.of());
    }

    private static Poll poll(
            String pollster,
            String client,
            LocalDate end,
            LocalDate published,
            DatePrecision precision,
            Map<String, Double> shares) {
        return PollBuilder.of("london-2008", "mayor", Scope.FIRST_PREF, pollster)
                .client(client)
                .ended(end)
                .published(published)
                .precision(precision)
                .sample(1000)
                .shares(shares)
                .build();
    }

    private static final Map<String, Double> HEADLINE = Map.of("johnson", 45.0, "livingstone", 40.0);
    private static final Map<String, Double> FULL = Map.of("johnson", 44.0, "livingstone", 37.0, "paddick", 12.0);

    /**
     * Two polls of one firm dated its last day: the one published later is its final poll, in whichever order the
     * store lists them. Before, the first one stored won, so a headline of the leading two could stand for the firm
     * when its full poll came out after it.
     */
    @Test
    void ofTwoPollsOnTheLastDayTheOnePublishedLaterIsFinalWhateverTheOrder() {
        Poll early = poll("YouGov", "Evening Standard", LAST_DAY, LAST_DAY.plusDays(1), DatePrecision.EXACT, HEADLINE);
        Poll late = poll("YouGov", "Sky", LAST_DAY, LAST_DAY.plusDays(2), DatePrecision.EXACT, FULL);
        for (List<Poll> order : List.of(List.of(early, late), List.of(late, early))) {
            FinalPollError f = single(order);
            assertThat(f.client()).isEqualTo("Sky");
            assertThat(f.sameDay()).isEqualTo(1);
            assertThat(f.notNamed()).isEmpty();
        }
    }

    /**
     * A poll begun on polling day itself is an exit poll (the Dutch tables print Ipsos's election-night releases among
     * the polls): it is not the firm's final poll, which is its last before the vote. Scored, Ipsos's exit poll was the
     * most accurate "final poll" of 2023. A poll dated only by its publication that day stays the firm's final poll.
     */
    @Test
    void aPollBegunOnPollingDayIsNoFinalPoll() {
        LocalDate pollingDay = E2008.date();
        Poll before = poll("YouGov", "Sky", LAST_DAY, null, DatePrecision.EXACT, FULL);
        Poll exit = PollBuilder.of("london-2008", "mayor", Scope.FIRST_PREF, "YouGov")
                .client("Sky")
                .started(pollingDay)
                .ended(pollingDay)
                .sample(1000)
                .shares(HEADLINE)
                .build();
        assertThat(PollsterAccuracy.begunOnPollingDay(E2008, exit)).isTrue();
        FinalPollError f = single(List.of(before, exit));
        assertThat(f.date()).isEqualTo(LAST_DAY);
        Poll publishedThatDay = poll("YouGov", "Sky", null, pollingDay, DatePrecision.EXACT, HEADLINE);
        assertThat(PollsterAccuracy.begunOnPollingDay(E2008, publishedThatDay)).isFalse();
    }

    /**
     * A result's "others" (many candidates counted together: Toronto 2023's 95 minor candidates, 7.8%) is no candidate
     * a poll left out, nor scored: it read as "not_named: other 7.8" for every firm. 2008 with its small candidates
     * counted together as others (9.0%).
     */
    @Test
    void aResultsOthersIsNoCandidateLeftOut() {
        ContestResult full = result2008();
        Map<String, Long> lumped = new LinkedHashMap<>();
        long others = 0;
        for (Map.Entry<String, Long> e : full.votes().entrySet()) {
            if (List.of("johnson", "livingstone", "paddick").contains(e.getKey())) {
                lumped.put(e.getKey(), e.getValue());
            } else {
                others += e.getValue();
            }
        }
        lumped.put("other", others);
        ContestResult result = new ContestResult("london-2008", "mayor", lumped, true, List.of(), List.of());
        Poll p = poll("YouGov", "Sky", LAST_DAY, null, DatePrecision.EXACT, FULL);
        FinalPollError f =
                PollsterAccuracy.finalPolls(E2008, "mayor", List.of(p), result).get(0);
        assertThat(f.notNamed()).isEmpty();
        assertThat(f.scored()).containsExactly("johnson", "livingstone", "paddick");
    }

    /**
     * Where the result's "Others" line holds candidates the poll named on their own (Toronto 2023's count gave Chow,
     * Bailão, Saunders and Others, 21.9%, in which Furey, Matlow, Hunter, Bradford and Brown are), the poll's own
     * "other" (the rest of the field, 9 in Forum's last poll) is not that line, and no error of it is shown: it read
     * "other -12.9". 2008 with Berry and the small candidates counted together, a poll naming Berry and its others.
     */
    @Test
    void aPollsOthersIsNotSetAgainstAResultsOthersHoldingCandidatesItNamed() {
        ContestResult full = result2008();
        Map<String, Long> votes = new LinkedHashMap<>();
        List<String> inside = new java.util.ArrayList<>();
        long others = 0;
        for (Map.Entry<String, Long> e : full.votes().entrySet()) {
            if (List.of("johnson", "livingstone", "paddick").contains(e.getKey())) {
                votes.put(e.getKey(), e.getValue());
            } else {
                others += e.getValue();
                if (!e.getKey().equals("other")) {
                    inside.add(e.getKey());
                }
            }
        }
        votes.put("other", others);
        ContestResult result = new ContestResult("london-2008", "mayor", votes, true, List.of(), List.of(), inside);
        Map<String, Double> named = new LinkedHashMap<>(FULL);
        named.put(inside.get(0), 3.0);
        named.put("other", 4.0);
        Poll p = poll("YouGov", "Sky", LAST_DAY, null, DatePrecision.EXACT, named);
        FinalPollError f =
                PollsterAccuracy.finalPolls(E2008, "mayor", List.of(p), result).get(0);
        assertThat(f.errors()).containsOnlyKeys("johnson", "livingstone", "paddick");
        assertThat(f.scored()).containsExactly("johnson", "livingstone", "paddick");
        // A poll naming none of those inside is set against the line, as before: its others are the same field.
        FinalPollError g = PollsterAccuracy.finalPolls(
                        E2008,
                        "mayor",
                        List.of(poll("YouGov", "Sky", LAST_DAY, null, DatePrecision.EXACT, withOther(FULL))),
                        result)
                .get(0);
        assertThat(g.errors()).containsKey("other");
    }

    /**
     * The mirror case: a poll whose others hold candidates the result names on their own (Berry, Barnbrook) is not set
     * against the result's Others line, which holds only the smallest: a poll that left Furey and Matlow in its others
     * of 20 read as "other +12.2" against Toronto's 7.8 (review).
     */
    @Test
    void aPollsOthersHoldingCandidatesTheResultNamesIsNotSetAgainstItsOthers() {
        Map<String, Long> votes = new LinkedHashMap<>(result2008().votes());
        long smallest = votes.remove("oconnor") + votes.remove("mckenzie");
        votes.put("other", smallest);
        ContestResult result = new ContestResult("london-2008", "mayor", votes, true, List.of(), List.of());
        FinalPollError f = PollsterAccuracy.finalPolls(
                        E2008,
                        "mayor",
                        List.of(poll("YouGov", "Sky", LAST_DAY, null, DatePrecision.EXACT, withOther(FULL))),
                        result)
                .get(0);
        assertThat(f.errors()).containsOnlyKeys("johnson", "livingstone", "paddick");
    }

    private static Map<String, Double> withOther(Map<String, Double> shares) {
        Map<String, Double> out = new LinkedHashMap<>(shares);
        out.put("other", 7.0);
        return out;
    }

    /** With no publication dates to go by, the poll naming more of the candidates says more and is scored. */
    @Test
    void withNoPublicationDatesThePollNamingMoreCandidatesIsFinal() {
        Poll headline = poll("YouGov", "Evening Standard", LAST_DAY, null, DatePrecision.EXACT, HEADLINE);
        Poll full = poll("YouGov", "Sky", LAST_DAY, null, DatePrecision.EXACT, FULL);
        for (List<Poll> order : List.of(List.of(full, headline), List.of(headline, full))) {
            FinalPollError f = single(order);
            assertThat(f.client()).isEqualTo("Sky");
            assertThat(f.scored()).containsExactly("johnson", "livingstone", "paddick");
        }
    }

    /** One poll listed by two sources (one names the client, one does not) is one final poll, not a choice of two. */
    @Test
    void onePollListedTwiceIsNotTwoPollsOnTheLastDay() {
        Poll named = poll("YouGov", "Evening Standard", LAST_DAY, null, DatePrecision.EXACT, FULL);
        Poll unnamed = poll("YouGov", "", LAST_DAY, null, DatePrecision.EXACT, FULL);
        assertThat(single(List.of(named, unnamed)).sameDay()).isZero();
    }

    @Test
    void aLaterPollIsFinalAndAnEarlierOneOfTheSameDayCountIsNotAChoice() {
        Poll before = poll("YouGov", "Sky", LAST_DAY.minusDays(3), null, DatePrecision.EXACT, FULL);
        Poll last = poll("YouGov", "Evening Standard", LAST_DAY, null, DatePrecision.EXACT, HEADLINE);
        FinalPollError f = single(List.of(last, before));
        assertThat(f.date()).isEqualTo(LAST_DAY);
        assertThat(f.sameDay()).isZero();
        assertThat(f.notNamed()).containsExactly("paddick");
    }

    /** A month-only date is carried to the output, which must not present the day chosen by rule as published. */
    @Test
    void aFinalPollDatedByMonthOnlySaysSo() {
        Poll month = poll("ComRes", "ITV", null, LocalDate.of(2008, 4, 30), DatePrecision.MONTH, FULL);
        FinalPollError f = single(List.of(month));
        assertThat(f.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(f.daysBefore()).isEqualTo(1);
    }

    /**
     * A firm scored once is listed after the firms with a record, however good its one poll: TNS-BMRB's single 2016
     * poll (1.53) headed a table in which YouGov had four elections (1.80).
     */
    @Test
    void firmsScoredOnceAreRankedAfterFirmsWithARecord() {
        List<FinalPollError> errors = new ArrayList<>();
        errors.add(error("YouGov", "london-2012", 1.9));
        errors.add(error("YouGov", "london-2016", 1.7));
        errors.add(error("TNS-BMRB", "london-2016", 1.5));
        errors.add(error("Opinium", "london-2012", 3.0));
        errors.add(error("Opinium", "london-2016", 3.1));
        errors.add(error("Survation", "london-2012", 5.6));
        assertThat(PollsterAccuracy.summarise(errors))
                .extracting(PollsterRecord::pollster)
                .containsExactly("YouGov", "Opinium", "TNS-BMRB", "Survation");
    }

    /**
     * A firm's final polls of both rounds of one election are one election of its record: counted as two, it was sorted
     * among the firms with a record (review).
     */
    @Test
    void bothRoundsOfOneElectionAreOneElectionOfARecord() {
        List<PollsterRecord> records = PollsterAccuracy.summarise(List.of(
                error("Ipsos", "poland-2025", 2),
                error("Ipsos", org.pollcast.election.RoundLabel.secondRound("poland-2025"), 3),
                error("Ipsos", "france-2022", 1)));
        assertThat(records)
                .singleElement()
                .satisfies(r -> assertThat(r.elections()).isEqualTo(2));
        assertThat(PollsterAccuracy.summarise(List.of(
                                error("Ipsos", "poland-2025", 2),
                                error("Ipsos", org.pollcast.election.RoundLabel.secondRound("poland-2025"), 3)))
                        .get(0)
                        .elections())
                .isEqualTo(1);
    }

    /** A poll's name and its house, each said once. */
    @Test
    void aFinalPollIsShownByItsNameAndItsHouseOnce() {
        assertThat(named("ComRes", "Savanta").shownAs()).isEqualTo("Savanta (ComRes)");
        assertThat(named("Trafalgar Group", "Trafalgar Group (R)").shownAs()).isEqualTo("Trafalgar Group (R)");
        assertThat(named("YouGov", "YouGov").shownAs()).isEqualTo("YouGov");
    }

    private static FinalPollError named(String house, String publishedAs) {
        FinalPollError e = error(house, "london-2012", 1);
        return new FinalPollError(
                e.election(),
                house,
                publishedAs,
                e.client(),
                e.date(),
                e.datePrecision(),
                e.daysBefore(),
                e.sameDay(),
                e.errors(),
                e.lead(),
                e.leadError(),
                e.meanAbsError(),
                e.scored(),
                e.notNamed());
    }

    /**
     * A poll begun on polling day (an on-the-day poll of people who had mostly voted, published once the polls closed:
     * YouGov's of 23 June 2016) is no final poll: the firm is scored on its eve-of-poll survey. Before, the on-the-day
     * poll, dated later, stood for the firm. One known only by its publication date on polling day is still final.
     */
    @Test
    void anOnTheDayPollLeavesTheFirmScoredOnItsEveOfPollSurvey() {
        LocalDate pollingDay = LocalDate.of(2008, 5, 1);
        Poll eve = poll("YouGov", "Evening Standard", LAST_DAY, null, DatePrecision.EXACT, HEADLINE);
        Poll onTheDay = PollBuilder.of("london-2008", "mayor", Scope.FIRST_PREF, "YouGov")
                .started(pollingDay)
                .ended(pollingDay)
                .sample(1000)
                .shares(FULL)
                .build();
        assertThat(PollsterAccuracy.begunOnPollingDay(E2008, onTheDay)).isTrue();
        assertThat(single(List.of(eve, onTheDay)).client()).isEqualTo("Evening Standard");
        Poll publishedThatMorning = poll("ICM", "Guardian", null, pollingDay, DatePrecision.EXACT, HEADLINE);
        assertThat(PollsterAccuracy.begunOnPollingDay(E2008, publishedThatMorning))
                .isFalse();
        assertThat(single(List.of(publishedThatMorning)).pollster()).isEqualTo("ICM");
    }

    private static FinalPollError single(List<Poll> polls) {
        List<FinalPollError> errors = PollsterAccuracy.finalPolls(E2008, "mayor", polls, result2008());
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static FinalPollError error(String pollster, String election, double mae) {
        return new FinalPollError(
                election,
                pollster,
                pollster,
                "",
                LocalDate.of(2012, 5, 1),
                DatePrecision.EXACT,
                2,
                0,
                Map.of("johnson", mae),
                "johnson>livingstone",
                mae,
                mae,
                List.of("johnson"),
                List.of());
    }

    /**
     * A definition's polling blackout moves the final window back by its days: a firm whose last poll ended 20 days
     * before polling day is scored where the law forbade publishing in the last 10 days, and is not where nothing
     * forbade it (its poll is then three weeks old, not a final poll).
     */
    @Test
    void aPollingBlackoutMovesTheFinalWindowBack() {
        Poll early = poll("ICM", "Guardian", E2008.date().minusDays(20), null, DatePrecision.EXACT, FULL);
        assertThat(PollsterAccuracy.finalPolls(E2008, "mayor", List.of(early), result2008()))
                .isEmpty();
        Election withBlackout = withBlackout(10);
        assertThat(PollsterAccuracy.finalPolls(withBlackout, "mayor", List.of(early), result2008()))
                .extracting(FinalPollError::pollster)
                .containsExactly("ICM");
        assertThat(PollsterAccuracy.beforeBlackout(withBlackout)).isEqualTo(" before its 10-day polling blackout");
    }

    /**
     * A poll dated inside the blackout is no final poll: the law let no one publish it before the vote (Chile's 2021 table
     * prints Cadem's survey of the first round's eve). The firm's last poll before the blackout is
     * scored instead; a firm with none in the blackout is scored as before.
     */
    @Test
    void aPollDatedInsideTheBlackoutIsNoFinalPoll() {
        Election withBlackout = withBlackout(10);
        Poll published = poll("ICM", "Guardian", E2008.date().minusDays(12), null, DatePrecision.EXACT, FULL);
        Poll unpublished = poll("ICM", "Guardian", E2008.date().minusDays(1), null, DatePrecision.EXACT, FULL);
        assertThat(PollsterAccuracy.inBlackout(withBlackout, unpublished)).isTrue();
        assertThat(PollsterAccuracy.inBlackout(withBlackout, published)).isFalse();
        assertThat(PollsterAccuracy.inBlackout(E2008, unpublished)).isFalse();
        assertThat(PollsterAccuracy.finalPolls(withBlackout, "mayor", List.of(published, unpublished), result2008()))
                .extracting(FinalPollError::date)
                .containsExactly(E2008.date().minusDays(12));
        assertThat(PollsterAccuracy.finalPolls(E2008, "mayor", List.of(published, unpublished), result2008()))
                .extracting(FinalPollError::date)
                .containsExactly(E2008.date().minusDays(1));
    }

    /**
     * The scoring and the forecast read a blackout by one rule: a poll the source says was published, on an exact day,
     * before polling day was public (published abroad, or before a ban began on its fieldwork's last day), and it is
     * the firm's final poll; one begun on polling day is an exit poll, not a blackout's.
     */
    @Test
    void aPollPublishedBeforePollingDayIsScoredWhateverItsDate() {
        Election withBlackout = withBlackout(10);
        Poll publishedInTime = poll(
                "ICM", "Guardian", E2008.date().minusDays(2), E2008.date().minusDays(1), DatePrecision.EXACT, FULL);
        assertThat(PollsterAccuracy.inBlackout(withBlackout, publishedInTime)).isFalse();
        assertThat(PollsterAccuracy.finalPolls(withBlackout, "mayor", List.of(publishedInTime), result2008()))
                .extracting(FinalPollError::date)
                .containsExactly(E2008.date().minusDays(2));
    }

    /** London 2008 as if the law forbade publishing polls in its last {@code days} days. */
    private static Election withBlackout(int days) {
        return new Election(
                E2008.id(),
                E2008.name(),
                E2008.date(),
                E2008.baseline(),
                E2008.parties(),
                E2008.contests(),
                E2008.source(),
                E2008.area(),
                E2008.office(),
                E2008.notes(),
                days);
    }
}
