package org.pollcast.cli;

import java.io.PrintWriter;
import org.pollcast.BadInputException;
import org.pollcast.pipeline.RequestException;
import org.pollcast.report.FolderNotOursException;
import org.pollcast.report.ReportException;
import org.pollcast.store.StoreException;
import picocli.CommandLine;

/**
 * Turns exceptions into exit statuses and short messages: a user's mistake is never a stack trace.
 * Set {@code POLLCAST_DEBUG=1} to see the trace of an internal error.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof BadInputException bad) {
            err.println("pollcast: " + bad.getMessage());
            bad.details().forEach(d -> err.println("  " + d));
            return BAD_INPUT;
        }
        if (ex instanceof RequestException bad) {
            // The pipeline names the request field; on the command line that field is an option, except the
            // election, which is the first parameter and is named in the message itself.
            boolean option = !bad.field().equals("election") && !bad.field().equals("what");
            err.println("pollcast: " + (option ? "--" + bad.field() + ": " : "") + bad.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof FolderNotOursException refused) {
            err.println("pollcast: " + refused.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof ReportException report) {
            err.println("pollcast: " + report.getMessage());
            return FAILED;
        }
        if (ex instanceof StoreException store) {
            err.println("pollcast: " + store.getMessage());
            return FAILED;
        }
        err.println("pollcast: internal error: " + ex);
        if (System.getenv("POLLCAST_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("  (set POLLCAST_DEBUG=1 for the stack trace, and please report it)");
        }
        return FAILED;
    }
}
