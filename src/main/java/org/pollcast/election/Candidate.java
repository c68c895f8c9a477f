package org.pollcast.election;

import java.time.LocalDate;
import java.util.List;

/**
 * A candidate in a single-winner contest; {@code party} is a party id from the election, or null.
 *
 * @param aliases other names that mean this candidate in this election's polls: a placeholder ("Liberal Democrat
 *                candidate") or the party's earlier candidate who withdrew in its favour. Per election, so the
 *                same name may be a candidate of its own in another.
 * @param withdrew the day the candidate stopped campaigning while staying on the ballot (its votes still counted), or
 *                null: polls taken before it are of another race once polls taken wholly after it exist
 */
public record Candidate(String id, String name, String party, List<String> aliases, LocalDate withdrew) {
    public Candidate {
        aliases = List.copyOf(aliases);
    }

    public Candidate(String id, String name, String party, List<String> aliases) {
        this(id, name, party, aliases, null);
    }

    public Candidate(String id, String name, String party) {
        this(id, name, party, List.of());
    }
}
