/**
 * Scoring forecasts against results: pure functions (errors, Brier score, log loss, interval coverage,
 * log score of a share under a simulated histogram) and the records a backtest reports. The backtest itself
 * runs forecasts as of past dates with only the polls and results known then.
 */
package org.pollcast.backtest;
