package org.pollcast.ingest;

/**
 * The polls a long CSV has finished, by a 64-bit hash of their grouping key, each with its first line: eight
 * bytes and an int a poll, so checking that a poll's rows come together costs far less than keeping the rows.
 * Two keys share a hash with a chance of about n²/2⁶⁵ (one in ten million for a million polls).
 */
final class SeenPolls {
    private long[] hashes = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    /** The first line of the poll with {@code key}, or 0 when no finished poll has it. */
    int lineOf(String key) {
        long h = hash(key);
        for (int i = slot(h, hashes.length); hashes[i] != 0; i = (i + 1) & (hashes.length - 1)) {
            if (hashes[i] == h) {
                return lines[i];
            }
        }
        return 0;
    }

    void add(String key, int line) {
        if (2 * (size + 1) > hashes.length) {
            grow();
        }
        put(hash(key), line);
    }

    private void put(long h, int line) {
        int i = slot(h, hashes.length);
        while (hashes[i] != 0 && hashes[i] != h) {
            i = (i + 1) & (hashes.length - 1);
        }
        if (hashes[i] == 0) {
            size++;
            hashes[i] = h;
            lines[i] = line;
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        size = 0;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                put(oldHashes[i], oldLines[i]);
            }
        }
    }

    private static int slot(long h, int length) {
        return (int) (h ^ (h >>> 32)) & (length - 1);
    }

    /** FNV-1a over the key's characters; never 0, which marks an empty slot. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
