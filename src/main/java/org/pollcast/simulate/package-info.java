/**
 * The simulator: many correlated outcomes of a single-winner contest (and the Assembly with it) drawn around
 * the poll average, each counted by the election package's own counts, accumulated without storing draws into
 * win, run-off and share histograms and seat distributions. {@link org.pollcast.simulate.MayorSimulator} is
 * the entry point; {@code SimulationModel} precomputes, {@code BlockRunner} runs blocks on threads, {@code
 * SimulationWorker} runs one thread's simulations ({@code ErrorModel}, {@code MayorCount}, {@code
 * AssemblyModel}), {@code Tally} and {@code AssemblyTally} count, and the forecast builders freeze the counts.
 * Blocks of simulations draw from their own seeded streams and merge in block order, so the thread count
 * never changes a result. Election night has its own, smaller loop: {@code SwingPosterior} conditions each
 * option's constituency shares on the declarations, and {@link org.pollcast.simulate.LiveSimulator} ({@code
 * LiveWorker}, {@code LiveTally}) draws the rest and counts London with the same count code.
 */
package org.pollcast.simulate;
