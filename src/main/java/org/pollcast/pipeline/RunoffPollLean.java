package org.pollcast.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pollcast.aggregate.SamePoll;
import org.pollcast.election.Scope;
import org.pollcast.election.TransferTable;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;
import org.pollcast.report.Tables;
import org.pollcast.simulate.ShareInput;

/**
 * What the polls' run-off questions say about second preferences between the two leading candidates, for a
 * forecast with no counted second preferences of its own series (the party-bloc prior): a first election, another
 * place, a primary whose candidates all share a party, where the prior cannot tell one candidate's voters' second
 * choices from another's.
 *
 * <p>A survey that asks both rounds gives the gap between the run-off share of the leader ({@code a}) and a's share
 * of the two's first preferences in the same survey: what the other candidates' voters add to a beyond a split in
 * proportion. In New York's 2025 primary the gap was +4 to +7 points for Mamdani (the other progressives' voters
 * ranked him); in London it averages −0.2 (the 40 surveys that asked both: docs/calibration.md). A survey published
 * twice counts once ({@link SamePoll}, as in the average). The surveys are weighted by recency with the average's
 * half-life, and the gap is shrunk towards the prior's own as a pollster's house effect is, by {@link #SHRINKAGE}
 * surveys at the prior's value. The prior's table is then tilted, each other candidate's voters' choice between a
 * and b alike on the log-odds scale (their exhausted share kept), so that at the forecast's average first
 * preferences the final round comes out where the shrunk gap puts it.
 *
 * @param a        the leading candidate's index in the input
 * @param b        the runner-up's
 * @param surveys  the surveys that asked both rounds of this pair, dated by the as-of date, each counted once
 * @param gap      the surveys' gap for a, weighted, points
 * @param prior    the prior table's own gap at the average first preferences, points
 * @param shrunk   the gap used: {@code prior + w (gap - prior)}, {@code w = n_eff / (n_eff + SHRINKAGE)}
 * @param table    the prior's table, tilted
 */
record RunoffPollLean(int a, int b, int surveys, double gap, double prior, double shrunk, TransferTable table) {

    /** Surveys' worth of the prior's own gap the polls' is shrunk with, as the house effects' default shrinkage. */
    static final double SHRINKAGE = 2;

