/**
 * Scoring forecasts against results: pure functions (errors, Brier score, log loss, interval coverage,
 * log score of a share under a simulated histogram) and the records a backtest reports, among them
 * {@link org.pollcast.backtest.ResultCheck}, one forecast beside its election's result part by part (what a report
 * made before polling day shows). The backtest itself runs forecasts as of past dates with only the polls and
 * results known then.
 */
package org.pollcast.backtest;
