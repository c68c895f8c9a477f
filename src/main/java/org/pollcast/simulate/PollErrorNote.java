package org.pollcast.simulate;

/**
 * How a forecast's note on systematic poll error begins, so that the report can say in words what the forecast
 * did (narrowed the lead from a learned record, or assumed none) without parsing the rest of the note.
 */
public final class PollErrorNote {
    /** A record was learned from earlier elections of the series and the lead narrowed by it. */
    public static final String LEARNED = "systematic poll error: in ";
    /** The series has no earlier election with polls and a result: nothing assumed. */
    public static final String NONE = "systematic poll error: none assumed";

    /**
     * The polling error was moved towards the series' own record of misses; the rest of the note, after its first
     * ": ", says from what and how (PollErrorRecord).
     */
    public static final String RECORD = "polling error ";

    private PollErrorNote() {}
}
