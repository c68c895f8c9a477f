package org.pollcast.aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pollcast.election.Contest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.RoundLabel;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollingBlackout;

/**
 * How accurate each pollster's final poll was: its last first-preference poll dated in the final
 * {@value #FINAL_WINDOW_DAYS} days before polling day, or before a polling blackout the definition states
 * ({@link #windowStart}; a poll's date is the end of its fieldwork, else its publication; one dated inside the blackout,
 * {@link #inBlackout}, is none), against the official result. Two polls of one house dated that last day are told apart by
 * {@link #finalFirst}.
 */
public final class PollsterAccuracy {
    public static final int FINAL_WINDOW_DAYS = 14;
    /** Elections' worth of prior belief that a pollster is average (weights shrink towards 1). */
    static final double PRIOR_ELECTIONS = 2;

    private static final double MIN_RESULT_SHARE = 5;

    private PollsterAccuracy() {}

    /** Each pollster's final-poll errors at {@code election}; empty when the result is incomplete. */
    public static List<FinalPollError> finalPolls(
            Election election, String contest, List<Poll> polls, ContestResult result) {
        if (!result.complete()) {
            return List.of();
        }
        Map<String, Double> actual = result.shares();
        // A parliament led by its list vote is scored on that vote, a contest of no definition's own (ListLead): found
        // by id among the contests alone it was none, and a poll printed with its don't-knows was scored as printed
        // (CBOS's 2019 Sejm poll, 46 of 88 named and 12 don't know: Civic Coalition -8.4 where it was -5.8).
        Contest of = election.contest(contest)
                .or(() -> election.lead().filter(l -> l.id().equals(contest)).map(Contest.class::cast))
                .orElse(null);
        List<FinalPollError> out = new ArrayList<>();
        lastDays(election, contest, polls)
                .forEach((house, onDay) -> out.add(score(
                        election,
                        of,
                        onDay.stream().max(finalFirst(actual.keySet())).orElseThrow(),
                        distinct(onDay) - 1,
                        result)));
        return out;
    }

    /**
     * True for a poll whose fieldwork began on polling day itself: an exit poll, or voters asked as they voted (the
     * Dutch tables print Ipsos's election-night releases among the polls, dated 22 Nov 2023). Scored as a firm's final
     * poll, Ipsos's exit poll made it the most accurate firm of 2023 (0.5 points) on figures no pre-election poll had;
     * YouGov's on-the-day poll of 23 June 2016 (Remain 52, Leave 48), of people who had mostly voted, stood in for its
     * eve-of-poll survey. A poll dated by its publication alone (YouGov's of 1 May 2008, published that morning) is not one.
     */
    public static boolean begunOnPollingDay(Election election, Poll p) {
        return p.fieldworkStart() != null && p.fieldworkStart().equals(election.date());
    }

    /**
     * True for a poll dated inside the election's polling blackout ({@link Election#pollingBlackoutDays}), the days
     * before polling day in which no poll may be published: one the public could not read before the vote, published
     * after it or only abroad. Chile's 2021 table prints Cadem's surveys of 16–19 and 20 November, the eve of the first
     * round, inside its blackout; scored as Cadem's final poll, the one of 20 November made its lead error
     * -0.1 on figures no voter saw (its last published poll, 2–4 November, erred by +5.6). The forecast's own rule
     * ({@link PollingBlackout}): a poll with an exact publication day before polling day is public, and one dated on
     * polling day (an exit poll) is no blackout's.
     */
    public static boolean inBlackout(Election election, Poll p) {
        return PollingBlackout.apply(election, p).heldBack();
    }

    /** How many polls {@code onDay} holds, one poll listed by two sources ({@link SamePoll}) counted once. */
    private static int distinct(List<Poll> onDay) {
        List<Poll> seen = new ArrayList<>();
        for (Poll p : onDay) {
            if (seen.stream().noneMatch(k -> SamePoll.same(k, p))) {
                seen.add(p);
            }
        }
        return seen.size();
    }

    /**
     * The first day of the final window: {@value #FINAL_WINDOW_DAYS} days before the election's polling blackout, the
     * days before polling day in which no poll may be published ({@link Election#pollingBlackoutDays}; none unless its
     * definition says so). The final polls of a country with a blackout are that much older everywhere alike: a window
     * ending on polling day left 4 of Taiwan's 13 firms of 2024 (a ten-day blackout) and would leave none of Italy's
     * (fifteen). The window does not follow the newest poll where no blackout is stated: London 2000's last poll, 21
     * days out, is no final poll (the campaign's last three weeks went unpolled, not unpublished).
     */
    public static LocalDate windowStart(Election election) {
        return election.date().minusDays(election.pollingBlackoutDays() + FINAL_WINDOW_DAYS);
    }

    /** " before its 10-day polling blackout" after "the final 14 days", or nothing where none is stated. */
    public static String beforeBlackout(Election election) {
        int days = election.pollingBlackoutDays();
        return days == 0 ? "" : " before its " + days + "-day polling blackout";
    }

