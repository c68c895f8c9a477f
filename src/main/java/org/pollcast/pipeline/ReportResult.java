package org.pollcast.pipeline;

import java.nio.file.Path;

/**
 * A report written.
 *
 * @param folder          where it is
 * @param charts          how many charts it draws
 * @param sims            simulations behind it
 * @param forecastSeconds time to forecast
 * @param reportSeconds   time to draw and write (how the race moved included)
 * @param raceSeconds     of which the forecasts of how the race moved (0 when not drawn)
 */
public record ReportResult(
        Path folder, int charts, long sims, double forecastSeconds, double reportSeconds, double raceSeconds) {}
