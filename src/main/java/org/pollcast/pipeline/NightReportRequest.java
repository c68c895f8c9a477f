package org.pollcast.pipeline;

import java.nio.file.Path;

/**
 * Election night's report page to write ({@code pollcast report ELECTION --declared FILE}).
 *
 * @param election  an election id or a definition file
 * @param declared  the night's declarations so far, in the order they arrived
 * @param sims      simulations of the projection from every declaration
 * @param stepSims  simulations of each earlier projection (the first 1, 2, ... declarations): enough to draw how
 *                  the projection moved, few enough that a night of 14 steps stays quick
 * @param seed      the generator's seed, the same for every step
 * @param threads   threads (the numbers do not depend on it)
 * @param out       the report folder, or null for {@code reports/<election>-night}; replaced only if pollcast wrote it
 * @param declaredAssembly the night's Assembly constituency declarations ({@code live --declared-assembly}'s
 *                  layout), or null: then the page shows the Mayor only
 */
public record NightReportRequest(
        String election,
        Path declared,
        long sims,
        long stepSims,
        long seed,
        int threads,
        Path out,
        Path declaredAssembly) {

    /** Simulations of each earlier step unless asked otherwise: the replay's, whose table rests on them. */
    public static final long STEP_SIMS = 4000;

    /** The Mayor only. */
    public NightReportRequest(
            String election, Path declared, long sims, long stepSims, long seed, int threads, Path out) {
        this(election, declared, sims, stepSims, seed, threads, out, null);
    }

    public NightReportRequest {
        if (declared == null) {
            throw new RequestException("declared", "no declarations file");
        }
        if (sims < 1 || stepSims < 1) {
            throw new RequestException("sims", Math.min(sims, stepSims) + " simulations; expected at least 1");
        }
        if (threads < 1) {
            throw new RequestException("threads", threads + " threads; expected at least 1");
        }
    }
}
