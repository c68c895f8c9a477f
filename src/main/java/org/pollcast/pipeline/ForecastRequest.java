package org.pollcast.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.simulate.SimulationSettings;

/**
 * A forecast to run.
 *
 * @param election              an election id or a definition file
 * @param asOf                  use polls dated on or before this day; null for election day, or today if earlier
 * @param averaging             how the polls are averaged (the same settings give the same average as {@code average})
 * @param simulation            the simulator's settings
 * @param transferConcentration the Dirichlet concentration of transfers, or null for the transfer prior's
 * @param transferFiles         second-preference cross-tables; empty for the bundled one
 * @param conditions            scenario conditions ("grn>=10", "lab.seats>=12"); empty for the plain forecast
 * @param shifts                what-if moves of the forecast's first preferences ("reform+5"); empty for none
 * @param showProgress          draw a progress bar on a terminal for long runs
 */
public record ForecastRequest(
        String election,
        LocalDate asOf,
        AggregateSettings averaging,
        SimulationSettings simulation,
        Double transferConcentration,
        List<Path> transferFiles,
        List<String> conditions,
        List<String> shifts,
        boolean showProgress) {

    public ForecastRequest {
        transferFiles = List.copyOf(transferFiles);
        conditions = List.copyOf(conditions);
        shifts = List.copyOf(shifts);
    }

    /** The default forecast of {@code election} at {@code asOf}. */
    public static ForecastRequest of(String election, LocalDate asOf) {
        return new ForecastRequest(
                election,
                asOf,
                AggregateSettings.withDefaults(),
                SimulationSettings.withDefaults(),
                null,
                List.of(),
                List.of(),
                List.of(),
                false);
    }

    public ForecastRequest withAsOf(LocalDate day) {
        return new ForecastRequest(
                election,
                day,
                averaging,
                simulation,
                transferConcentration,
                transferFiles,
                conditions,
                shifts,
                showProgress);
    }

    public ForecastRequest withSimulation(SimulationSettings s) {
        return new ForecastRequest(
                election, asOf, averaging, s, transferConcentration, transferFiles, conditions, shifts, showProgress);
    }

    public ForecastRequest withAveraging(AggregateSettings s) {
        return new ForecastRequest(
                election, asOf, s, simulation, transferConcentration, transferFiles, conditions, shifts, showProgress);
    }

    public ForecastRequest withTransferConcentration(Double k) {
        return new ForecastRequest(
                election, asOf, averaging, simulation, k, transferFiles, conditions, shifts, showProgress);
    }

    public ForecastRequest withConditions(List<String> c) {
        return new ForecastRequest(
                election, asOf, averaging, simulation, transferConcentration, transferFiles, c, shifts, showProgress);
    }

    public ForecastRequest withShifts(List<String> moves) {
        return new ForecastRequest(
                election,
                asOf,
                averaging,
                simulation,
                transferConcentration,
                transferFiles,
                conditions,
                moves,
                showProgress);
    }
}
