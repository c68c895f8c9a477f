/**
 * Elections described as data: definitions loaded from {@code data/elections/*.yaml}, their contests,
 * voting systems and seat-allocation methods, and the one count of each system: {@link
 * org.pollcast.election.FirstPastThePost}, {@link org.pollcast.election.SupplementaryVote}, {@link
 * org.pollcast.election.InstantRunoff} (on a reusable {@link org.pollcast.election.CountSheet}) and {@link
 * org.pollcast.election.SeatAllocation} (modified D'Hondt and Sainte-Laguë with the threshold). The counts
 * allocate nothing, so the simulator's hot loop runs the very code that the golden tests check against
 * official results; {@link org.pollcast.election.VoteCount} wraps them into records. Pure values and
 * functions; no randomness and no I/O beyond reading a definition file.
 */
package org.pollcast.election;
