package org.pollcast.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pollcast.BadInputException;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.simulate.SimulationSettings;
import picocli.CommandLine.Option;

/** The simulator's options, shared by forecast and scenario. */
final class SimulationOptions {
    @Option(names = "--sims", paramLabel = "N", description = "Simulations (default: 100,000).")
    Long sims;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description =
                    "Random seed (default: " + SimulationSettings.DEFAULT_SEED + "); printed with every forecast.")
    Long seed;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(
            names = "--target-se",
            paramLabel = "X",
            description = "Add simulations until every win probability's standard error is below X (e.g. 0.001), up to"
                    + " 200,000,000 simulations; a note says when that limit stopped it first.")
    Double targetSe;

    @Option(
            names = "--polling-error",
            paramLabel = "POINTS",
            description =
                    "Shared polling error, sd in points for a 50%% candidate (default: 6, calibrated by backtest).")
    Double pollingError;

    @Option(
            names = "--df",
            paramLabel = "DF",
            description = "Student-t degrees of freedom of the polling error, > 2 (default: 5).")
    Double df;

    @Option(
            names = "--sim-drift",
            paramLabel = "POINTS",
            description = "Daily drift of opinion until election day, points (default: 0.25).")
    Double drift;

    @Option(
            names = "--transfer-concentration",
            paramLabel = "K",
            description = "Dirichlet concentration of transfers (default: the prior's, 100).")
    Double concentration;

    @Option(
            names = "--transfers",
            paramLabel = "FILE",
            description =
                    "Second-preference cross-table (CSV, London Elects layout). Default: the data/results/<series>_mayor_second_preferences.csv files (london_, then a place's own).")
    List<Path> transfers = new ArrayList<>();

    /** The forecast these options ask for, of {@code election}, averaged as {@code averaging} says. */
    ForecastRequest request(String election, AggregateOptions averaging, List<String> conditions, List<String> shifts) {
        return new ForecastRequest(
                election,
                averaging.asOf,
                averaging.settings(),
                settings(),
                concentration,
                transfers,
                conditions,
                shifts,
                true);
    }

    /** The simulator's settings; the transfer concentration stays the default until the pipeline knows the prior's. */
    SimulationSettings settings() {
        SimulationSettings s = SimulationSettings.withDefaults();
        try {
            if (sims != null) {
                s = s.withSims(sims);
            }
            if (seed != null) {
                s = s.withSeed(seed);
            }
            if (threads != null) {
                s = s.withThreads(threads);
            }
            if (targetSe != null) {
                s = s.withTargetSe(targetSe);
            }
            if (pollingError != null) {
                s = s.withPollingErrorSd(pollingError);
            }
            if (df != null) {
                s = s.withStudentDf(df);
            }
            if (drift != null) {
                s = s.withDriftPerDay(drift);
            }
            if (concentration != null) {
                s = s.withTransferConcentration(concentration); // checked here; the request carries it too
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return s;
    }
}
