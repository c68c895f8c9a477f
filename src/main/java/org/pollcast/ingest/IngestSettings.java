package org.pollcast.ingest;

import java.time.Duration;
import java.time.LocalDate;
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
 * @param published          the publication date of a release page that prints none of its own (a news or blog page
 *                           whose date is in its address or byline), or null: the page's own date line is read
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
        Set<String> onlyContests,
        LocalDate published) {

    public IngestSettings {
        onlyContests = onlyContests == null ? null : Set.copyOf(onlyContests);
    }

    /** 8 MB: the largest encyclopedia poll page is under 2 MB. */
    public static final long DEFAULT_MAX_DOWNLOAD = 8L << 20;

    public static IngestSettings withDefaults() {
        return new IngestSettings(
                null, null, null, false, false, false, Duration.ofSeconds(30), DEFAULT_MAX_DOWNLOAD, null, null);
    }

    public IngestSettings withFormat(PollFormat f) {
        return new IngestSettings(
                f,
                election,
                contest,
                skipInvalid,
                dryRun,
                acceptNewPollsters,
                timeout,
                maxDownloadBytes,
                onlyContests,
                published);
    }

    public IngestSettings withElection(Election e) {
        return new IngestSettings(
                format,
                e,
                contest,
                skipInvalid,
                dryRun,
                acceptNewPollsters,
                timeout,
                maxDownloadBytes,
                onlyContests,
                published);
    }

    public IngestSettings withContest(String c) {
        return new IngestSettings(
                format,
                election,
                c,
                skipInvalid,
                dryRun,
                acceptNewPollsters,
                timeout,
                maxDownloadBytes,
                onlyContests,
                published);
    }

    public IngestSettings withSkipInvalid(boolean b) {
        return new IngestSettings(
                format,
                election,
                contest,
                b,
                dryRun,
                acceptNewPollsters,
                timeout,
                maxDownloadBytes,
                onlyContests,
                published);
    }

    public IngestSettings withDryRun(boolean b) {
        return new IngestSettings(
                format,
                election,
                contest,
                skipInvalid,
                b,
                acceptNewPollsters,
                timeout,
                maxDownloadBytes,
                onlyContests,
                published);
    }

    public IngestSettings withAcceptNewPollsters(boolean b) {
        return new IngestSettings(
                format, election, contest, skipInvalid, dryRun, b, timeout, maxDownloadBytes, onlyContests, published);
    }

    public IngestSettings withTimeout(Duration t) {
        return new IngestSettings(
                format,
                election,
                contest,
                skipInvalid,
                dryRun,
                acceptNewPollsters,
                t,
                maxDownloadBytes,
                onlyContests,
                published);
    }

    public IngestSettings withMaxDownloadBytes(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("the download size cap must be positive, not " + n);
        }
        return new IngestSettings(
                format,
                election,
                contest,
                skipInvalid,
                dryRun,
                acceptNewPollsters,
                timeout,
                n,
                onlyContests,
                published);
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
                contests,
                published);
    }

    public IngestSettings withPublished(LocalDate date) {
        return new IngestSettings(
                format,
                election,
                contest,
                skipInvalid,
                dryRun,
                acceptNewPollsters,
                timeout,
                maxDownloadBytes,
                onlyContests,
                date);
    }

    /** Whether polls of {@code contestId} are stored (see {@link #onlyContests()}). */
    public boolean admits(String contestId) {
        return onlyContests == null || onlyContests.contains(contestId);
    }
}
