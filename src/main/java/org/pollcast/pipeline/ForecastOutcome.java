package org.pollcast.pipeline;

import java.time.LocalDate;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.Election;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.ElectionForecast;

/**
 * A forecast and what it was made from.
 *
 * @param election the election forecast
 * @param asOf     the day whose polls it used
 * @param average  the polling average the simulation started from, or null when it started from the baseline
 *                 result (no polls yet)
 * @param forecast the simulated outcome
 * @param assemblyInput what the Assembly was simulated from (election night starts from it), or null without one
 * @param transfers the second preferences it counted with (election night counts with the same), or null
 */
public record ForecastOutcome(
        Election election,
        LocalDate asOf,
        PollAverage average,
        ElectionForecast forecast,
        AssemblyInput assemblyInput,
        TransferChoice transfers) {

    public ForecastOutcome(Election election, LocalDate asOf, PollAverage average, ElectionForecast forecast) {
        this(election, asOf, average, forecast, null, null);
    }
}