    /**
     * Each house's first-preference polls dated its last day in the final {@value #FINAL_WINDOW_DAYS} days
     * ({@link #windowStart}), by house.
     */
    private static Map<String, List<Poll>> lastDays(Election election, String contest, List<Poll> polls) {
        LocalDate from = windowStart(election);
        Map<String, List<Poll>> lastDay = new TreeMap<>();
        for (Poll p : polls) {
            if (!p.contest().equals(contest)
                    || p.scope() != Scope.FIRST_PREF
                    || p.date().isBefore(from)
                    || p.date().isAfter(election.date())
                    || begunOnPollingDay(election, p)
                    || inBlackout(election, p)) {
                continue;
            }
            List<Poll> kept = lastDay.computeIfAbsent(p.pollster(), k -> new ArrayList<>());
            if (!kept.isEmpty() && p.date().isBefore(kept.get(0).date())) {
                continue;
            }
            if (!kept.isEmpty() && p.date().isAfter(kept.get(0).date())) {
                kept.clear();
            }
            kept.add(p);
        }
        return lastDay;
    }

    private static FinalPollError score(Election election, Contest contest, Poll p, int sameDay, ContestResult result) {
        Map<String, Double> actual = result.shares();
        // A result is of valid votes: a poll of everyone asked (naming every candidate standing, its undecided not
        // printed with it) is compared as its shares of those naming a candidate, as a poll printed with its
        // don't-knows was re-based when read.
        Map<String, Double> shares = contest == null ? p.shares() : SharesOfEveryone.ofThoseNamingAnOption(contest, p);
        List<String> top = result.topTwo();
        Map<String, Double> errors = new LinkedHashMap<>();
        List<String> scored = new ArrayList<>();
        double abs = 0;
        // Candidates in result order (winner first), so every row reads the same way.
        List<String> inResultOrder = actual.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
        // "Others" in a result is many candidates, none of them one a poll left out (Toronto 2023's 95 minor
        // candidates, 7.8% together, read as a 5%+ candidate every firm had failed to name); nor is it scored,
        // as the backtest's MAE leaves it out.
        java.util.function.Predicate<String> counts = o -> !o.equals(Option.OTHER) && actual.get(o) >= MIN_RESULT_SHARE;
        List<String> notNamed = inResultOrder.stream()
                .filter(o -> counts.test(o) && !shares.containsKey(o))
                .toList();
        // A result's "Others" holding candidates this poll named on their own is not the poll's "other" (the rest of
        // the field): Toronto 2023's line of 21.9% held Furey, Matlow and three more, and Forum's others of 9 read as
        // "other -12.9". Nor is it when the poll's "other" holds candidates the result names on their own: a poll that
        // left Furey and Matlow in its others of 20 read as "other +12.2" against the result's 7.8 (review).
        boolean othersDiffer = result.lumped().stream().anyMatch(shares::containsKey)
                || actual.keySet().stream()
                        .anyMatch(o -> !o.equals(Option.OTHER) && actual.get(o) > 0 && !shares.containsKey(o));
        for (String option : inResultOrder.stream()
                .filter(o -> shares.containsKey(o) && !(othersDiffer && o.equals(Option.OTHER)))
                .toList()) {
            double e = shares.get(option) - actual.get(option);
            errors.put(option, e);
            if (counts.test(option)) {
                abs += Math.abs(e);
                scored.add(option);
            }
        }
        double leadError = Double.NaN;
        if (shares.containsKey(top.get(0)) && shares.containsKey(top.get(1))) {
            leadError = (shares.get(top.get(0)) - shares.get(top.get(1)))
                    - (actual.get(top.get(0)) - actual.get(top.get(1)));
        }
        return new FinalPollError(
                election.id(),
                p.pollster(),
                p.publishedAs(),
                p.client(),
                p.date(),
                p.datePrecision(),
                ChronoUnit.DAYS.between(p.date(), election.date()),
                sameDay,
                errors,
                top.get(0) + ">" + top.get(1),
                leadError,
                scored.isEmpty() ? Double.NaN : abs / scored.size(),
                scored,
                notNamed);
    }

    /**
     * Which of a house's polls dated its last day is its final poll: the one published last (an unknown publication
     * date counts as earliest), else the one naming more of the result's candidates (a full poll says more than a
     * headline of the leading two), else the larger stated sample. Without this, two polls of one day were decided by
     * the order they were stored in.
     */
    private static Comparator<Poll> finalFirst(Set<String> candidates) {
        return Comparator.comparing((Poll p) -> p.published() == null ? LocalDate.MIN : p.published())
                .thenComparingLong(
                        p -> candidates.stream().filter(p.shares()::containsKey).count())
                .thenComparingInt(p -> p.sampleSize() == null ? 0 : p.sampleSize());
    }

