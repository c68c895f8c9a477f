package org.pollcast.simulate;

/**
 * The simulator's settings; immutable, from {@link #withDefaults()} and {@code with...}. Error scales are in
 * points for a candidate on 50% and shrink for smaller ones as √(p(100 − p))/50, like sampling error.
 * Defaults (the backtest issue calibrates them):
 * <ul>
 * <li>{@code pollingErrorSd} 6 points: the shared error of the polling average on election day. Calibrated by
 * {@code pollcast backtest --calibrate} (docs/calibration.md): over the bundled elections (2000, 2008, 2012
 * with polls; 2016 and 2024 as priors) and horizons of 1, 7, 14 and 30 days, the mean log score of the actual
 * first preferences is lowest at 6 (3.041; 3 points scored 3.150, 10 points 3.178). London's polls have
 * missed by that much: in 2000 the final ICM poll had Livingstone at 49%, he won 39%. The setting is drawn on the log
 * scale before the shares are brought back to 100, which with the leaders' correlation of −0.5 delivers about 5.5
 * points on each leader of a 40–35 race and 5.1 on a 50–50 race's (ErrorModel; a statistician's replica agreed).
 * <li>{@code listPollingErrorSd} 4 points: the same for a forecast led by a party list vote (a parliament with no
 * Mayor; {@link #forListVote()}). Party polls for a parliament miss by less than London's mayoral polls: on the test
 * kit's Scottish Parliament 2016 and 2021 and Senedd 2021, leave-one-election-out chose 2 to 3 points and the mean log
 * score was 2.309 at 3, 2.324 at 4 and 2.443 at 6 (drift 0.25); at 6, 72% of the results fell inside the 50% ranges.
 * London's own Assembly list polls missed its two big parties by about 3.5 points for a 50% party (2004 and 2012,
 * one poll's sampling error included), so 4, not the kit's 2 to 3. {@code --polling-error} sets both.
 * <li>Both are defaults: a forecast moves them towards how far the series' own eve-of-poll averages missed in its
 * other elections ({@code pipeline/PollErrorRecord}, model 2026.12-30), unless {@code --polling-error} gave one.
 * <li>{@code studentDf} 5: polling misses have fat tails; 5 degrees of freedom give a 1-in-20 miss of
 * about 2 standard deviations and rarer large ones.
 * <li>{@code leaderCorrelation} −0.5: when polls overstate one leading candidate they tend to understate
 * the other.
 * <li>{@code driftPerDay} 0.25 points: the average's random walk until election day (as the Kalman trend):
 * about 1.4 points a month ahead, 4.8 a year ahead. The calibration found the log score flat in drift (0.10,
 * 0.25 and 0.50 within 0.01 at the best polling error), so the prior choice stands.
 * <li>{@code baselineErrorSd} 6 points: with no polls, the error of "same as last time": the root mean square
 * of the Conservative and Labour candidates' changes in share between consecutive London elections
 * 2004–2024 is 5.7 points; the setting delivers about 5.5 on a 40–35 race's leaders, near enough to leave.
 * <li>{@code transferConcentration}: from the transfer prior (100), or a table's own; the calibration's
 * final-round log score is best at 100 (3.715, against 4.371 at 25 and 3.834 at 400).
 * <li>{@code constituencyNoiseSd} 3 points: how far a constituency departs from uniform or proportional swing
 * on its own (local candidates, campaigns); with it a 5-point seat is lost about one time in ten.
 * </ul>
 */
