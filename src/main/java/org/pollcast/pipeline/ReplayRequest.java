package org.pollcast.pipeline;

/**
 * A replay of a past election night ({@code pollcast live --replay}).
 *
 * @param election an election whose mayoral results by constituency are bundled in full
 * @param orders   random declaration orders
 * @param sims     simulations at each step of each order
 */
public record ReplayRequest(String election, int orders, long sims, long seed, int threads) {
    public ReplayRequest {
        if (orders < 1) {
            throw new RequestException("orders", orders + " orders; expected at least 1");
        }
        if (sims < 100) {
            throw new RequestException("sims", sims + " simulations; expected at least 100");
        }
        if (threads < 1) {
            throw new RequestException("threads", threads + " threads; expected at least 1");
        }
    }
}
