package org.pollcast.pipeline;

import java.nio.file.Path;

/**
 * A list-seat allocation to compute.
 *
 * @param election     an election id or a definition file with an additional-member contest
 * @param method       {@code dhondt-modified} or {@code sainte-lague-modified}; null for the contest's own
 * @param list         list shares, "PARTY=SHARE,..." (a party by id or name); null when {@code votesFile} is given
 * @param constituency constituency seats won, "PARTY=SEATS,..."; null for none (shares) or the file's (votes)
 * @param votesFile    a results file laid out like data/results/london_assembly_list_results.csv, or null
 */
public record SeatsRequest(String election, String method, String list, String constituency, Path votesFile) {
}