public record SimulationSettings(
        long sims,
        long seed,
        int threads,
        double pollingErrorSd,
        double studentDf,
        double leaderCorrelation,
        double driftPerDay,
        double baselineErrorSd,
        double transferConcentration,
        double targetSe,
        long maxSims,
        double constituencyNoiseSd,
        double listPollingErrorSd) {

    public static final int BLOCK = 65_536;
    public static final long DEFAULT_SEED = 20_280_504L;

    /** The polling error of a forecast of persons (a Mayor, a president): see the class comment. */
    public static final double POLLING_ERROR_SD = 6;
    /** The polling error of a forecast led by a party list vote: see the class comment. */
    public static final double LIST_POLLING_ERROR_SD = 4;

    public SimulationSettings {
        check(sims >= 1 && sims <= 2_000_000_000L, "sims is " + sims + ", expected 1 to 2,000,000,000");
        check(threads >= 1 && threads <= 1024, "threads is " + threads + ", expected 1 to 1024");
        check(
                pollingErrorSd >= 0 && pollingErrorSd <= 50,
                "polling error is " + pollingErrorSd + " points, expected 0–50");
        check(
                studentDf > 2 && studentDf <= 1e6,
                "degrees of freedom is " + studentDf + ", expected more than 2 (finite variance)");
        check(
                leaderCorrelation > -1 && leaderCorrelation < 1,
                "leader correlation is " + leaderCorrelation + ", expected between -1 and 1");
        check(
                listPollingErrorSd >= 0 && listPollingErrorSd <= 50,
                "list polling error is " + listPollingErrorSd + " points, expected 0–50");
        check(driftPerDay >= 0 && driftPerDay <= 10, "drift is " + driftPerDay + " points a day, expected 0–10");
        check(
                baselineErrorSd >= 0 && baselineErrorSd <= 50,
                "baseline error is " + baselineErrorSd + " points, expected 0–50");
        check(
                transferConcentration > 0 && transferConcentration <= 1e9,
                "transfer concentration is " + transferConcentration + ", expected > 0");
        check(
                targetSe >= 0 && targetSe < 0.5,
                "target standard error is " + targetSe + ", expected 0 (off) to below 0.5");
        check(maxSims >= sims, "max sims " + maxSims + " is below sims " + sims);
        check(
                constituencyNoiseSd >= 0 && constituencyNoiseSd <= 50,
                "constituency noise is " + constituencyNoiseSd + " points, expected 0–50");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public static SimulationSettings withDefaults() {
        return new SimulationSettings(
                100_000,
                DEFAULT_SEED,
                Runtime.getRuntime().availableProcessors(),
                POLLING_ERROR_SD,
                5,
                -0.5,
                0.25,
                6,
                100,
                0,
                200_000_000L,
                3,
                LIST_POLLING_ERROR_SD);
    }

    public SimulationSettings withSims(long n) {
        return new SimulationSettings(
                n,
                seed,
                threads,
                pollingErrorSd,
                studentDf,
                leaderCorrelation,
                driftPerDay,
                baselineErrorSd,
                transferConcentration,
                targetSe,
                Math.max(maxSims, n),
                constituencyNoiseSd,
                listPollingErrorSd);
    }

    public SimulationSettings withSeed(long s) {
        return new SimulationSettings(
                sims,
                s,
                threads,
                pollingErrorSd,
                studentDf,
                leaderCorrelation,
                driftPerDay,
                baselineErrorSd,
                transferConcentration,
                targetSe,
                maxSims,
                constituencyNoiseSd,
                listPollingErrorSd);
    }

    public SimulationSettings withThreads(int t) {
        return new SimulationSettings(
                sims,
                seed,
                t,
                pollingErrorSd,
                studentDf,
                leaderCorrelation,
                driftPerDay,
                baselineErrorSd,
                transferConcentration,
                targetSe,
                maxSims,
                constituencyNoiseSd,
                listPollingErrorSd);
    }

    public SimulationSettings withPollingErrorSd(double sd) {
        return new SimulationSettings(
                sims,
                seed,
                threads,
                sd,
                studentDf,
                leaderCorrelation,
                driftPerDay,
                baselineErrorSd,
                transferConcentration,
                targetSe,
                maxSims,
                constituencyNoiseSd,
                sd);
    }

    public SimulationSettings withStudentDf(double df) {
        return new SimulationSettings(
                sims,
                seed,
                threads,
                pollingErrorSd,
                df,
                leaderCorrelation,
                driftPerDay,
                baselineErrorSd,
                transferConcentration,
                targetSe,
                maxSims,
                constituencyNoiseSd,
                listPollingErrorSd);
    }

    public SimulationSettings withDriftPerDay(double d) {
        return new SimulationSettings(
                sims,
                seed,
                threads,
                pollingErrorSd,
                studentDf,
                leaderCorrelation,
                d,
                baselineErrorSd,
                transferConcentration,
                targetSe,
                maxSims,
                constituencyNoiseSd,
                listPollingErrorSd);
    }

    public SimulationSettings withTransferConcentration(double k) {
        return new SimulationSettings(
                sims,
                seed,
                threads,
                pollingErrorSd,
                studentDf,
                leaderCorrelation,
                driftPerDay,
                baselineErrorSd,
                k,
                targetSe,
                maxSims,
                constituencyNoiseSd,
                listPollingErrorSd);
    }

    public SimulationSettings withConstituencyNoiseSd(double sd) {
        return new SimulationSettings(
                sims,
                seed,
                threads,
                pollingErrorSd,
                studentDf,
                leaderCorrelation,
                driftPerDay,
                baselineErrorSd,
                transferConcentration,
                targetSe,
                maxSims,
                sd,
                listPollingErrorSd);
    }

    public SimulationSettings withTargetSe(double se) {
        return new SimulationSettings(
                sims,
                seed,
                threads,
                pollingErrorSd,
                studentDf,
                leaderCorrelation,
                driftPerDay,
                baselineErrorSd,
                transferConcentration,
                se,
                maxSims,
                constituencyNoiseSd,
                listPollingErrorSd);
    }

    /**
     * Whether the polling error was set ({@code --polling-error}, a backtest's calibration), not left at the defaults:
     * a forecast then takes it as it is, where a default is moved towards the series' own record of misses. Asked
     * before {@link #forListVote()}, which sets one from the other. Setting it sets both to one value, which the
     * defaults (6 and 4) never are.
     */
    public boolean pollingErrorGiven() {
        return pollingErrorSd != POLLING_ERROR_SD || listPollingErrorSd != LIST_POLLING_ERROR_SD;
    }

    /**
     * These settings for a forecast led by a party list vote (a parliament with no Mayor): its polling error is {@code
     * listPollingErrorSd}. The rest are unchanged.
     */
    public SimulationSettings forListVote() {
        return withPollingErrorSd(listPollingErrorSd);
    }
}
