package org.pollcast.pipeline;

import java.time.LocalDate;

/**
 * Stored polls to list.
 *
 * @param election an election id or a definition file
 * @param pollster only this pollster (any alias of it), or null for all
 * @param since    only polls dated on or after this day, or null
 */
public record PollsRequest(String election, String pollster, LocalDate since) {}
