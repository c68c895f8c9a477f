/**
 * Elections described as data: definitions loaded from {@code data/elections/*.yaml}, their contests,
 * voting systems and seat-allocation methods. Pure values and functions; no randomness and no I/O beyond
 * reading a definition file.
 */
package org.pollcast.election;
