package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.election.TransferPrior;

/** The YAML files beside the election definitions: nightly configuration, transfer prior, alias table. */
class ConfigFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text.replace("\\n", "\n"));
    }

    @Test
    void theBundledFilesLoad() {
        NightlyConfig nightly = NightlyConfig.load(Path.of("data/nightly.yaml"));
        assertThat(nightly.election()).isEqualTo("london-2028");
        assertThat(nightly.sims()).isEqualTo(100_000);
        assertThat(nightly.seed()).isEqualTo(20280504L);
        assertThat(nightly.db()).isEqualTo(Path.of("pollcast.db").toAbsolutePath());
        assertThat(nightly.raceChart())
                .as("how the race moved, unless turned off")
                .isTrue();
        TransferPrior prior = TransferPriorReader.load(Path.of("data/transfers/prior.yaml"));
        assertThat(prior.noSecondPreference()).isEqualTo(0.39);
        assertThat(prior.blocOfParty()).containsEntry("lab", "progressive").containsEntry("reform", "right");
        AliasTable aliases = AliasTable.load(List.of(Path.of("data/aliases.yaml")));
        assertThat(aliases.pollster("Savanta")).contains("ComRes");
        assertThat(aliases.pollsters()).contains("Panelbase");
    }

    /**
     * Marist College renamed itself Marist University on 29 January 2025 (https://marist.edu/university/faq); New York's
     * polls of that autumn are published under the new name, and were stored as a new firm with house effects of its
     * own, apart from the college's polls of the primary.
     */
    @Test
    void maristUniversityIsMaristCollegeRenamed() {
        AliasTable aliases = AliasTable.load(List.of(Path.of("data/aliases.yaml")));
        assertThat(aliases.pollster("Marist University")).contains("Marist College");
        assertThat(aliases.pollster("Marist College")).contains("Marist College");
    }

    /**
     * GfK's polls are GfK's house under its own name: an Austrian table's "GfK/Demox Research" (2019) and Peru's GfK
     * polls were shown as "GfK (NOP)" and scored as "NOP", the name of GfK's British arm before GfK bought it, which no
     * reader of those tables would recognise. Its British names still join the same house.
     */
    @Test
    void gfkIsStoredUnderItsOwnName() {
        AliasTable aliases = AliasTable.load(List.of(Path.of("data/aliases.yaml")));
        assertThat(aliases.pollster("GfK")).contains("GfK");
        assertThat(aliases.pollster("GfK NOP")).contains("GfK");
        assertThat(aliases.pollster("NOP")).contains("GfK");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing election|sims: 5|1|is required",
                "unknown key|election: x\\nsim: 5|2|field 'sim': unknown field; expected one of [db, election, maxDownloadMb, newPollsters, out, raceChart, seed, sims, skipInvalid, sources, timeoutSeconds]",
                "duplicate key|election: x\\nsims: 5\\nsims: 6|3|field 'sims': duplicate key; first given on line 2",
                "negative sims|election: x\\nsims: -3|2|field 'sims': -3 must be positive",
                "text sims|election: x\\nsims: lots|2|field 'sims': expected a whole number, got 'lots'",
                "sources not a list|election: x\\nsources: polls.csv|2|field 'sources': expected a list, got 'polls.csv'",
                "empty source|election: x\\nsources:\\n  - a.csv\\n  -\\n|4|field 'sources[1]': expected a text or a mapping, got nothing",
                "zero timeout|election: x\\ntimeoutSeconds: 0|2|field 'timeoutSeconds': 0 must be positive",
                "quoted boolean|election: x\\nskipInvalid: 'yes'|2|field 'skipInvalid': expected true or false, got 'yes'",
                "race chart not a boolean|election: x\\nraceChart: sometimes|2|field 'raceChart': expected true or false, got 'sometimes'",
                "a list|- election: x|1|a nightly configuration is a YAML mapping with election, sources, db, out, sims, seed",
                "source mapping without a source|election: x\\nsources:\\n  - {contest: mayor}|3|field 'sources[0].source': is required",
                "source mapping with an unknown field|election: x\\nsources:\\n  - {source: a.csv, contst: mayor}|3|field 'sources[0].contst': unknown field; expected one of [source, contest]",
                "source as a list|election: x\\nsources:\\n  - [a.csv, b.csv]|3|field 'sources[0]': expected a file, a URL or a mapping {source: FILE, contest: ID}",
                "source at an address pollcast cannot read|election: x\\nsources:\\n  - ftp://example.org/polls.csv|3|field 'sources[0]': 'ftp://example.org/polls.csv' is an address pollcast cannot read: give an http:// or https:// URL",
            })
    void badNightlyConfigurationNamesFileLineAndField(String what, String text, int line, String expected)
            throws IOException {
        Path file = write("nightly.yaml", text);
        assertThatThrownBy(() -> NightlyConfig.load(file))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(expected);
    }

    /**
     * A source may say which contest its polls are about, as {@code ingest --contest} does: a CSV of party columns fits
     * the Mayor, the Assembly and Westminster alike, and nightly has no command line to say it on.
     */
    @Test
    void aSourceMayNameItsContest() throws IOException {
        Path file = write(
                "nightly.yaml",
                "election: london-2028\nsources:\n  - polls.html\n  - {source: copied.csv, contest: mayor}\n"
                        + "  - source: https://example.org/westminster.csv\n    contest: westminster\n");
        assertThat(NightlyConfig.load(file).sources())
                .containsExactly(
                        new NightlyConfig.Source(dir.resolve("polls.html").toString(), null),
                        new NightlyConfig.Source(dir.resolve("copied.csv").toString(), "mayor"),
                        new NightlyConfig.Source("https://example.org/westminster.csv", "westminster"));
    }

    /**
     * A {@code file:///} address (what a browser shows for a saved page, and what ingest takes) stays an address: it was
     * resolved as a path beside the config, "<folder>/file:/home/...", and every run failed with "no such file".
     */
    @Test
    void aFileAddressIsReadAsTheFileItNames() throws IOException {
        Path page = write("saved page.html", "<html><title>x</title></html>\n");
        String address = page.toUri().toString();
        Path file = write("nightly.yaml", "election: london-2028\nsources:\n  - " + address + "\n");
        List<NightlyConfig.Source> sources = NightlyConfig.load(file).sources();
        assertThat(sources).containsExactly(new NightlyConfig.Source(address, null));
        assertThat(SourceDocument.read(sources.get(0).location(), java.time.Duration.ofSeconds(5), 1 << 20)
                        .sha256())
                .isEqualTo(SourceDocument.read(page.toString(), java.time.Duration.ofSeconds(5), 1 << 20)
                        .sha256());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing number|sameBlocAffinity: 2\\nconcentration: 100|1|field 'noSecondPreference': is required",
                "out of range|noSecondPreference: 1.5\\nsameBlocAffinity: 2\\nconcentration: 100|1|field 'noSecondPreference': 1.5 is outside 0 to below 1",
                "blocs as a list|noSecondPreference: 0.4\\nsameBlocAffinity: 2\\nconcentration: 100\\nblocs: [lab, con]|4|field 'blocs': expected a mapping, got a list",
                "party in two blocs|noSecondPreference: 0.4\\nsameBlocAffinity: 2\\nconcentration: 100\\nblocs:\\n  left: [lab, grn]\\n  right: [con, grn]|6|field 'blocs.right[1]': party 'grn' is already in bloc 'left'",
                "unknown key|noSecondPreference: 0.4\\nsameBlocAffinity: 2\\nconcentration: 100\\nconcentraton: 10|4|field 'concentraton': unknown field",
            })
    void badTransferPriorNamesFileLineAndField(String what, String text, int line, String expected) throws IOException {
        Path file = write("prior.yaml", text);
        assertThatThrownBy(() -> TransferPriorReader.load(file))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(expected);
    }

    @Test
    void aliasesMayBeEmptyOrAbsentButNotBlankItems() throws IOException {
        AliasTable table =
                AliasTable.load(List.of(write("a.yaml", "pollsters:\n  Panelbase:\n  YouGov: [You Gov]\nparties:\n")));
        assertThat(table.pollsters()).containsExactly("Panelbase", "YouGov");
        assertThat(table.pollster("you gov")).contains("YouGov");
        Path blank = write("blank.yaml", "pollsters:\n  YouGov: [You Gov, ~]\n");
        assertThatThrownBy(() -> AliasTable.load(List.of(blank)))
                .isInstanceOf(BadInputException.class)
                .hasMessage(blank + ":2: field 'pollsters.YouGov[1]': must be a non-empty text");
    }

    /**
     * A firm's name run together ("FindOutNow") is the firm, unless two firms' names run together alike: then it is
     * neither, and stays unknown (refused, or a new firm with --new-pollsters) rather than given to one of them.
     */
    @Test
    void aNameRunTogetherIsTheFirmWhenOnlyOneFirmHasIt() throws IOException {
        AliasTable table = AliasTable.load(List.of(write(
                "run.yaml",
                "pollsters:\n  Find Out Now:\n  Lord Ash Croft:\n  Lord Ashcroft Polls: [Lord Ashcroft]\n")));
        assertThat(table.pollster("FindOutNow")).contains("Find Out Now");
        assertThat(table.pollster("find-out-now")).contains("Find Out Now");
        assertThat(table.pollster("Lord Ashcroft")).contains("Lord Ashcroft Polls");
        assertThat(table.pollster("LordAshCroft")).isEmpty();
        assertThat(table.pollster("Find Out")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "alias of two pollsters|pollsters:\\n  ICM: [ICM Research]\\n  Other: [Other Ltd, ICM research]|3|field 'pollsters.Other[1]': alias 'ICM research' already names pollster 'ICM'",
                "unknown section|pollsters: {}\\npollster: {}|2|field 'pollster': unknown field; expected one of [candidates, parties, pollsters]",
                "duplicate pollster|pollsters:\\n  ICM: []\\n  ICM: [ICM Research]|3|field 'pollsters.ICM': duplicate key; first given on line 2",
                "aliases as text|parties:\\n  lab: Labour|2|field 'parties.lab': expected a list, got 'Labour'",
            })
    void badAliasTableNamesFileLineAndField(String what, String text, int line, String expected) throws IOException {
        Path file = write("aliases.yaml", text);
        assertThatThrownBy(() -> AliasTable.load(List.of(file)))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(expected);
    }
}
