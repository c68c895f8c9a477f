package org.pollcast.simulate;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-block first-preference sums added in block order, whatever order the threads finish in, so the
 * floating-point total is the same to the bit for any thread count. A block that finishes early waits here
 * until the blocks before it are in; memory grows with how far threads run ahead of each other, never with
 * the number of simulations.
 */
final class BlockSums {
    private final double[] total;
    private final Map<Integer, double[]> waiting = new HashMap<>();
    private int next;

    BlockSums(int options) {
        total = new double[options];
    }

    synchronized void add(int block, double[] sums) {
        if (block < next || waiting.containsKey(block)) {
            throw new IllegalStateException("block " + block + " added twice");
        }
        waiting.put(block, sums);
        for (double[] s = waiting.remove(next); s != null; s = waiting.remove(next)) {
            for (int j = 0; j < total.length; j++) {
                total[j] += s[j];
            }
            next++;
        }
    }

    /** The sums of every block added, once all blocks up to the last are in. */
    synchronized double[] total() {
        if (!waiting.isEmpty()) {
            throw new IllegalStateException("blocks " + waiting.keySet() + " are waiting for block " + next);
        }
        return total.clone();
    }
}
