package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.DoubleStream;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.TransferPrior;
import org.pollcast.election.VoteCount;
import org.pollcast.election.VotingSystem;

/**
 * The party-bloc prior's two numbers (how many ballots give no usable second preference, and how much more a
 * voter's second choice stays in their bloc) fitted leave-one-election-out: on the counted second preferences
 * of every bundled Supplementary Vote election except the one forecast, the values on a grid that predict each
 * finalist's counted transfers with the least squared relative error, as data/transfers/prior.yaml describes
 * its own calibration. The file's values were fitted on 2000 to 2016 together, the backtested elections
 * included; a forecast of one of them must not have seen its own count.
 *
 * @param prior  the fitted prior (the file's bloc map and concentration)
 * @param from   the elections it was fitted on (empty: the file's values, too few elections to fit)
 * @param source what the prior's blocs and values were read from: the data folder's {@code data/transfers/prior.yaml},
 *               or pollcast's own copy where the folder has none (said so: the note named a file the folder lacked)
 */
record TransferPriorFit(TransferPrior prior, List<String> from, String source) {
    private static final double MIN_NO_SECOND = 0.10;
    private static final double MAX_NO_SECOND = 0.70;
    private static final double MIN_AFFINITY = 1.0;
    private static final double MAX_AFFINITY = 6.0;

    TransferPriorFit {
        from = List.copyOf(from);
    }

    /**
     * One election's first preferences, which of its candidates share a bloc, and its two finalists' counted
     * second preferences.
     */
    record Count(
            double[] first, boolean[][] sameBloc, int a, int b, double toA, double toB, boolean electedInFirstRound) {
        /** {@code first}'s count, its first-round winner (more than half, as the count tests it) found once. */
        static Count of(double[] first, boolean[][] sameBloc, int a, int b, double toA, double toB) {
            double total = 0;
            for (double v : first) {
                total += v;
            }
            return new Count(first, sameBloc, a, b, toA, toB, first[a] > total / 2);
        }

        /**
         * What finalist {@code to} gains in the run-off under a prior with these two numbers, given {@link
         * #rowTotals} at that affinity: what {@link VoteCount#supplementaryVote} counts with {@link
         * TransferPrior#table}, in its order of arithmetic, so the fit picks the values it picked when it built a
         * table and counted it at each of its 6,161 points (a fifth of the unit tests' processor time).
         */
        double gain(int to, double noSecond, double affinity, double[] rowTotals) {
            if (electedInFirstRound) {
                return 0; // a first-round winner: no transfers are counted
            }
            double votes = first[to];
            for (int i = 0; i < first.length; i++) {
                if (i == a || i == b || first[i] <= 0) {
                    continue;
                }
                if (rowTotals[i] > 0) {
                    votes += first[i] * TransferPrior.share(i, to, first, sameBloc, rowTotals[i], noSecond, affinity);
                }
            }
            return votes - first[to];
        }

        /** What each row of the table divides by at this affinity, whatever the share with no second preference. */
        double[] rowTotals(double affinity) {
            double[] totals = new double[first.length];
            for (int i = 0; i < first.length; i++) {
                totals[i] = TransferPrior.rowTotal(i, first, sameBloc, affinity);
            }
            return totals;
        }
    }

    static TransferPriorFit forElection(Workspace ws, Election target, TransferPrior file) {
        String source = ws.transferPriorSource();
        List<Count> counts = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Election e : ws.catalog().all()) {
            Optional<SingleWinnerContest> mayor = e.first(SingleWinnerContest.class);
            if (e.id().equals(target.id())
                    || !e.date().isBefore(LocalDate.now())
                    || mayor.isEmpty()
                    || mayor.get().system() != VotingSystem.SUPPLEMENTARY_VOTE) {
                continue;
            }
            Optional<ContestResult> first =
                    ws.results().firstPreferences(e, mayor.get().id()).filter(ContestResult::complete);
            Optional<ContestResult> transfers =
                    ws.results().countedTransfers(e, mayor.get().id());
            if (first.isEmpty() || transfers.isEmpty()) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            List<String> parties = new ArrayList<>();
            double[] votes = new double[mayor.get().candidates().size()];
            for (Candidate c : mayor.get().candidates()) {
                votes[ids.size()] = first.get().votes().getOrDefault(c.id(), 0L);
                ids.add(c.id());
                parties.add(c.party());
            }
            List<String> top = first.get().topTwo();
            Long toA = transfers.get().votes().get(top.get(0));
            Long toB = transfers.get().votes().get(top.get(1));
            if (toA == null || toB == null || toA <= 0 || toB <= 0) {
                continue;
            }
            counts.add(Count.of(
                    votes, file.sameBloc(ids, parties), ids.indexOf(top.get(0)), ids.indexOf(top.get(1)), toA, toB));
            from.add(e.id());
        }
        if (counts.size() < 2) {
            return new TransferPriorFit(file, List.of(), source);
        }
        // The grid's values as the loops of a plain grid search reach them, sums and all, and its losses filled
        // affinity by affinity, where each row's divisor is the same for every share with no second preference.
        double[] noValues = DoubleStream.iterate(MIN_NO_SECOND, no -> no <= MAX_NO_SECOND + 1e-9, no -> no + 0.01)
                .toArray();
        double[] affinities = DoubleStream.iterate(MIN_AFFINITY, a -> a <= MAX_AFFINITY + 1e-9, a -> a + 0.05)
                .toArray();
        double[][] loss = new double[noValues.length][affinities.length];
        for (int j = 0; j < affinities.length; j++) {
            double affinity = affinities[j];
            for (Count c : counts) {
                double[] rowTotals = c.rowTotals(affinity);
                for (int i = 0; i < noValues.length; i++) {
                    double no = noValues[i];
                    double gotA = c.gain(c.a(), no, affinity, rowTotals);
                    double gotB = c.gain(c.b(), no, affinity, rowTotals);
                    loss[i][j] += Math.pow((gotA - c.toA()) / c.toA(), 2) + Math.pow((gotB - c.toB()) / c.toB(), 2);
                }
            }
        }
        double bestLoss = Double.POSITIVE_INFINITY;
        double bestNo = file.noSecondPreference();
        double bestAffinity = file.sameBlocAffinity();
        for (int i = 0; i < noValues.length; i++) {
            for (int j = 0; j < affinities.length; j++) {
                if (loss[i][j] < bestLoss) {
                    bestLoss = loss[i][j];
                    bestNo = noValues[i];
                    bestAffinity = affinities[j];
                }
            }
        }
        return new TransferPriorFit(
                new TransferPrior(
                        bestNo,
                        bestAffinity,
                        file.concentration(),
                        file.secondRoundSwing(),
                        file.secondRoundLean(),
                        file.secondRoundReturn(),
                        file.blocOfParty()),
                from,
                source);
    }

    /** Where the prior's numbers came from, for the forecast's transfer note. */
    String describe() {
        return from.isEmpty()
                ? source
                : String.format(
                        Locale.ROOT,
                        "%s's blocs, fitted on the counted second preferences of %s: no usable "
                                + "second preference %.2f, same-bloc affinity %.2f",
                        source,
                        String.join(", ", from),
                        prior.noSecondPreference(),
                        prior.sameBlocAffinity());
    }
}
