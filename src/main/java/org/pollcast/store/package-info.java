/**
 * The poll store: one SQLite file (through sqlite-jdbc) holding validated polls with their provenance. WAL
 * mode and a busy timeout let two processes ingest at once; every file is added in one transaction, so a
 * failure leaves the store exactly as it was. The schema is versioned and migrated forward on open, in one
 * transaction that keeps every row under its id (schema 6 rebuilt the poll table to put a run-off's pair in its key).
 * No statement grows with the number of polls: reads stream, shares come by key in fixed-size chunks, and
 * deduplication joins a file's keys (in a temporary table) against the stored ones.
 */
package org.pollcast.store;
