package org.pollcast.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Bloc;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.simulate.AssemblyForecast;

/**
 * A forecast's chance that a bloc of named parties (a definition's {@code who: parties} bloc, as the red-green and
 * the non-socialist parties of the Storting) holds its seats, against whether it did. Where no party governs alone,
 * this is the chance a reader reads first, and the backtest scored only the largest party's.
 *
 * @param p the forecast's chance, 0 to 1
 * @param seats the seats the bloc's parties won together
 * @param atLeast the seats the bloc needs
 */
public record BlocScore(String election, int daysBefore, String bloc, String label, double p, int seats, int atLeast) {
    /**
     * The forecast {@code f}'s chance of each bloc of named parties of {@code e} whose seats the result gives (every
     * party of it in {@code won}), against the seats they won together; none without a body forecast or seats.
     */
    public static List<BlocScore> of(Election e, int daysBefore, AssemblyForecast f, Map<String, Integer> won) {
        List<BlocScore> out = new ArrayList<>();
        if (f == null || won.isEmpty()) {
            return out;
        }
        for (Contest c : e.contests().values()) {
            if (!(c instanceof AdditionalMemberContest ams)) {
                continue;
            }
            for (Bloc b : ams.blocs()) {
                if (!b.ofParties() || !won.keySet().containsAll(b.parties())) {
                    continue;
                }
                int seats = b.parties().stream().mapToInt(won::get).sum();
                f.blocs().stream()
                        .filter(x -> x.id().equals(b.id()))
                        .findFirst()
                        .ifPresent(x -> out.add(
                                new BlocScore(e.id(), daysBefore, b.id(), b.label(), x.p(), seats, b.atLeast())));
            }
        }
        return out;
    }

    public boolean held() {
        return seats >= atLeast;
    }

    /** (p − outcome)², 0 for a certainty that came true, 1 for one that did not. */
    public double brier() {
        double y = held() ? 1 : 0;
        return (p - y) * (p - y);
    }

    /** −ln of the chance given to what happened, floored as the win probability's is ({@link Scores#FLOOR}). */
    public double logLoss() {
        return 0.0 - Math.log(Math.max(held() ? p : 1 - p, Scores.FLOOR));
    }
}
