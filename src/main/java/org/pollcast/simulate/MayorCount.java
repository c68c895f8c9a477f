package org.pollcast.simulate;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.pollcast.election.CountRules;
import org.pollcast.election.CountSheet;
import org.pollcast.election.FirstPastThePost;
import org.pollcast.election.InstantRunoff;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.RunoffTransfers;
import org.pollcast.election.SupplementaryVote;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

/**
 * Counts one simulation's first preferences by the contest's system, on the election package's own counts:
 * first past the post; the Supplementary Vote with {@link DirichletTransfers} (or, on election night, a run-off
 * already counted); or instant-runoff with {@link DirichletRows}. {@code other} can never win or reach a run-off:
 * it stands for many small candidates. Reuses one {@link CountSheet}; one per thread, used by the forecast and
 * election night alike, so that both count a race the same way.
 */
final class MayorCount {
    private final VotingSystem system;
    private final int other;
    /** Drawn second preferences, or null when a counted run-off gives them. */
    private final DirichletTransfers drawn;

    private final RunoffTransfers transfers;
    private final DirichletRows rows;
    private final CountSheet sheet;
    /** A two-round contest's rules of an outright first-round win; empty: over half. */
    private final List<OutrightRule> rules;
    /** The outcome of the last count. */
    int winner;

    boolean outright;
    /**
     * The run-off pair, or instant-runoff's final two (lower index first), and lo's share of the two, percent;
     * {@code runoffLo} −1 without one.
     */
    int runoffLo;

    int runoffHi;
    double runoffShareLo;

    /**
     * {@code swing}: how the other candidates' voters lean together between a two-round contest's finalists
     * ({@link RunoffSwing#none()} for none). {@code counted}: a Supplementary Vote run-off whose second preferences are already declared, used instead of
     * drawn ones; null to draw them.
     */
    MayorCount(
            CountRules rules,
            int options,
            int other,
            TransferTable table,
            double concentration,
            RunoffSwing swing,
            RunoffTransfers counted) {
        VotingSystem system = rules.system();
        if (!system.isSingleWinner()) {
            throw new IllegalStateException("not a single-winner system: " + system);
        }
        this.system = system;
        this.other = other;
        this.drawn = system.topTwoGoOn() && counted == null
                ? new DirichletTransfers(table, other, concentration, swing)
                : null;
        this.transfers = drawn != null ? drawn : counted;
        this.rows = system == VotingSystem.INSTANT_RUNOFF ? new DirichletRows(table, concentration) : null;
        this.sheet = new CountSheet(options);
        this.rules = rules.outright();
    }

    /** Prepares the block's transfer samplers on its stream (draws nothing). */
    void startBlock(UniformRandomProvider rng) {
        if (drawn != null) {
            drawn.startBlock(rng);
        }
        if (rows != null) {
            rows.startBlock(rng);
        }
    }

    void count(double[] shares) {
        runoffLo = -1;
        switch (system) {
            case FPTP -> FirstPastThePost.count(shares, other, sheet);
            case SUPPLEMENTARY_VOTE, TWO_ROUND -> {
                if (drawn != null) {
                    drawn.startCount();
                }
                SupplementaryVote.count(shares, other, transfers, sheet, rules);
            }
            default -> {
                rows.startCount();
                InstantRunoff.count(shares, other, rows, sheet, true);
            }
        }
        winner = sheet.winner();
        outright = sheet.firstRound();
        // Instant-runoff is counted on to its last two (same winner), so its final pair and their split of the
        // votes are a true two-candidate result, as the run-off pair is under the Supplementary Vote.
        if (system != VotingSystem.FPTP && !outright) {
            runoffLo = Math.min(sheet.leader(), sheet.runnerUp());
            runoffHi = Math.max(sheet.leader(), sheet.runnerUp());
            double lo = sheet.votes(runoffLo);
            runoffShareLo = 100 * lo / (lo + sheet.votes(runoffHi));
        }
    }

    /** The last count's sheet, overwritten by the next. */
    CountSheet sheet() {
        return sheet;
    }
}
