package org.pollcast.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.aggregate.SamePoll;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;
import org.pollcast.simulate.RunoffSwing;
import org.pollcast.simulate.ShareInput;

/**
 * One pair's run-off surveys and what a forecast on the prior takes from them ({@link RunoffPollLean}): the gap
 * between a's run-off share and a's share of the two's first preferences in the same survey, recency-weighted, and
 * shrunk towards the prior's own gap for the pair. A survey published twice counts once, by the average's own rule
 * ({@link SamePoll}). A survey that asked several pairings (Trzaskowski v Nawrocki and Trzaskowski v Mentzen) is stored
 * as a run-off poll of each ({@link PollKey} holds the pair), and counts once in each pair's surveys, its first
 * preferences serving every pair.
 *
 * @param a         the pair's candidate with more first preferences in the average (its index in the input)
 * @param b         the other
 * @param surveys   the surveys that asked both rounds of this pair, dated by the as-of date, each counted once
 * @param effective their effective number, recency-weighted: {@code (Σw)² / Σw²}
 * @param gap       the surveys' gap for a, weighted, points
 * @param prior     the prior table's own gap for a at the average first preferences, points
 * @param shrunk    the gap aimed at: {@code prior + w (gap - prior)}, {@code w = n_eff / (n_eff + SHRINKAGE)}
 * @param fitted    the pulled table's gap at the average: the shrunk gap, unless pairs round a
 *                  cycle disagree (or a pair asks more than the rows allow)
 */
