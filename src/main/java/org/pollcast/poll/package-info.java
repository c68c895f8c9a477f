/**
 * The poll record every stage shares: what a pollster published for one contest and scope, normalised
 * (pollster and option names through the alias table) and validated. Produced by {@code ingest}, kept by
 * {@code store}, read by the aggregator.
 */
package org.pollcast.poll;
