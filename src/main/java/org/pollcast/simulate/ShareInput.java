package org.pollcast.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the simulator draws around: one mean first-preference share (percent) and standard error per option,
 * {@code other} included, plus where they came from.
 *
 * @param fromPolls  true for a poll average; false for a prior from the baseline election's result
 * @param source     one line for every output: "average of 13 polls, 4 pollsters" or "no polls: prior from
 *                   london-2024"
 * @param daysToElection days from {@code asOf} to election day (drift grows with it)
 */
public record ShareInput(
        String election,
        LocalDate asOf,
        long daysToElection,
        List<String> options,
        List<String> names,
        List<String> parties,
        double[] mean,
        double[] se,
        boolean fromPolls,
        String source) {

    public ShareInput {
        options = List.copyOf(options);
        names = List.copyOf(names);
        parties = Collections.unmodifiableList(new ArrayList<>(parties));
        mean = mean.clone();
        se = se.clone();
        int k = options.size();
        if (k < 2 || names.size() != k || parties.size() != k || mean.length != k || se.length != k) {
            throw new IllegalArgumentException(
                    "share input needs at least two options with one name, party, mean and se each");
        }
        double sum = 0;
        for (int j = 0; j < k; j++) {
            if (!(mean[j] >= 0 && mean[j] <= 100)) {
                throw new IllegalArgumentException(
                        "mean share of " + options.get(j) + " is " + mean[j] + ", expected 0–100");
            }
            if (!(se[j] >= 0 && se[j] < 100)) {
                throw new IllegalArgumentException(
                        "standard error of " + options.get(j) + " is " + se[j] + ", expected ≥ 0");
            }
            sum += mean[j];
        }
        if (Math.abs(sum - 100) > 0.5) {
            throw new IllegalArgumentException("mean shares sum to " + sum + ", expected 100");
        }
        if (daysToElection < 0) {
            throw new IllegalArgumentException("as-of date " + asOf + " is after election day");
        }
    }

    /**
     * The two options with the highest mean, leader first ({@code Option.OTHER}, "other", is never one: it is no
     * candidate); null with fewer than two.
     */
    public int[] leadingTwo() {
        int first = -1;
        int second = -1;
        for (int j = 0; j < mean.length; j++) {
            if (options.get(j).equals("other")) {
                continue;
            }
            if (first < 0 || mean[j] > mean[first]) {
                second = first;
                first = j;
            } else if (second < 0 || mean[j] > mean[second]) {
                second = j;
            }
        }
        return second < 0 ? null : new int[] {first, second};
    }

    public int size() {
        return options.size();
    }

    public int index(String option) {
        return options.indexOf(option);
    }

    /**
     * This input with {@code said} put before its source note, as the first thing every output says of it, after a
     * what-if move's statement only ({@link Shifts}), which stays first: a second round's note ("second round of ...")
     * put before it made a moved forecast read as the forecast, and its CSV lost the moves.
     */
    public ShareInput withSourceFirst(String said) {
        return new ShareInput(
                election,
                asOf,
                daysToElection,
                options,
                names,
                parties,
                mean,
                se,
                fromPolls,
                Shifts.afterTheMoves(source, said));
    }

    /** The same means and errors, with {@code said} appended to the source note. */
    public ShareInput withNote(String said) {
        return withShares(mean, se, said);
    }

    /** The same options with other means and errors, and {@code said} appended to the source note. */
    public ShareInput withShares(double[] mean, double[] se, String said) {
        return new ShareInput(
                election, asOf, daysToElection, options, names, parties, mean, se, fromPolls, source + said);
    }
}
