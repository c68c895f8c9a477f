package org.pollcast.aggregate;

/**
 * The aggregator's settings; immutable, built from {@link #withDefaults()} and {@code with...}. Defaults and
 * their reasons:
 * <ul>
 * <li>{@code halfLifeDays} 9 (model 2026.12-25; 14 before): London campaigns run about six weeks with a poll every
 * few days; nine days keeps the final week's polls dominant while still averaging over several firms. Chosen on the
 * backtests of London's elections and 17 blind trials' (docs/calibration.md): from 14 to 9, the first-preference MAE
 * fell from 2.97 to 2.88 over London's 24 forecasts and from 3.01 to 2.95 over the trials' 88, the winner's log loss
 * from 0.547 to 0.524 over the trials'; shorter still (6) the MAE fell a little more but the Brier score rose.
 * <li>{@code sampleCap} 2000: a poll's error is not only sampling error (weighting, turnout filters, house
 * effects), and that part does not shrink with n; beyond about 2,000 respondents it dominates, so bigger
 * samples earn no more weight.
 * <li>{@code pollsterShareExponent} 0.5: each of a pollster's polls is divided by (its recency-weighted
 * poll count, at least 1) to this power, so a firm's total weight grows as the square root of how often it
 * polls. A daily tracker (recency-weighted count at most about 13.5 with a 9-day half-life) then weighs at
 * most about 3.7 fresh polls: it cannot outweigh five firms. 0 turns this off, 1 gives every firm one vote.
 * <li>{@code shrinkage} 2: house effects are shrunk towards zero as if each pollster had two more average
 * polls reading exactly the consensus; one outlying poll does not make a house effect.
 * <li>{@code defaultSampleSize} 1000: used only when no poll of the pollster, or of the set, states a
 * sample size; the usual size of a published London poll.
 * <li>{@code densePolls} 10: where the polls are denser than London's, so that the half-life would average more than
 * this many effective polls, it is shortened until it averages this many (never below 3 days): the sampling error of
 * ten polls is small, and older polls only make the average lag a moving race (Germany 2025: Die Linke rose from 4%
 * to 8% in the last five weeks, and a 14-day half-life over 62 polls read 6.3). 0 keeps the half-life fixed, as
 * {@code --half-life} does.
 * <li>{@code driftPerDay} 0.25 points: the Kalman trend's daily random-walk step (one standard deviation),
 * about 2 points over two months, the scale on which London mayoral averages moved.
 * </ul>
 */
public record AggregateSettings(
        AverageMethod method,
        double halfLifeDays,
        int sampleCap,
        double pollsterShareExponent,
        double shrinkage,
        boolean adjustHouseEffects,
        PollsterWeighting pollsterWeighting,
        int defaultSampleSize,
        double driftPerDay,
        int maxIterations,
        double tolerance,
        double densePolls) {

    public AggregateSettings {
        if (!(halfLifeDays > 0 && halfLifeDays < 1e6)) {
            throw new IllegalArgumentException("half-life is " + halfLifeDays + " days, expected > 0");
        }
        if (sampleCap < 1) {
            throw new IllegalArgumentException("sample-size cap is " + sampleCap + ", expected ≥ 1");
        }
        if (!(pollsterShareExponent >= 0 && pollsterShareExponent <= 1)) {
            throw new IllegalArgumentException(
                    "pollster-share exponent is " + pollsterShareExponent + ", expected 0–1");
        }
        if (!(shrinkage >= 0 && shrinkage < 1e6)) {
            throw new IllegalArgumentException("house-effect shrinkage is " + shrinkage + ", expected ≥ 0");
        }
        if (defaultSampleSize < 1) {
            throw new IllegalArgumentException("default sample size is " + defaultSampleSize + ", expected ≥ 1");
        }
        if (!(densePolls >= 0 && densePolls < 1e6)) {
            throw new IllegalArgumentException("dense-polls target is " + densePolls + ", expected ≥ 0");
        }
        if (!(driftPerDay >= 0 && driftPerDay < 100)) {
            throw new IllegalArgumentException("drift is " + driftPerDay + " points a day, expected 0–100");
        }
    }

    public static AggregateSettings withDefaults() {
        return new AggregateSettings(
                AverageMethod.WEIGHTED, 9, 2000, 0.5, 2, true, PollsterWeighting.EQUAL, 1000, 0.25, 500, 1e-7, 10);
    }

    public AggregateSettings withMethod(AverageMethod m) {
        return new AggregateSettings(
                m,
                halfLifeDays,
                sampleCap,
                pollsterShareExponent,
                shrinkage,
                adjustHouseEffects,
                pollsterWeighting,
                defaultSampleSize,
                driftPerDay,
                maxIterations,
                tolerance,
                densePolls);
    }

    /** A half-life chosen: it is kept as it is, however dense the polls ({@code densePolls} 0). */
    public AggregateSettings withHalfLifeDays(double d) {
        return new AggregateSettings(
                method,
                d,
                sampleCap,
                pollsterShareExponent,
                shrinkage,
                adjustHouseEffects,
                pollsterWeighting,
                defaultSampleSize,
                driftPerDay,
                maxIterations,
                tolerance,
                0);
    }

    public AggregateSettings withSampleCap(int cap) {
        return new AggregateSettings(
                method,
                halfLifeDays,
                cap,
                pollsterShareExponent,
                shrinkage,
                adjustHouseEffects,
                pollsterWeighting,
                defaultSampleSize,
                driftPerDay,
                maxIterations,
                tolerance,
                densePolls);
    }

    public AggregateSettings withPollsterShareExponent(double e) {
        return new AggregateSettings(
                method,
                halfLifeDays,
                sampleCap,
                e,
                shrinkage,
                adjustHouseEffects,
                pollsterWeighting,
                defaultSampleSize,
                driftPerDay,
                maxIterations,
                tolerance,
                densePolls);
    }

    public AggregateSettings withShrinkage(double s) {
        return new AggregateSettings(
                method,
                halfLifeDays,
                sampleCap,
                pollsterShareExponent,
                s,
                adjustHouseEffects,
                pollsterWeighting,
                defaultSampleSize,
                driftPerDay,
                maxIterations,
                tolerance,
                densePolls);
    }

    public AggregateSettings withAdjustHouseEffects(boolean b) {
        return new AggregateSettings(
                method,
                halfLifeDays,
                sampleCap,
                pollsterShareExponent,
                shrinkage,
                b,
                pollsterWeighting,
                defaultSampleSize,
                driftPerDay,
                maxIterations,
                tolerance,
                densePolls);
    }

    public AggregateSettings withPollsterWeighting(PollsterWeighting w) {
        return new AggregateSettings(
                method,
                halfLifeDays,
                sampleCap,
                pollsterShareExponent,
                shrinkage,
                adjustHouseEffects,
                w,
                defaultSampleSize,
                driftPerDay,
                maxIterations,
                tolerance,
                densePolls);
    }

    public AggregateSettings withDriftPerDay(double d) {
        return new AggregateSettings(
                method,
                halfLifeDays,
                sampleCap,
                pollsterShareExponent,
                shrinkage,
                adjustHouseEffects,
                pollsterWeighting,
                defaultSampleSize,
                d,
                maxIterations,
                tolerance,
                densePolls);
    }
}
