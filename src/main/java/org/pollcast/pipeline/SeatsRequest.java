package org.pollcast.pipeline;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pollcast.election.SeatMethod;

/**
 * A list-seat allocation to compute.
 *
 * @param election     an election id or a definition file with an additional-member contest
 * @param method       the divisor method; null for the contest's own
 * @param list         list shares in percent by party (an id or a name), in the order given; null when
 *                     {@code votesFile} is given
 * @param constituency constituency seats won by party, in the order given; null for none (shares) or the file's (votes)
 * @param votesFile    a results file laid out like data/results/london_assembly_list_results.csv, or null; for one
 *                     list region, one laid out like a {@code _assembly_regional_list_results.csv}
 * @param region       the list region whose seats to allocate (an id or a name), for a contest that allocates its list
 *                     seats region by region; null for one that allocates them across the whole area
 */
public record SeatsRequest(
        String election,
        SeatMethod method,
        Map<String, String> list,
        Map<String, String> constituency,
        Path votesFile,
        String region) {

    /** A request for a contest whose list seats are allocated across the whole area (London's). */
    public SeatsRequest(
            String election,
            SeatMethod method,
            Map<String, String> list,
            Map<String, String> constituency,
            Path votesFile) {
        this(election, method, list, constituency, votesFile, null);
    }

    public SeatsRequest {
        list = list == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(list));
        constituency = constituency == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(constituency));
    }
}
