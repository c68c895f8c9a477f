package org.pollcast.election;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which question a poll figure answers. */
public enum Scope {
    /** First preferences in a single-winner contest. */
    FIRST_PREF("first_pref"),
    /** The final round: a head-to-head, or first preferences with second preferences reallocated. */
    RUNOFF("runoff"),
    /** The constituency ballot of an additional-member contest. */
    CONSTITUENCY("constituency"),
    /** The list (London-wide, regional) ballot of an additional-member contest. */
    LIST("list"),
    /** An Assembly-type poll whose source does not say which ballot was asked about. */
    UNSPECIFIED("unspecified"),
    /**
     * Voting intention for a general election (Westminster), by party, among the same voters: its own contest,
     * never mixed into a mayoral average. Only a contest whose definition lists it takes it.
     */
    WESTMINSTER("westminster");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * The question a poll of {@code contest} in this scope answered, for people: the contest and the scope
     * ("mayor first_pref", "assembly list"), or the contest alone when its scope bears its name: a Westminster
     * poll's contest is {@code westminster} and so is its scope, and "westminster westminster" read as a fault.
     */
    public String question(String contest) {
        return contest.equals(code) ? contest : contest + " " + code;
    }

    public static Optional<Scope> fromCode(String text) {
        String t = text == null
                ? ""
                : text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(s -> s.code.equals(t)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
