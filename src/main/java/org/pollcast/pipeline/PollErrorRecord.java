package org.pollcast.pipeline;

import java.util.List;
import java.util.Locale;
import org.pollcast.simulate.PollErrorNote;
import org.pollcast.simulate.ShareScale;
import org.pollcast.simulate.SimulationSettings;

/**
 * How far a series' own eve-of-poll averages missed the results, and the polling error a forecast takes from it.
 *
 * <p>The default polling error (6 points for a 50% candidate, 4 for a 50% party: {@link SimulationSettings}) was set on
 * London's record, and the blind trials showed that places differ: Sweden's, Denmark's and Finland's party polls missed
 * by a point or so, and their 50% ranges held 80% of the results; Hungary's and Toronto's missed by more, and theirs
 * held a third. Each miss of an option with 5% or more (of the result or of the average) is put on the 50% scale the
 * setting is quoted on, {@code (result − average) / f}, with {@code f = √(m(100 − m))/50} and {@code m} the average's
 * share, at least 15 (the simulation's own scaling, {@link ShareScale}); their root mean square is the record. The
 * misses are the raw averages', before the lead's learned correction ({@link PollBias}): that correction is itself
 * uncertain (shrunk, from a few elections), and a record of what it leaves would be measured on the elections it was
 * learned from.
 *
 * <p>The setting that delivers a miss of that size is the record over {@value #DELIVERED}: a setting of 6 gives about
 * 5.5 points on each leader of a 40–35 race and 5.1 on a 50–50 race's. It is pooled with the default as if the default
 * were {@value #PRIOR_OPTIONS} misses' worth (about two elections of a Mayor's leading candidates, one of a parliament's
 * parties): {@code setting² = (k·default² + n·(record / 0.9)²) / (k + n)}. One election of a place moves the default
 * part of the way; a long record, most of it.
 *
 * @param rms       the misses' root mean square, points for a 50% option (NaN with none)
 * @param count     how many misses
 * @param elections the elections they are of
 */
public record PollErrorRecord(double rms, int count, List<String> elections) {
    /** What a setting of 1 delivers on an option, in the same units as the record. */
    static final double DELIVERED = 0.9;
    /** The most a record moves the setting to, points for a 50% option: four times a candidate's default. */
    static final double MAX_SETTING = 24;
    /** How many misses the default counts as. */
    static final double PRIOR_OPTIONS = 8;
    /** Options under this share, in the result and in the average, are not counted (points). */
    static final double COUNTED_FROM = 5;

    public PollErrorRecord {
        elections = List.copyOf(elections);
    }

    static PollErrorRecord none() {
        return new PollErrorRecord(Double.NaN, 0, List.of());
    }

    /** One miss on the 50% scale: {@code result − average} over the share's scale. */
    static double scaled(double average, double result) {
        return (result - average) / ShareScale.of(average);
    }

    /** Whether an option's miss is counted. */
    static boolean counted(double average, double result) {
        return average >= COUNTED_FROM || result >= COUNTED_FROM;
    }

    /** The polling error pooled from {@code prior} and this record; {@code prior} itself with no record. */
    double pooled(double prior) {
        if (count == 0) {
            return prior;
        }
        double own = rms / DELIVERED;
        // Held to MAX_SETTING: a record of a count that names an option the polls put at nothing (a result of 100
        // against 0 is a miss of 140 on this scale) would otherwise ask for more than a share can move, and past
        // the settings' own bound it stopped the forecast.
        return Math.min(
                MAX_SETTING, Math.sqrt((PRIOR_OPTIONS * prior * prior + count * own * own) / (PRIOR_OPTIONS + count)));
    }

    /**
     * {@code forecast}'s settings with the polling error pooled with this record, unless {@code asked} gave one (then it
     * stands as given) or there is no record.
     */
    SimulationSettings applyTo(SimulationSettings forecast, SimulationSettings asked) {
        if (count == 0 || asked.pollingErrorGiven()) {
            return forecast;
        }
        return forecast.withPollingErrorSd(pooled(forecast.pollingErrorSd()));
    }

    /**
     * The sentence for the forecast's notes: "polling error 3.4 points for a 50% party: the default 4 moved towards
     * this series' own record, in which its eve-of-poll averages missed by 2.0 points for a 50% party (root mean square
     * of 6 misses: fi-2019)".
     */
    String sentence(double prior, String option) {
        return String.format(
                Locale.ROOT,
                PollErrorNote.RECORD
                        + "%.1f points for a 50%% %s: the default %s moved towards this series' own record, in which"
                        + " its eve-of-poll averages missed by %.1f points for a 50%% %s (root mean square of %d %s:"
                        + " %s)",
                pooled(prior),
                option,
                prior == Math.rint(prior) ? String.valueOf((int) prior) : String.valueOf(prior),
                rms,
                option,
                count,
                count == 1 ? "miss" : "misses",
                String.join(", ", elections));
    }
}
