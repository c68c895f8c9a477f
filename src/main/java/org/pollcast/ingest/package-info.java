/**
 * Ingestion: reads poll files (long CSV, wide CSV, encyclopedia-style HTML poll tables) from disk or a URL,
 * resolves pollster and option names through the alias table, validates every figure, and hands complete,
 * valid polls to the store in one transaction per file. Every problem names the file, the line or table
 * row, and the field.
 */
package org.pollcast.ingest;
