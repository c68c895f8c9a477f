package org.pollcast.ingest;

import java.time.Duration;
import java.util.Set;
import org.pollcast.election.Election;

/**
 * How to ingest: immutable, built from {@link #withDefaults()} and {@code with...}.
 *
 * @param format             null to detect from content
 * @param election           null to take the election from each row's election or year column
 * @param contest            a contest id ({@code mayor}, {@code assembly}) every poll is about, or null to take it
 *                           from each row's contest or scope column, or from the names when only one contest fits
 * @param skipInvalid        store the valid polls and reject the rest (default: a bad row rejects the file)
 * @param dryRun             validate and report, store nothing
 * @param acceptNewPollsters take unknown pollster names as written instead of rejecting them
 * @param timeout            for URLs: the whole download, headers and body, must finish within it
 * @param maxDownloadBytes   for URLs: a larger body is refused (default {@value #DEFAULT_MAX_DOWNLOAD} bytes)
 * @param onlyContests       the contests whose polls are stored, the others passed over (not stored, not errors);
 *                           null for all. The bundled polls of a contest the store has none of are loaded so,
 *                           beside the user's own polls of the election's other contests.
 */
public record IngestSettings(
        PollFormat format,
        Election election,
        String contest,
        boolean skipInvalid,
        boolean dryRun,
        boolean acceptNewPollsters,
        Duration timeout,
        long maxDownloadBytes,
        Set<String> onlyContests) {

    public IngestSettings {
        onlyContests = onlyContests == null ? null : Set.copyOf(onlyContests);
    }

    /** 8 MB: the largest encyclopedia poll page is under 2 MB. */
    public static final long DEFAULT_MAX_DOWNLOAD = 8L << 20;

    public static IngestSettings withDefaults() {
        return new IngestSettings(
                null, null, null, false, false, false, Duration.ofSeconds(30), DEFAULT_MAX_DOWNLOAD, null);
    }

    public IngestSettings withFormat(PollFormat f) {
        return new IngestSettings(
                f, election, contest, skipInvalid, dryRun, acceptNewPollsters, timeout, maxDownloadBytes, onlyContests);
    }

    public IngestSettings withElection(Election e) {
        return new IngestSettings(
                format, e, contest, skipInvalid, dryRun, acceptNewPollsters, timeout, maxDownloadBytes, onlyContests);
    }

    public IngestSettings withContest(String c) {
        return new IngestSettings(
                format, election, c, skipInvalid, dryRun, acceptNewPollsters, timeout, maxDownloadBytes, onlyContests);
    }

    public IngestSettings withSkipInvalid(boolean b) {
        return new IngestSettings(
                format, election, contest, b, dryRun, acceptNewPollsters, timeout, maxDownloadBytes, onlyContests);
    }

    public IngestSettings withDryRun(boolean b) {
        return new IngestSettings(
                format, election, contest, skipInvalid, b, acceptNewPollsters, timeout, maxDownloadBytes, onlyContests);
    }

    public IngestSettings withAcceptNewPollsters(boolean b) {
        return new IngestSettings(
                format, election, contest, skipInvalid, dryRun, b, timeout, maxDownloadBytes, onlyContests);
    }

    public IngestSettings withTimeout(Duration t) {
        return new IngestSettings(
                format, election, contest, skipInvalid, dryRun, acceptNewPollsters, t, maxDownloadBytes, onlyContests);
    }

    public IngestSettings withMaxDownloadBytes(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("the download size cap must be positive, not " + n);
        }
        return new IngestSettings(
                format, election, contest, skipInvalid, dryRun, acceptNewPollsters, timeout, n, onlyContests);
    }

    public IngestSettings withOnlyContests(Set<String> contests) {
        return new IngestSettings(
                format,
                election,
                contest,
                skipInvalid,
                dryRun,
                acceptNewPollsters,
                timeout,
                maxDownloadBytes,
                contests);
    }

    /** Whether polls of {@code contestId} are stored (see {@link #onlyContests()}). */
    public boolean admits(String contestId) {
        return onlyContests == null || onlyContests.contains(contestId);
    }
}
