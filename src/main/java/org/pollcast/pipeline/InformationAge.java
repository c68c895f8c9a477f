package org.pollcast.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pollcast.election.Option;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.ShareInput;

/**
 * Uncertainty from the age of the last information. Opinion drifts whether or not anyone polls it: an
 * average whose newest poll is ten months old, or a prior from a result two years back, knows less about
 * today than its standard errors say. Each option's standard error gets the random walk since then,
 * {@code drift · √age · f} points, f = √(μ(100 − μ))/50 scaling the drift of a 50% option down to smaller
 * ones; the simulator adds the drift from today to polling day on top.
 */
final class InformationAge {
    private InformationAge() {}

    /** {@code se} with the random walk of {@code days} added: {@code drift · √days · f} for a share of {@code mean}. */
    private static double walked(double se, double mean, long days, double driftPerDay) {
        double mu = Math.min(Math.max(mean, 0.5), 99.5);
        double walk = driftPerDay * Math.sqrt(days) * Math.sqrt(mu * (100 - mu)) / 50;
        return Math.sqrt(se * se + walk * walk);
    }

    /** {@code in} with the drift since {@code lastInformation} added to every option's standard error. */
    static ShareInput widen(ShareInput in, LocalDate lastInformation, double driftPerDay) {
        long age = Math.max(0, ChronoUnit.DAYS.between(lastInformation, in.asOf()));
        if (age == 0 || driftPerDay == 0) {
            return in;
        }
        double[] mean = in.mean();
        double[] se = in.se();
        for (int j = 0; j < se.length; j++) {
            se[j] = walked(se[j], mean[j], age, driftPerDay);
        }
        String note = String.format(
                Locale.ROOT,
                "; the newest information is %d %s old (%s): wider by the drift since",
                age,
                age == 1 ? "day" : "days",
                lastInformation);
        return in.withShares(mean, se, note);
    }

    /**
     * {@code in} with each option that the newest polls left out widened by the drift from the newest poll naming it to
     * the newest poll of all, which {@link #widen} already counts from: an average carries such an option's share from
     * older polls alone, and opinion of it moved since as it did of the others. Alba stood in the Scottish polls of
     * 2025 and in none of 2026 (it did not stand), and its 2.2% kept the error of a fresh reading. Options no poll
     * names ("other", candidates filled from the baseline) are left as they are.
     */
    static ShareInput widenUnnamedSince(ShareInput in, List<Poll> polls, LocalDate newest, double driftPerDay) {
        if (driftPerDay == 0) {
            return in;
        }
        double[] mean = in.mean();
        double[] se = in.se();
        List<String> widened = new ArrayList<>();
        for (int j = 0; j < se.length; j++) {
            String id = in.options().get(j);
            if (id.equals(Option.OTHER)) {
                continue;
            }
            LocalDate last = null;
            for (Poll p : polls) {
                if (p.shares().get(id) != null && (last == null || p.date().isAfter(last))) {
                    last = p.date();
                }
            }
            long gap = last == null ? 0 : ChronoUnit.DAYS.between(last, newest);
            if (gap <= 0) {
                continue;
            }
            se[j] = walked(se[j], mean[j], gap, driftPerDay);
            // Named as the reader knows them: an id is folded to ASCII (Mehmet Altınöz's is altinoz).
            widened.add(in.names().get(j) + " (last named " + last + ")");
        }
        if (widened.isEmpty()) {
            return in;
        }
        return in.withShares(
                mean,
                se,
                "; " + String.join(", ", widened) + " not named by the newest "
                        + (widened.size() == 1
                                ? "polls: wider by the drift since its last poll"
                                : "polls: each wider by the drift since its last poll"));
    }
}
