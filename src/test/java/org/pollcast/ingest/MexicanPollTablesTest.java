package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollStore;

/**
 * Mexico's presidential polls of 2018 and 2024 (pages rebuilt in the layout of the encyclopedia's "Opinion polling for
 * the 2018/2024 Mexican general election" articles; sources in README.md): accented firms and candidates, an
 * "Others/Undecided" column, debate rows across the table, and a survey printed twice, over everyone asked and as its
 * "effective vote", after a candidate who stays on the ballot stopped campaigning.
 */
class MexicanPollTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addMexico() throws IOException {
        ingester = IngestFixtures.ingesterWith(root, "mx-2018.yaml", "mx-2024.yaml");
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    /**
     * 2018: Margarita Zavala withdrew on 16 May and stayed on the ballot ({@code withdrew:}). Mitofsky's 3–5 June survey
     * names the four others, 77.8 in all, with 22.2 undecided, and is printed again as its effective vote (47.8, 26.1,
     * 22, 4.1). A poll begun after she stopped campaigning names everyone still campaigning, so its shares are re-based
     * and the second printing is the same survey, whose figures (the effective vote the firm published) are kept. Before,
     * the first was kept as printed (a partial poll) and the second was refused as "the same poll ... but with other
     * figures", which refused the whole page; then the first was kept re-based and the second dropped.
     */
    @Test
    void aSurveysEffectiveVoteAfterACandidateStoppedCampaigningIsTheSameSurvey() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-mx-2018", "mx-2018", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(String.join("\n", r.notes()))
                .contains("table 1 row 4 skipped: Consulta Mitofsky 2018-06-05 president first_pref with its"
                        + " don't-knows (22.2,")
                .contains("(table 1 row 5: anaya 26.1, meade 22, lopez-obrador 47.8, rodriguez 4.1, its decided"
                        + " voters) are kept");
    }

    /** 2024: accented firms (Áltica) and candidates (Gálvez, Máynez), an "Others/Undecided" column, debate rows. */
    @Test
    void theCampaignTableReadsWithItsAccentsAndOthersUndecidedColumn() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-mx-2024", "mx-2024", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("15 polls, 15 added");
    }

    /**
     * 2024 in a mirror's text copy printed one cell to a line (profilpelajar.com): the header's first row ("Fieldwork
     * date", "Polling firm", "Sample", "Others/" wrapped over "Undecided", "Lead") comes before its second row's
     * candidates ("Sheinbaum SHH", "Gálvez FCM", "Máynez MC"), while each row prints the candidates' figures before its
     * undecided and lead. Before, "Others/" and "Undecided" were two names and the candidates' names stood after the
     * lead: every poll's undecided was a candidate's figure, seven polls were refused as summing to 63.5 or 110, and
     * nothing was stored. The rows' leads (6.6 = 47.3 - 40.7) place the names.
     */
    @Test
    void aTextCopysTwoRowHeaderIsPlacedByTheRowsLeads() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "profilpelajar-mx-2024.txt", PollFormat.MARKDOWN, "mx-2024", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("13 polls, 13 added");
    }

    /**
     * One firm, two names: "Mitofsky" in the 2024 table, "Consulta Mitofsky" in 2018's. Stored as written each is a house
     * of its own (only the user can say they are one), and a note now says the second is named like the first.
     * Before, nothing but the list of new firms named them, and the two kept apart house effects and records.
     */
    @Test
    void aNewFirmNamedLikeAStoredOneIsNoted() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("both.db"))) {
            ingester.ingest(IngestFixtures.fixture("wikipedia-mx-2024.html"), store, settings());
            IngestReport r = ingester.ingest(IngestFixtures.fixture("wikipedia-mx-2018.html"), store, settings());
            String notes = String.join("\n", r.notes());
            assertThat(notes)
                    .contains("stored as a firm of its own, though named like a firm stored before (in brackets):"
                            + " Consulta Mitofsky (Mitofsky); if they are one firm");
        }
    }

    /**
     * The title names the country by its adjective ("2024 Mexican general election"): it names mx-2024's place, Mexico,
     * among the year's elections (london-2024 too), so a table headed by coalitions the definition does not name is
     * refused as mx-2024's, naming what it lacks. Before, the message also said the title named none of their places.
     */
    @Test
    void aTitleNamingTheCountryByItsAdjectiveNamesItsPlace() throws IOException {
        String page = Files.readString(
                        Path.of(IngestFixtures.fixture("wikipedia-mx-2024.html")), StandardCharsets.UTF_8)
                .replace("Sheinbaum<br>SHH", "Sigamos Haciendo Historia")
                .replace("Gálvez<br>FCM", "Fuerza y Corazón por México");
        Path file = root.resolve("coalitions.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("coalitions.db"))) {
            assertThatThrownBy(() -> ingester.ingest(file.toString(), store, settings()))
                    .isInstanceOfSatisfying(
                            BadInputException.class,
                            e -> assertThat(String.join("\n", e.details()))
                                    .contains("unknown candidate 'Sigamos Haciendo Historia' in president")
                                    .doesNotContain("names none of their places"));
        }
    }

    /**
     * A poll begun after a candidate stopped campaigning, with its don't-knows unprinted ("–"), stays a partial poll:
     * the candidate is still on the ballot and the rest may be theirs (Gavin, Ireland 2025, won 7.2% after the polls
     * began leaving him out). Only a poll printing its don't-knows, whose sum then says it is all of them, may leave
     * such a candidate out and be re-based (Mitofsky 3-5 June 2018, above).
     */
    @Test
    void aPollLeavingOutACandidateWhoStoppedCampaigningWithItsUndecidedUnprintedStaysPartial() throws IOException {
        Path csv = root.resolve("after.csv");
        Files.writeString(
                csv,
                "election,contest,scope,pollster,fieldwork_start,fieldwork_end,sample_size,dont_know,lopez-obrador,anaya,"
                        + "meade,rodriguez\n"
                        + "mx-2018,president,first_pref,Parametria,2018-06-01,2018-06-03,1000,–,40,20,12,3\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("after.db"))) {
            ingester.ingest(csv.toString(), store, settings());
            var polls = store.polls(org.pollcast.store.PollQuery.of("mx-2018"));
            assertThat(polls).hasSize(1);
            assertThat(polls.get(0).poll().partial()).isTrue();
            assertThat(polls.get(0).poll().shares().get("lopez-obrador")).isEqualTo(40.0);
        }
    }
}
