/**
 * The simulator: many correlated outcomes of a single-winner contest drawn around the poll average, each
 * counted by the contest's system, accumulated without storing draws into win, run-off and share
 * histograms. Blocks of simulations draw from their own seeded streams and merge in block order, so the
 * thread count never changes a result.
 */
package org.pollcast.simulate;
