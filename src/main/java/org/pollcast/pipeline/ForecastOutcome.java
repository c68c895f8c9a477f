package org.pollcast.pipeline;

import java.time.LocalDate;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.Election;
import org.pollcast.simulate.ElectionForecast;

/**
 * A forecast and what it was made from.
 *
 * @param election the election forecast
 * @param asOf     the day whose polls it used
 * @param average  the polling average the simulation started from, or null when it started from the baseline
 *                 result (no polls yet)
 * @param forecast the simulated outcome
 */
public record ForecastOutcome(Election election, LocalDate asOf, PollAverage average, ElectionForecast forecast) {}
