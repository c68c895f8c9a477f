package org.pollcast.pipeline;

import java.util.List;

/**
 * What a nightly run did.
 *
 * @param outcome what happened
 * @param message one line for the log: the summary, or why nothing was done
 * @param details further lines: a failing source's problems; on success, what the sources left out (rows skipped by
 *     skipInvalid, with file, line and field; tables a page put aside)
 */
public record NightlyResult(Outcome outcome, String message, List<String> details) {

    public NightlyResult {
        details = List.copyOf(details);
    }

    public enum Outcome {
        /** A new forecast was made, recorded and reported. */
        UPDATED,
        /** Nothing new since the last run; only its last-checked time changed. */
        UNCHANGED,
        /** Another run holds the lock: nothing done. */
        LOCKED,
        /** A source failed: nothing else done, the report and history are as they were. */
        SOURCE_FAILED,
        /**
         * The report could not be written (another run was writing the same folder, a full disk): the previous report
         * and the history are as they were.
         */
        REPORT_FAILED
    }
}
