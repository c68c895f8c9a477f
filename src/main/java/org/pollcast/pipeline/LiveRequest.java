package org.pollcast.pipeline;

import java.nio.file.Path;

/**
 * An election-night forecast to run.
 *
 * @param election   an election id or a definition file
 * @param declared   the night's declarations so far (see docs/election-night.md), or null for none yet
 * @param sims       simulations
 * @param seed       the generator's seed
 * @param threads    threads (the numbers do not depend on it)
 * @param drawsFile  where to write the first simulations' draws as CSV, or null
 * @param drawsCount how many draws to write
 * @param declaredAssembly the night's Assembly constituency declarations, or null: then the Assembly is not
 *                   projected
 */
public record LiveRequest(
        String election,
        Path declared,
        long sims,
        long seed,
        int threads,
        Path drawsFile,
        int drawsCount,
        Path declaredAssembly) {

    /** The Mayor only. */
    public LiveRequest(
            String election, Path declared, long sims, long seed, int threads, Path drawsFile, int drawsCount) {
        this(election, declared, sims, seed, threads, drawsFile, drawsCount, null);
    }

    public LiveRequest {
        if (sims < 1) {
            throw new RequestException("sims", sims + " simulations; expected at least 1");
        }
        if (threads < 1) {
            throw new RequestException("threads", threads + " threads; expected at least 1");
        }
    }
}
