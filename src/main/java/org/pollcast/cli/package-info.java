/**
 * The command line (picocli): parses arguments, calls the stage packages, prints. Human tables by default,
 * {@code --format csv|json} for machines; bad input exits with status 2 and a message naming file, line and
 * field.
 */
package org.pollcast.cli;
