package org.pollcast.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pollcast.election.DataHome;
import org.pollcast.election.ElectionCatalog;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.Ingester;
import org.pollcast.store.PollStore;
import picocli.CommandLine.Option;

/** Options every command shares: where the store and the data live. */
final class CommonOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = "Poll store (SQLite file). Default: $POLLCAST_DB, else pollcast.db in the working directory.")
    Path db;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder with elections/, polls/, results/, aliases.yaml. Default: $POLLCAST_DATA, "
                    + "else ./data, else the data folder beside the pollcast install.")
    Path data;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Extra alias file(s) merged after data/aliases.yaml.")
    List<Path> extraAliases = new ArrayList<>();

    DataHome home() {
        return DataHome.locate(data);
    }

    ElectionCatalog catalog() {
        return new ElectionCatalog(home());
    }

    AliasTable aliases() {
        List<Path> files = new ArrayList<>();
        Path main = home().aliases();
        if (java.nio.file.Files.exists(main)) {
            files.add(main);
        }
        files.addAll(extraAliases);
        return AliasTable.load(files);
    }

    Ingester ingester() {
        return new Ingester(catalog(), aliases(), Clock.systemDefaultZone());
    }

    Path dbPath() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("POLLCAST_DB");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("pollcast.db");
    }

    PollStore openStore() {
        return PollStore.open(dbPath());
    }
}
