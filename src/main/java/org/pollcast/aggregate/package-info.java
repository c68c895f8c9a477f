/**
 * The weighted aggregator: from stored polls to a {@link org.pollcast.aggregate.PollAverage} of
 * first-preference shares at an as-of date, with standard errors and house effects, and a local-level
 * Kalman trend as the second method. Also pollster accuracy against official results.
 *
 * <p>Data flows in as immutable {@code Poll} records and out as immutable records; inside, a
 * {@code PollPanel} holds primitive arrays for the hot loops.
 */
package org.pollcast.aggregate;
