/**
 * Owns a run. Each step takes an immutable request record and returns immutable result records: the polls
 * ({@link org.pollcast.pipeline.Polls}, {@link org.pollcast.pipeline.Ingestion}), the average
 * ({@link org.pollcast.pipeline.Averages}, {@link org.pollcast.pipeline.HouseEffects}), the forecast
 * ({@link org.pollcast.pipeline.Forecasts}), the report ({@link org.pollcast.pipeline.Reports}), the nightly run
 * ({@link org.pollcast.pipeline.Nightly}), the backtest and calibration, the seats calculator and the benchmarks,
 * the official count ({@link org.pollcast.pipeline.Counts}) and election night ({@link org.pollcast.pipeline.Live},
 * {@link org.pollcast.pipeline.LiveReplay}).
 * It is the only package that both reads data (through {@code ingest} and {@code store}) and computes with it
 * (through {@code aggregate} and {@code simulate}), so every output takes the same path to a number. The command
 * line and the notebook API ({@link org.pollcast.pipeline.Pollcast}) are thin layers over it.
 */
package org.pollcast.pipeline;
