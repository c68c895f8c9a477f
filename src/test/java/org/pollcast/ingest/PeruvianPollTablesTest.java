package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Peru's presidential polls of 2016 and 2021 (pages rebuilt in the layouts of the encyclopedia's "Opinion polling for
 * the 2016/2021 Peruvian general election" articles; sources in README.md). Their tables head the sample
 * "Respondents", label the result row "2016 general elections", and print a survey twice, a line "(Valid votes)" and a
 * line "(Cast votes)" under one date and sample.
 */
class PeruvianPollTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addPeru() throws IOException {
        ingester = IngestFixtures.ingesterWith(root, "pe-2016.yaml", "pe-2021.yaml");
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    /**
     * 2016: the first-round table's "Respondents" column is the sample and its "2016 general elections" row the
     * result. Before, the table was skipped ("'Respondents' is no candidate or party of pe-2016"), and once read, the
     * result row was stored as a poll by a firm named "2016 general elections".
     */
    @Test
    void theRespondentsColumnIsTheSampleAndTheElectionsRowTheResult() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-pe-2016", "pe-2016", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("16 polls, 16 added").contains("first preferences 12, run-off 4");
        assertThat(String.join("\n", r.notes())).doesNotContain("2016 general elections");
    }

    /**
     * 2021: Ipsos's lines over valid votes and over cast votes of one survey (10–11 March: Lescano 21.0 of valid votes,
     * 16.8 of cast votes) are one poll, the valid votes' kept and the other named in a note. Before, "(Cast votes)" was
     * read as part of the client ("El Comercio (Cast votes)"), and both lines were stored and averaged as two polls.
     */
    @Test
    void aSurveysValidAndCastVotesLinesAreOnePoll() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-pe-2021", "pe-2021", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("7 polls, 7 added").contains("first preferences 4, run-off 3");
        String notes = String.join("\n", r.notes());
        assertThat(notes)
                .contains("table 1 row 4 skipped: Ipsos Perú/El Comercio 2021-05-28 president runoff")
                .contains("table 2 row 7 skipped: Ipsos Perú/El Comercio 2021-03-11 president first_pref over cast"
                        + " votes")
                .contains("the same survey's figures over valid votes (table 2 row 6) are kept");
    }

    /**
     * The same two lines copied into a spreadsheet: one poll, of client El Comercio, over valid votes. Before, the CSV
     * stored two polls of clients "El Comercio (Valid votes)" and "El Comercio (Cast votes)".
     */
    @Test
    void aCsvsValidAndCastVotesLinesAreOnePoll() throws IOException {
        Path file = root.resolve("runoff.csv");
        Files.writeString(
                file,
                "Pollster,Fieldwork end,Sample size,scope,Pedro Castillo,Keiko Fujimori,Blank/None\n"
                        + "Ipsos Perú/El Comercio (Valid votes),2021-05-28,1517,runoff,50.1,49.9,\n"
                        + "Ipsos Perú/El Comercio (Cast votes),2021-05-28,1517,runoff,45.1,43.1,11.8\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("csv.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings());
            assertThat(r.summary()).contains("1 poll, 1 added");
            StoredPoll p = store.polls(PollQuery.of("pe-2021")).get(0);
            assertThat(p.poll().client()).isEqualTo("El Comercio");
            assertThat(p.poll().shares()).containsEntry("castillo", 50.1);
            assertThat(String.join("\n", r.notes())).contains("over cast votes");
        }
    }

    @Test
    void aFirmsCellNamesTheBasisOfItsFigures() {
        assertThat(VoteBasis.noteOf("Ipsos Perú/El Comercio (Valid votes)")).isEqualTo(VoteBasis.VALID);
        assertThat(VoteBasis.noteOf("CPI (votos emitidos)")).isEqualTo(VoteBasis.CAST);
        assertThat(VoteBasis.noteOf("Ipsos/El Comercio")).isNull();
        assertThat(VoteBasis.without("GfK/(Valid votes)")).isEqualTo("GfK");
        assertThat(VoteBasis.rank(VoteBasis.VALID + "; dk-rebased")).isGreaterThan(VoteBasis.rank(VoteBasis.CAST));
    }
}
