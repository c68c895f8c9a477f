package org.pollcast.election;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone polls named who withdrew before the election, with no successor a poll could name instead (Rory
 * Stewart, independent, 2021). Polls keep the share they gave; averages leave it out and scale the other shares
 * up in proportion. A withdrawn party's candidate who has a successor is an alias of the successor instead.
 *
 * @param party a party id from the election, or null
 * @param note     why and when, or null
 * @param withdrew the day they left the race, or null: once a poll begun after it exists, the polls begun by then are
 *                 left out of the average as polls of another race (BC United, which stood in every British Columbia
 *                 poll until it suspended its campaign on 28 August 2024 and endorsed the Conservatives: spread over
 *                 the others in proportion, its 9 to 11% gave the NDP a share its voters did not)
 * @param aliases  other names that mean them in this election's polls: a press report's spelling (Moldova's MP Vasile
 *                 Bolea, polled in August 2024 and never a candidate, printed "Vasile Bolu"), as a candidate's aliases
 */
public record WithdrawnCandidate(
        String id, String name, String party, String note, LocalDate withdrew, List<String> aliases) {
    public WithdrawnCandidate {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** One with no other name in the polls. */
    public WithdrawnCandidate(String id, String name, String party, String note, LocalDate withdrew) {
        this(id, name, party, note, withdrew, List.of());
    }

    /** One with no day of withdrawal: every poll naming them is used, their share spread in proportion. */
    public WithdrawnCandidate(String id, String name, String party, String note) {
        this(id, name, party, note, null);
    }
}