    /**
     * The lean for {@code input}'s two leading candidates, from the first-preference and run-off polls among
     * {@code polls} (one contest's, any date: those after {@code asOf} are left out); empty when no survey dated by
     * then asked both rounds of that pair.
     */
    static Optional<RunoffPollLean> measure(
            List<Poll> polls, ShareInput input, TransferTable prior, LocalDate asOf, double halfLifeDays) {
        int[] top = input.leadingTwo();
        if (top == null) {
            return Optional.empty();
        }
        String a = input.options().get(top[0]);
        String b = input.options().get(top[1]);
        double weights = 0;
        double squares = 0;
        double sum = 0;
        int n = 0;
        for (Survey survey : surveys(polls, a, b, asOf)) {
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
        double own = finalShare(prior, mean, top[0], top[1]) - proportional(mean, top[0], top[1]);
        double shrunk = own + effective / (effective + SHRINKAGE) * (gap - own);
        double target = proportional(mean, top[0], top[1]) + shrunk;
        TransferTable tilted = tilt(prior, mean, top[0], top[1], target);
        return Optional.of(new RunoffPollLean(top[0], top[1], n, gap, own, shrunk, tilted));
    }

    /** The note every output carries: what the surveys said and what the forecast took from them. */
    String note(ShareInput input) {
        return String.format(
                Locale.ROOT,
                "run-off polls: in %d %s asking both rounds, %s's run-off share against %s was %s points %s the two's"
                        + " first preferences split in proportion (recent surveys weigh more), where the prior's second"
                        + " preferences give %s; shrunk towards the prior, %s points, to which its second preferences"
                        + " between the two are tilted",
                surveys,
                surveys == 1 ? "survey" : "surveys",
                input.names().get(a),
                input.names().get(b),
                String.format(Locale.ROOT, "%.1f", Math.abs(gap)),
                gap >= 0 ? "above" : "below",
                Tables.signed(prior, 1),
                Tables.signed(shrunk, 1));
    }

    /** One survey's two questions about a and b, each stored as a poll. */
    private record Survey(Poll first, Poll runoff) {}

    /**
     * The surveys dated by {@code asOf} that asked both rounds of a and b, each counted once. A survey published twice
     * (the same fieldwork under two clients, or dated by fieldwork in one source and by publication in another) is
     * two pairs of rows in the store; counted twice it weighed double against the {@link #SHRINKAGE} surveys of the
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
    private static List<Survey> surveys(List<Poll> polls, String a, String b, LocalDate asOf) {
        // One poll is one poll: a key listed twice (the same row read again) counts once, as in the average.
        Map<PollKey, Poll> unique = new LinkedHashMap<>();
        polls.forEach(p -> unique.putIfAbsent(p.key(), p));
        List<Survey> found = new ArrayList<>();
        for (Poll runoff : unique.values()) {
            if (runoff.scope() != Scope.RUNOFF || runoff.date().isAfter(asOf) || !asks(runoff, a, b)) {
                continue;
            }
            unique.values().stream()
                    .filter(p -> p.scope() == Scope.FIRST_PREF && sameSurvey(p, runoff) && asks(p, a, b))
                    .findFirst()
                    .ifPresent(first -> found.add(new Survey(first, runoff)));
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

    /** The two questions of one listing of a survey: one firm's fieldwork for one client, stored as two polls. */
    private static boolean sameSurvey(Poll x, Poll y) {
        return x.pollster().equals(y.pollster())
                && x.date().equals(y.date())
                && Objects.equals(x.fieldworkStart(), y.fieldworkStart())
                && Objects.equals(x.client(), y.client());
    }

    private static double proportional(double[] mean, int a, int b) {
        return 100 * mean[a] / (mean[a] + mean[b]);
    }

    /**
     * a's final-round share at first preferences {@code mean}, every other candidate's ballots going to a or b by
     * the table (the Supplementary Vote's count; under instant-runoff the same at its last round when each
     * eliminated candidate's ballots move once).
     */
    static double finalShare(TransferTable t, double[] mean, int a, int b) {
        double va = mean[a];
        double vb = mean[b];
        for (int i = 0; i < mean.length; i++) {
            if (i != a && i != b) {
                va += mean[i] * t.share(i, a);
                vb += mean[i] * t.share(i, b);
            }
        }
        return 100 * va / (va + vb);
    }

    /**
     * The table with every other candidate's voters' choice between a and b moved by one log-odds step, found by
     * bisection, so that a's final share at {@code mean} is {@code target} (as near as the rows allow).
     */
    static TransferTable tilt(TransferTable t, double[] mean, int a, int b, double target) {
        double lo = -8;
        double hi = 8;
        for (int it = 0; it < 60; it++) {
            double mid = (lo + hi) / 2;
            if (finalShare(tilted(t, a, b, mid), mean, a, b) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return tilted(t, a, b, (lo + hi) / 2);
    }

    private static TransferTable tilted(TransferTable t, int a, int b, double step) {
        int k = t.size();
        double[][] rows = new double[k][k];
        List<String> ids = new ArrayList<>(t.ids());
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i][j] = t.share(i, j);
            }
            double both = rows[i][a] + rows[i][b];
            if (i == a || i == b || both <= 0) {
                continue;
            }
            double p = Math.min(1 - 1e-9, Math.max(1e-9, rows[i][a] / both));
            double q = 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + step)));
            rows[i][a] = both * q;
            rows[i][b] = both * (1 - q);
        }
        return TransferTable.fromShares(ids, rows);
    }
}