record RunoffPairGap(
        int a, int b, int surveys, double effective, double gap, double prior, double shrunk, double fitted) {

    /** This pair with the pulled table's gap. */
    RunoffPairGap withFitted(double fittedGap) {
        return new RunoffPairGap(a, b, surveys, effective, gap, prior, shrunk, fittedGap);
    }

    /**
     * The surveys among {@code listings} (those dated by {@code asOf}) that asked both rounds of the input's candidates
     * {@code ia} and {@code ib} (its a and b), their gap weighted by recency with a half-life of {@code halfLifeDays}, the prior's gap at the
     * average first preferences counted by {@code system} (two rounds: with {@code second}'s return), and the gap shrunk between them; fitted is left at the
     * shrunk gap. Empty when no such survey.
     */
    static Optional<RunoffPairGap> measure(
            Listings listings,
            ShareInput input,
            TransferTable prior,
            LocalDate asOf,
            double halfLifeDays,
            VotingSystem system,
            RunoffSwing second,
            int ia,
            int ib) {
        String a = input.options().get(ia);
        String b = input.options().get(ib);
        double weights = 0;
        double squares = 0;
        double sum = 0;
        int n = 0;
        for (Survey survey : surveys(listings, a, b)) {
            Poll runoff = survey.runoff();
            Poll first = survey.first();
            double ra = runoff.shares().get(a);
            double rb = runoff.shares().get(b);
            double fa = first.shares().get(a);
            double fb = first.shares().get(b);
            double age = ChronoUnit.DAYS.between(runoff.date(), asOf);
            double w = Math.pow(2, -age / halfLifeDays);
            sum += w * (100 * ra / (ra + rb) - 100 * fa / (fa + fb));
            weights += w;
            squares += w * w;
            n++;
        }
        if (n == 0 || weights <= 0) {
            return Optional.empty();
        }
        double gap = sum / weights;
        double effective = weights * weights / squares;
        double[] mean = input.mean();
        int other = input.options().indexOf("other");
        double own = CandidatePulls.finalShare(prior, mean, ia, ib, other, system, second)
                - RunoffPollLean.proportional(mean, ia, ib);
        double shrunk = own + effective / (effective + RunoffPollLean.SHRINKAGE) * (gap - own);
        return Optional.of(new RunoffPairGap(ia, ib, n, effective, gap, own, shrunk, shrunk));
    }

    /** One survey's two questions about a and b, each stored as a poll. */
    private record Survey(Poll first, Poll runoff) {}

    /** One listing of a survey: its run-off question and the first-preference questions of that listing, as polls. */
    private record Listing(Poll runoff, List<Poll> firsts) {}

    /** What ties a listing's questions together: one firm's fieldwork for one client. */
    private record ListingKey(String pollster, LocalDate date, LocalDate fieldworkStart, String client) {
        static ListingKey of(Poll p) {
            return new ListingKey(p.pollster(), p.date(), p.fieldworkStart(), p.client());
        }
    }

    /**
     * Whether two polls are questions of one listing (firm, date, first day of fieldwork, client), as {@link Listings}
     * pairs them.
     */
    static boolean sameListing(Poll a, Poll b) {
        return ListingKey.of(a).equals(ListingKey.of(b));
    }

    /**
     * The run-off polls dated by an as-of date, in the polls' order, each with the first-preference polls of its
     * listing: built once for every pair {@link RunoffPollLean} measures, which before each paired every run-off poll
     * with every poll again.
     */
    static final class Listings {
        private final List<Listing> runoffs;

        private Listings(List<Listing> runoffs) {
            this.runoffs = List.copyOf(runoffs);
        }

        /** The listings of {@code polls}' run-offs dated by {@code asOf}. */
        static Listings of(List<Poll> polls, LocalDate asOf) {
            // One poll is one poll: a key listed twice (the same row read again) counts once, as in the average.
            Map<PollKey, Poll> unique = new LinkedHashMap<>();
            polls.forEach(p -> unique.putIfAbsent(p.key(), p));
            Map<ListingKey, List<Poll>> firsts = new HashMap<>();
            for (Poll p : unique.values()) {
                if (p.scope() == Scope.FIRST_PREF) {
                    firsts.computeIfAbsent(ListingKey.of(p), k -> new ArrayList<>())
                            .add(p);
                }
            }
            List<Listing> runoffs = new ArrayList<>();
            for (Poll p : unique.values()) {
                if (p.scope() == Scope.RUNOFF && p.knownBy(asOf)) {
                    runoffs.add(new Listing(p, firsts.getOrDefault(ListingKey.of(p), List.of())));
                }
            }
            return new Listings(runoffs);
        }

        /**
         * The run-off polls listed without a first-preference question of their own (a final round published alone):
         * no gap can be measured from them, so they tell the forecast nothing, and its note says so.
         */
        List<Poll> alone() {
            return runoffs.stream()
                    .filter(l -> l.firsts().isEmpty() || halfAsked(l))
                    .map(Listing::runoff)
                    .toList();
        }

        /**
         * A listing whose first preferences name only one of its final pair (a report of the leader's first choices
         * beside the survey's final round: GrowSF's September 2024 San Francisco poll, Breed 33 and her 51 to Lurie's
         * 49): no gap can be measured from it either, and before it was left out without a word.
         */
        private static boolean halfAsked(Listing l) {
            List<String> pair = l.runoff().shares().keySet().stream()
                    .filter(o -> !o.equals(Option.OTHER))
                    .toList();
            return pair.size() == 2
                    && !l.firsts().isEmpty()
                    && l.firsts().stream().noneMatch(f -> asks(f, pair.get(0), pair.get(1)));
        }
    }

    /**
     * The surveys of {@code listings} that asked both rounds of a and b, each counted once. A survey published twice
     * (the same fieldwork under two clients, or dated by fieldwork in one source and by publication in another) is
     * two pairs of rows in the store; counted twice it weighed double against the {@link RunoffPollLean#SHRINKAGE} surveys of the
     * prior. Two pairs are one survey when their first preferences are one poll published twice by the average's own
     * rule ({@link SamePoll}): the first-preference question names enough figures to tell two surveys apart, where a
     * run-off's two figures that sum to 100 say little, and a run-off two listings transcribe differently is still
     * that survey's.
     *
     * <p>Which copy counts: only a listing that gives both rounds can count (one without the run-off says nothing of
     * the gap); of two that do, the one {@link SamePoll} keeps, whose first preferences name more options (the fuller
     * listing, likelier the pollster's own table), else the earlier (the end of fieldwork rather than a later
     * publication date, which is what the recency weight should count from). The sample is not a criterion: two
     * listings of one survey share it, where both give one, and it does not enter the weight here.
     */
    private static List<Survey> surveys(Listings listings, String a, String b) {
        List<Survey> found = new ArrayList<>();
        for (Listing listing : listings.runoffs) {
            if (!asks(listing.runoff(), a, b)) {
                continue;
            }
            listing.firsts().stream()
                    .filter(p -> asks(p, a, b))
                    .findFirst()
                    .ifPresent(first -> found.add(new Survey(first, listing.runoff())));
        }
        found.sort(Comparator.comparing(s -> s.first().date()));
        Set<Poll> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        // The notes are the average's to give: it counts the same first preferences once and says so.
        kept.addAll(SamePoll.collapse(found.stream().map(Survey::first).toList(), new ArrayList<>()));
        return found.stream().filter(s -> kept.contains(s.first())).toList();
    }

    /** The poll gives both a and b, not both nought. */
    private static boolean asks(Poll p, String a, String b) {
        Double sa = p.shares().get(a);
        Double sb = p.shares().get(b);
        return sa != null && sb != null && sa + sb > 0;
    }
}
