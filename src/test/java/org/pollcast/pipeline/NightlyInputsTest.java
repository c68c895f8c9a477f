package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.NightlyConfig;

/**
 * What nightly's "nothing new since the last run" fingerprint reads besides the data folder: the files a newsroom
 * keeps elsewhere that change the forecast. An alias file given with --aliases (merged after data/aliases.yaml, which
 * was always read) and a definition named by a .yml path were left out: edited, the run said "nothing new" and the
 * report stayed as it was. Fingerprints only, no forecast: the run's use of them is ReportAndNightlyTest's.
 */
class NightlyInputsTest {
    @TempDir
    Path tmp;

    @Test
    void anAliasFileAndADefinitionKeptOutsideTheDataFolderAreFingerprinted() throws IOException {
        Path defs = Files.createDirectories(tmp.resolve("newsroom/defs"));
        Path definition = defs.resolve("london-2012.yml");
        Files.copy(Path.of("data/elections/london-2012.yaml"), definition);
        Path aliases = tmp.resolve("newsroom/our-aliases.yaml");
        Files.writeString(aliases, "pollsters:\n  YouGov: [YouGov for the Standard]\n");
        Path cfgFile = tmp.resolve("newsroom/nightly.yaml");
        // the definition's path relative to the configuration, as its other paths are
        Files.writeString(cfgFile, "election: defs/london-2012.yml\nout: report\nsims: 1000\n");
        NightlyConfig cfg = NightlyConfig.load(cfgFile);
        assertThat(cfg.election()).isEqualTo(definition.toString());

        Workspace ws = new Workspace(new DataHome(Path.of("data")), tmp.resolve("store.db"), List.of(aliases), s -> {});
        Election election = ws.catalog().resolve(cfg.election());
        String first = Nightly.inputs(ws, cfg, election, cfg.out());
        assertThat(Nightly.inputs(ws, cfg, election, cfg.out())).isEqualTo(first); // nothing changed, nothing new

        Files.writeString(aliases, "pollsters:\n  YouGov: [YouGov for the Standard, YouGov/Standard]\n");
        String aliased = Nightly.inputs(ws, cfg, election, cfg.out());
        assertThat(aliased).as("an --aliases file edited").isNotEqualTo(first);

        Files.writeString(
                definition,
                Files.readString(definition)
                        .replace("name: London Mayor and London Assembly elections 2012", "name: London 2012"));
        assertThat(Nightly.inputs(ws, cfg, election, cfg.out()))
                .as("a .yml definition edited")
                .isNotEqualTo(aliased);
    }
}
