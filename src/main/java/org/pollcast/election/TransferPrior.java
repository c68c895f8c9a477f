package org.pollcast.election;

import java.util.List;
import java.util.Map;

/**
 * The party-bloc prior for second preferences ({@code data/transfers/prior.yaml}, where its calibration is
 * documented): a ballot whose first choice i is eliminated names j second with probability
 * {@code (1 − none) · s_j · a(i,j) / Σ_{k≠i} s_k · a(i,k)}, s being first-preference support and a the
 * same-bloc affinity (1 across blocs).
 *
 * @param concentration    the Dirichlet concentration the simulator uses around this table
 * @param secondRoundSwing a two-round contest's common lean of the other candidates' voters between its finalists,
 *                         one standard deviation on the log-odds scale (the simulator's RunoffSwing)
 * @param secondRoundLean  that lean's mean, towards the first round's runner-up, on the same scale (0 in the bundled
 *                         prior: the corpus's second rounds went as often to a leader winning big as to the runner-up)
 * @param secondRoundReturn the share of a two-round contest's other candidates' first-round voters who vote for a
 *                         finalist in the second round, the finalists' own voters all coming back: where the table's
 *                         second preferences send a ballot to a third candidate or none, a second round's voter
 *                         still chooses between the two (1 in the bundled prior, as the corpus's run-offs measure it)
 */
public record TransferPrior(
        double noSecondPreference,
        double sameBlocAffinity,
        double concentration,
        double secondRoundSwing,
        double secondRoundLean,
        double secondRoundReturn,
        Map<String, String> blocOfParty) {

    /**
     * The second-round swing of a prior file that does not state one: data/transfers/prior.yaml's value, so that a
     * data folder copied before the field existed forecasts a two-round contest as the bundled one does.
     */
    public static final double DEFAULT_SECOND_ROUND_SWING = 1.0;

    /**
     * The second-round lean of a prior file that does not state one: data/transfers/prior.yaml's value, as for the
     * swing.
     */
    public static final double DEFAULT_SECOND_ROUND_LEAN = 0.0;

    /**
     * The second-round return of a prior file that does not state one: data/transfers/prior.yaml's value. A file
     * copied before the field existed states the swing of its day (2.5, fitted to a count that brought back a third of
     * the other voters): with every voter back it is too wide (docs/calibration.md), and should be set to 1.0.
     */
    public static final double DEFAULT_SECOND_ROUND_RETURN = 1.0;

    /** The largest second-round swing a prior may state: 5 on the log-odds scale already splits the voters at will. */
    public static final double MAX_SECOND_ROUND_SWING = 5;

    public TransferPrior {
        if (!(noSecondPreference >= 0 && noSecondPreference < 1)) {
            throw new IllegalArgumentException(
                    "noSecondPreference is " + noSecondPreference + ", expected 0 to below 1");
        }
        if (!(sameBlocAffinity > 0 && sameBlocAffinity < 1e6)) {
            throw new IllegalArgumentException("sameBlocAffinity is " + sameBlocAffinity + ", expected > 0");
        }
        if (!(concentration > 0 && concentration < 1e9)) {
            throw new IllegalArgumentException("concentration is " + concentration + ", expected > 0");
        }
        if (!(secondRoundSwing >= 0 && secondRoundSwing <= MAX_SECOND_ROUND_SWING)) {
            throw new IllegalArgumentException(
                    "secondRoundSwing is " + secondRoundSwing + ", expected 0 to " + MAX_SECOND_ROUND_SWING);
        }
        if (!(Math.abs(secondRoundLean) <= MAX_SECOND_ROUND_SWING)) {
            throw new IllegalArgumentException("secondRoundLean is " + secondRoundLean + ", expected -"
                    + MAX_SECOND_ROUND_SWING + " to " + MAX_SECOND_ROUND_SWING);
        }
        if (!(secondRoundReturn > 0 && secondRoundReturn <= 1)) {
            throw new IllegalArgumentException("secondRoundReturn is " + secondRoundReturn + ", expected above 0 to 1");
        }
        blocOfParty = Map.copyOf(blocOfParty);
    }

    /**
     * The table for options {@code ids} (with parties {@code parties}, null for none) and first-preference
     * {@code support} in any unit. Options with no party, and {@code other}, are blocs of their own.
     */
    public TransferTable table(List<String> ids, List<String> parties, double[] support) {
        int n = ids.size();
        boolean[][] same = sameBloc(ids, parties);
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            double total = rowTotal(i, support, same, sameBlocAffinity);
            for (int j = 0; j < n; j++) {
                if (j != i && total > 0) {
                    rows[i][j] = share(i, j, support, same, total, noSecondPreference, sameBlocAffinity);
                }
            }
        }
        return TransferTable.fromShares(ids, rows);
    }

    /**
     * Whether options i and j are in one bloc, [i][j], as {@link #table} reads their parties: a fit that tries
     * thousands of (no second preference, affinity) pairs on the same options works this out once.
     */
    public boolean[][] sameBloc(List<String> ids, List<String> parties) {
        int n = ids.size();
        String[] bloc = new String[n];
        for (int i = 0; i < n; i++) {
            String party = parties.get(i);
            // A party in no bloc is a bloc of its own candidates: two Republicans (Alaska 2022's Palin and Begich)
            // were strangers to each other, and Begich's voters went 26% to Palin and 32% to Peltola (the count:
            // 50% and 29%). Independents share no party, whatever id their definition gives them ("ind").
            bloc[i] = party == null
                    ? "own:" + ids.get(i)
                    : blocOfParty.containsKey(party)
                            ? blocOfParty.get(party)
                            : Party.independentId(party) ? "own:" + ids.get(i) : "party:" + party;
        }
        boolean[][] same = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                same[i][j] = bloc[i].equals(bloc[j]);
            }
        }
        return same;
    }

    /** What row {@code i} of the table divides by: every other option's support, weighted by affinity. */
    public static double rowTotal(int i, double[] support, boolean[][] same, double sameBlocAffinity) {
        double total = 0;
        for (int k = 0; k < support.length; k++) {
            if (k != i) {
                total += Math.max(0, support[k]) * (same[i][k] ? sameBlocAffinity : 1);
            }
        }
        return total;
    }

    /** The table's share of {@code i}'s ballots for {@code j} (j ≠ i), given row i's {@link #rowTotal} above 0. */
    public static double share(
            int i,
            int j,
            double[] support,
            boolean[][] same,
            double rowTotal,
            double noSecondPreference,
            double sameBlocAffinity) {
        return (1 - noSecondPreference) * Math.max(0, support[j]) * (same[i][j] ? sameBlocAffinity : 1) / rowTotal;
    }
}