    /**
     * Per pollster, across elections: the houses scored at two or more elections first, then those scored at one, each
     * group by mean absolute error, worst last. One final poll is one draw of a firm's error, not a record: sorted with
     * the rest, a firm with a single good poll (TNS-BMRB's in 2016) headed a table in which YouGov had four elections.
     *
     * <p>The final rounds of counts by preferences ("london-2016 (final round)") are kept apart, in {@link
     * #summariseFinalRounds}: a run-off or two-party-preferred figure comes from the same survey and the same ballots as
     * the firm's first preferences, so it is no second election's worth of record, and a two-way split's error (each
     * side's the same) averaged with a field's would rank firms by which questions they asked.
     */
    public static List<PollsterRecord> summarise(List<FinalPollError> errors) {
        return records(errors.stream()
                .filter(e -> !RoundLabel.isFinalRound(e.election()))
                .toList());
    }

    /**
     * Per pollster, over the final rounds of counts by preferences alone (London's run-off, Australia's two-party-
     * preferred), ordered as {@link #summarise}: how pundits judge those firms, apart from their first preferences.
     */
    public static List<PollsterRecord> summariseFinalRounds(List<FinalPollError> errors) {
        return records(errors.stream()
                .filter(e -> RoundLabel.isFinalRound(e.election()))
                .toList());
    }

    private static List<PollsterRecord> records(List<FinalPollError> errors) {
        Map<String, List<FinalPollError>> by = new TreeMap<>();
        errors.forEach(
                e -> by.computeIfAbsent(e.pollster(), k -> new ArrayList<>()).add(e));
        List<PollsterRecord> out = new ArrayList<>();
        by.forEach((pollster, list) -> {
            double mae = list.stream()
                    .mapToDouble(FinalPollError::meanAbsError)
                    .filter(x -> !Double.isNaN(x))
                    .average()
                    .orElse(Double.NaN);
            double lead = list.stream()
                    .mapToDouble(FinalPollError::leadError)
                    .filter(x -> !Double.isNaN(x))
                    .average()
                    .orElse(Double.NaN);
            double absLead = list.stream()
                    .mapToDouble(FinalPollError::leadError)
                    .filter(x -> !Double.isNaN(x))
                    .map(Math::abs)
                    .average()
                    .orElse(Double.NaN);
            int notNamed = list.stream().mapToInt(e -> e.notNamed().size()).sum();
            // Elections, not final polls: a firm's last polls of both rounds of one election are one election's
            // record, and counted as two it was sorted among the firms with a record and left out of the note on
            // firms scored once (review).
            int elections = (int) list.stream()
                    .map(e -> RoundLabel.election(e.election()))
                    .distinct()
                    .count();
            out.add(new PollsterRecord(pollster, elections, mae, lead, absLead, rootMeanSquaredScored(list), notNamed));
        });
        out.sort(Comparator.comparing((PollsterRecord r) -> r.elections() < 2)
                .thenComparingDouble(PollsterRecord::meanAbsError));
        return out;
    }

    /**
     * Pollster weights from records at elections before {@code before} only (no election's own result may
     * weigh its own polls): {@code q = (k · MSE_all / MSE_h + PRIOR) / (k + PRIOR)}, k the pollster's
     * elections scored, clipped to [0.25, 4]. Pollsters with no record get 1.
     */
    public static Map<String, Double> weights(
            List<FinalPollError> errors, LocalDate before, Map<String, LocalDate> electionDates) {
        List<FinalPollError> earlier = errors.stream()
                .filter(e ->
                        electionDates.getOrDefault(e.election(), LocalDate.MAX).isBefore(before))
                .toList();
        double all = meanSquaredError(earlier);
        Map<String, Double> out = new TreeMap<>();
        if (earlier.isEmpty() || !(all > 0)) {
            return out;
        }
        Map<String, List<FinalPollError>> by = new TreeMap<>();
        earlier.forEach(
                e -> by.computeIfAbsent(e.pollster(), k -> new ArrayList<>()).add(e));
        by.forEach((pollster, list) -> {
            double mse = meanSquaredError(list);
            double k = list.size();
            double ratio = mse > 0 ? all / mse : 4;
            out.put(pollster, Math.min(4, Math.max(0.25, (k * ratio + PRIOR_ELECTIONS) / (k + PRIOR_ELECTIONS))));
        });
        return out;
    }

    /**
     * Over the same candidates as the mean absolute error (5%+ in the result), election by election and then
     * averaged, so that it can never read below it: pooling every candidate's error instead, small ones
     * included, printed an RMSE under the MAE.
     */
    private static double rootMeanSquaredScored(List<FinalPollError> list) {
        return list.stream()
                .filter(e -> !e.scored().isEmpty())
                .mapToDouble(e -> e.scored().stream()
                        .mapToDouble(o -> e.errors().get(o) * e.errors().get(o))
                        .average()
                        .orElse(0))
                .map(Math::sqrt)
                .average()
                .orElse(Double.NaN);
    }

    private static double meanSquaredError(List<FinalPollError> list) {
        double s = 0;
        int n = 0;
        for (FinalPollError e : list) {
            for (double x : e.errors().values()) {
                s += x * x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
