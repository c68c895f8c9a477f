package org.pollcast.cli;

/**
 * What a listing command prints: a table for people, CSV or JSON for machines. {@code --format} takes the names in
 * any case (picocli's enum conversion; see {@link Main#commandLine()}).
 */
enum OutputFormat {
    TABLE,
    CSV,
    JSON
}
