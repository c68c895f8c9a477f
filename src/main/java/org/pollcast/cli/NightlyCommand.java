package org.pollcast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pollcast.ingest.NightlyConfig;
import org.pollcast.pipeline.Nightly;
import org.pollcast.pipeline.NightlyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "nightly",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "One unattended run for cron: ingest the configured sources, forecast, record the result in the "
                    + "store's history, and render the report with what changed since the last run (each new poll's effect, "
                    + "the forecast re-run without it with the same seed, and time's). A run that finds nothing new changes "
                    + "nothing but the last-checked time. A lock stops two runs overlapping.",
            "Exit status: 0 done, 1 failed (a source failed, the lock is held, the report could not be written; the "
                    + "previous report and history are left as they were), 2 bad configuration. One summary line on "
                    + "success."
        },
        footer = {
            "",
            "Example (crontab):",
            "  15 2 * * *  cd /srv/pollcast && ./pollcast nightly --config data/nightly.yaml >> nightly.log 2>&1"
        })
final class NightlyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The nightly configuration (YAML).")
    Path config;

    @Override
    public Integer call() throws IOException {
        NightlyConfig cfg = NightlyConfig.load(config);
        if (cfg.db() != null && common.db == null) {
            common.db = cfg.db();
        }
        PrintWriter err = spec.commandLine().getErr();
        NightlyResult r = Nightly.run(common.workspace(err), cfg);
        switch (r.outcome()) {
            case UPDATED, UNCHANGED -> {
                spec.commandLine().getOut().println(r.message());
                // What a source left out (skipInvalid's rows, a page's put-aside tables): on standard error, where
                // cron's mail and a log's reader look for trouble.
                Nightly.shown(r.details()).forEach(d -> err.println("pollcast: nightly: " + d));
                return 0;
            }
            default -> {
                err.println("pollcast: nightly: " + r.message());
                r.details().forEach(d -> err.println("  " + d));
                return ErrorHandler.FAILED;
            }
        }
    }
}
