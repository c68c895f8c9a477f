package org.pollcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine;

/** Entry point: {@code pollcast <command> ...}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command with the given streams; returns the exit status (0 done, 1 failed, 2 bad input). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        int status;
        try {
            CommandLine cmd = commandLine();
            cmd.setOut(out);
            cmd.setErr(err);
            status = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the error handler; an Error would leave as a stack trace.
            err.println(ErrorHandler.OUT_OF_MEMORY);
            status = ErrorHandler.FAILED;
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The command tree as pollcast runs it: dates converted in one place, enum values matched without regard to case,
     * and every error, a bad option value included, printed as one "pollcast: " line.
     */
    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new PollcastCommand());
        cmd.registerConverter(LocalDate.class, new Converters.Date());
        cmd.registerConverter(Path.class, new Converters.FilePath());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorHandler errors = new ErrorHandler();
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setUsageHelpLongOptionsMaxWidth(30);
        return cmd;
    }
}
