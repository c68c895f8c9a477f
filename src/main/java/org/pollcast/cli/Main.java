package org.pollcast.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: {@code pollcast <command> ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command with the given streams; returns the exit status (0 done, 1 failed, 2 bad input). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new PollcastCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setUsageHelpLongOptionsMaxWidth(30);
        int status = cmd.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
