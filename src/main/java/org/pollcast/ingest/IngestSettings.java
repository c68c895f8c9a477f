package org.pollcast.ingest;

import java.time.Duration;
import org.pollcast.election.Election;

/**
 * How to ingest: immutable, built from {@link #withDefaults()} and {@code with...}.
 *
 * @param format             null to detect from content
 * @param election           null to take the election from each row's election or year column
 * @param skipInvalid        store the valid polls and reject the rest (default: a bad row rejects the file)
 * @param dryRun             validate and report, store nothing
 * @param acceptNewPollsters take unknown pollster names as written instead of rejecting them
 * @param timeout            for URLs
 */
public record IngestSettings(PollFormat format, Election election, boolean skipInvalid, boolean dryRun,
        boolean acceptNewPollsters, Duration timeout) {

    public static IngestSettings withDefaults() {
        return new IngestSettings(null, null, false, false, false, Duration.ofSeconds(30));
    }

    public IngestSettings withFormat(PollFormat f) {
        return new IngestSettings(f, election, skipInvalid, dryRun, acceptNewPollsters, timeout);
    }

    public IngestSettings withElection(Election e) {
        return new IngestSettings(format, e, skipInvalid, dryRun, acceptNewPollsters, timeout);
    }

    public IngestSettings withSkipInvalid(boolean b) {
        return new IngestSettings(format, election, b, dryRun, acceptNewPollsters, timeout);
    }

    public IngestSettings withDryRun(boolean b) {
        return new IngestSettings(format, election, skipInvalid, b, acceptNewPollsters, timeout);
    }

    public IngestSettings withAcceptNewPollsters(boolean b) {
        return new IngestSettings(format, election, skipInvalid, dryRun, b, timeout);
    }

    public IngestSettings withTimeout(Duration t) {
        return new IngestSettings(format, election, skipInvalid, dryRun, acceptNewPollsters, t);
    }
}
