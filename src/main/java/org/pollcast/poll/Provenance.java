package org.pollcast.poll;

import java.time.Instant;

/**
 * Where a stored poll came from: the file or URL, the SHA-256 of the bytes read, the line or table row, and
 * when it was ingested.
 */
public record Provenance(String source, String sha256, String location, Instant ingestedAt) {}
