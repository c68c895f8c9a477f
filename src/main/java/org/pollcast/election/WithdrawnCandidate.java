package org.pollcast.election;

import java.time.LocalDate;

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
 */
public record WithdrawnCandidate(String id, String name, String party, String note, LocalDate withdrew) {
    /** One with no day of withdrawal: every poll naming them is used, their share spread in proportion. */
    public WithdrawnCandidate(String id, String name, String party, String note) {
        this(id, name, party, note, null);
    }
}
