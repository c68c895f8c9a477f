package org.pollcast.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;

/** Runs one command in process against a given store, capturing what it prints. */
record CliRun(int status, String out, String err) {

    static CliRun in(Path store, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = store.toString();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** As {@link #in}, against the data folder {@code data} ({@code --data}): a place a test defines. */
    static CliRun inData(Path store, Path data, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return in(store, all);
    }
}
