package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * Poll data files as newsrooms and aggregators publish them, lines kept unchanged (src/test/resources/ingest/README.md):
 * Nexo Jornal's files of the Brazilian 2022 polls (Portuguese headers, a timestamp for a publication date, the run-off
 * file naming no scope) and Europe Elects' files of Estonia and Hungary (bracketed assumed samples, "NE" scopes, a party
 * named DK). Each was refused whole, or misread, before.
 */
class PollDataFilesTest {
    @TempDir
    Path tmp;

    private CliRun run(Path data, String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    private Path data(String... definitions) throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyDataWith(data, definitions);
        return data;
    }

    /** Nexo Jornal's fixture {@code file} ingested into Brazil 2022 (its firms new to the alias table): it succeeds. */
    private CliRun ingestBrazil2022(Path data, String file) {
        CliRun in = run(data, "ingest", IngestFixtures.fixture(file), "--election", "br-2022", "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        return in;
    }

    @Test
    void nexosFirstRoundFileIsReadWithItsPortugueseHeadersAndAGivenNameForACandidate() throws IOException {
        Path data = data("br-2018.yaml", "br-2022.yaml");
        CliRun in = ingestBrazil2022(data, "nexo-br-2022-pesquisas_1t-head.csv");
        assertThat(in.out()).contains("4 polls, 4 added").contains("first preferences");
        CliRun polls = run(data, "polls", "br-2022", "--format", "csv");
        // "Instituto" the firm, "Data" the fieldwork's end, "Data divulgação" the publication, "Ciro" Ciro Gomes,
        // "Outros" the others, "BNI" (blank, null and undecided) no candidate's: Atlas's Lula 49, Bolsonaro 40,
        // Ciro 4, Tebet 3, others 1 re-based to the 97 naming someone.
        assertThat(polls.out())
                .contains("2022-09-28,Atlas,")
                .containsPattern("2022-09-28,Atlas,[^\\n]*,50\\.5[0-9]*,")
                .doesNotContain("BR-01318");
        assertThat(polls.out().lines().findFirst().orElseThrow()).contains("gomes");
    }

    @Test
    void nexosRunOffFileIsTheSecondRoundsPollsBeforeAndAfterTheFirst() throws IOException {
        Path data = data("br-2018.yaml", "br-2022.yaml");
        CliRun in = ingestBrazil2022(data, "nexo-br-2022-pesquisas_2t-lines.csv");
        // Two polls of Lula v Bolsonaro between the rounds, two asked before the first: all four the run-off's, none a
        // first-preference poll of a race of two. The VV13 and VV22 fractions are derived figures; the timestamp
        // "2022-10-27T00:00:00Z" is the 27th.
        assertThat(in.out()).contains("4 polls, 4 added").contains("run-off").doesNotContain("first preferences");
        CliRun json = run(data, "polls", "br-2022", "--format", "json");
        assertThat(json.out()).contains("\"published\" : \"2022-10-27\"").doesNotContain("vv13");
    }

    @Test
    void europeElectsBracketedSampleIsAnAssumedOneAndNeIsANationalPoll() throws IOException {
        Path data = data("ee-2019.yaml");
        CliRun in = run(data, "ingest", IngestFixtures.fixture("eopaod-ee-2019.psv"), "--election", "ee-2019");
        assertThat(in.status()).as(in.err()).isZero();
        assertThat(in.out()).contains("2 polls, 2 added");
        assertThat(run(data, "polls", "ee-2019", "--format", "csv").out())
                .contains("2019-01-27,Norstat,MTÜ Ühiskonnauuringute Instituut,riigikogu,list,1000,");
    }

    @Test
    void aPartyNamedDkIsThePartysColumnNotTheDontKnows() throws IOException {
        Path data = data();
        Files.copy(Path.of(IngestFixtures.fixture("eopaod-hu-2018.yaml")), data.resolve("elections/hu-2018.yaml"));
        CliRun in = run(data, "ingest", IngestFixtures.fixture("eopaod-hu-2018.psv"), "--election", "hu-2018");
        assertThat(in.status()).as(in.err()).isZero();
        String csv = run(data, "polls", "hu-2018", "--format", "csv").out();
        // Nézőpont, 1–5 April 2018: Fidesz–KDNP 43, DK 8 as published; read as don't-knows, DK's 8 was dropped and
        // Fidesz stored as 46.7.
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",dk,");
        assertThat(csv).containsPattern("2018-04-05,Nézőpont Intézet,[^\\n]*,43,");
    }

    @Test
    void denmarksOAndAWithARingAreTwoPartiesBesideOAndA() throws IOException {
        Path data = data();
        Files.copy(Path.of(IngestFixtures.fixture("eopaod-dk-2019.yaml")), data.resolve("elections/dk-2019.yaml"));
        CliRun in = run(
                data,
                "ingest",
                IngestFixtures.fixture("eopaod-dk-2019.psv"),
                "--election",
                "dk-2019",
                "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        // Epinion for DR, 4 June 2019: A 25.7, O 9.6, Ø 8.5, Å 3.4. Their headers, folded to letters and digits, had
        // been one column, and the file was refused as naming it twice.
        String csv = run(data, "polls", "dk-2019", "--format", "csv").out();
        assertThat(csv).contains("2019-06-04,Epinion,DR,");
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",oe,").contains(",aa,");
        assertThat(csv).contains(",25.7,").contains(",8.5,").contains(",3.4,");
    }
}
