package org.pollcast.cli;

import java.io.PrintWriter;
import org.pollcast.BadInputException;
import org.pollcast.Printable;
import org.pollcast.pipeline.RequestException;
import org.pollcast.report.FolderNotOursException;
import org.pollcast.report.ReportException;
import org.pollcast.store.StoreException;
import picocli.CommandLine;

/**
 * Turns exceptions into exit statuses and short messages: a user's mistake is never a stack trace.
 * Set {@code POLLCAST_DEBUG=1} to see the trace of an internal error.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    /**
     * What running out of memory says, built before it is needed: a stack trace would tell the user nothing, and
     * this says what to change.
     */
    static final String OUT_OF_MEMORY = "pollcast: out of memory. Give Java more memory (JAVA_OPTS=-Xmx4g pollcast "
            + "..., or java -Xmx4g -jar pollcast.jar ...), or make the work smaller: fewer --sims, a shorter poll "
            + "file, or an HTML page saved with only its poll tables.";

    /**
     * A command line picocli could not parse, or an option value it could not convert: one line naming the option
     * (picocli's message), with the nearest option names for a misspelt one and where to find the usage.
     */
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        // picocli's message for a map option's bad pair says "option option"
        StringBuilder line = new StringBuilder("pollcast: ")
                .append(ex.getMessage().replace("option option", "option").strip());
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            line.append("; did you mean ")
                    .append(String.join(" or ", unmatched.getSuggestions()))
                    .append('?');
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException
                || ex instanceof CommandLine.MissingParameterException) {
            line.append(" (see '").append(cmd.getCommandSpec().qualifiedName()).append(" --help')");
        }
        cmd.getErr()
                .println(Printable.of(
                        line.toString().lines().map(String::strip).collect(java.util.stream.Collectors.joining(" "))));
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof CommandLine.ParameterException usage) {
            // a usage error found when the command runs (ElectionArgument: none given, or two) reads as one found
            // when it was parsed
            return handleParseException(usage, parseResult.originalArgs().toArray(String[]::new));
        }
        PrintWriter err = cmd.getErr();
        if (ex instanceof BadInputException bad) {
            // One line each, whatever a quoted name holds: a copied table's header cell keeps its line break.
            err.println("pollcast: " + Printable.oneLine(bad.getMessage()));
            bad.details().forEach(d -> err.println("  " + Printable.oneLine(d)));
            return BAD_INPUT;
        }
        if (ex instanceof RequestException bad) {
            // The pipeline names the request field; on the command line that field is an option, except the
            // election, which is the first parameter and is named in the message itself.
            boolean option = !bad.field().equals("election") && !bad.field().equals("what");
            err.println("pollcast: " + (option ? "--" + bad.field() + ": " : "")
                    + Printable.clipped(Printable.of(bad.getMessage())));
            return BAD_INPUT;
        }
        if (ex instanceof FolderNotOursException refused) {
            err.println("pollcast: " + Printable.of(refused.getMessage()));
            return BAD_INPUT;
        }
        if (ex instanceof ReportException report) {
            err.println("pollcast: " + Printable.of(report.getMessage()));
            return FAILED;
        }
        if (ex instanceof StoreException store) {
            err.println("pollcast: " + Printable.of(store.getMessage()));
            return FAILED;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                // A worker thread's OutOfMemoryError arrives wrapped in an ExecutionException.
                err.println(OUT_OF_MEMORY);
                return FAILED;
            }
        }
        err.println("pollcast: internal error: " + Printable.of(String.valueOf(ex)));
        if (System.getenv("POLLCAST_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("  (set POLLCAST_DEBUG=1 for the stack trace, and please report it)");
        }
        return FAILED;
    }
}
