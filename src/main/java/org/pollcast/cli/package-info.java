/**
 * The command line (picocli): parses arguments into the pipeline's requests and prints its results. Human
 * tables by default, {@code --format csv|json} for machines. No model logic lives here: a number the command
 * line prints is one the pipeline computed. Exit statuses: 0 done, 1 failed, 2 bad input (with a message
 * naming the file, line and field, or the option).
 */
package org.pollcast.cli;
