package org.pollcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.pipeline.Workspace;
import picocli.CommandLine.Option;

/** Options every command shares: where the store and the data live. They become a {@link Workspace}. */
final class CommonOptions {
    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "Poll store (SQLite file). Default: $POLLCAST_DB, else pollcast.db in the working directory.")
    Path db;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder with elections/, polls/, results/, aliases.yaml. Default: $POLLCAST_DATA, "
                    + "else ./data, else the data folder beside the pollcast install.")
    Path data;

    @Option(
            names = "--aliases",
            paramLabel = "FILE",
            description = "Extra alias file(s) merged after data/aliases.yaml.")
    List<Path> extraAliases = new ArrayList<>();

    /** The workspace these options name; notices (bundled polls loaded, ...) go to {@code err}. */
    Workspace workspace(PrintWriter err) {
        return new Workspace(DataHome.locate(data), dbPath(), extraAliases, err::println);
    }

    ElectionCatalog catalog() {
        return new ElectionCatalog(DataHome.locate(data));
    }

    Path dbPath() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("POLLCAST_DB");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("pollcast.db");
    }
}
