package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Chile's 2021 presidential polls (a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2021
 * Chilean presidential election"; source in README.md). Its table heads a column "Type of poll" ("Base 100. Online
 * panel.", empty for most), prints Activa's survey of 2–5 November on two rows under one date and firm, the second
 * "Likely voter (51.6%)", and ends with "Others/None": with every one of the seven candidates named, those who named
 * no one.
 */
class ChileanPollTablesTest {
    @TempDir
    Path root;

    @Test
    void typeOfPollIsNoCandidateOthersNoneIsTheDontKnowsAndALikelyVoterRowIsOneSurvey() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cl-2021.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-cl-2021",
                "cl-2021",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("6 polls, 6 added");
        assertThat(String.join("\n", r.notes()))
                .contains("table 1 row 6 skipped: Activa 2021-11-05 president first_pref among the whole sample"
                        + " (no population stated)")
                .contains("the same survey's figures among likely voters (table 1 row 7) are kept");
        try (PollStore store = PollStore.open(root.resolve("wikipedia-cl-2021.db"))) {
            for (StoredPoll sp : store.polls(PollQuery.of("cl-2021"))) {
                assertThat(sp.poll().shares()).doesNotContainKey("other");
                if (sp.poll().pollster().equals("Activa")) {
                    assertThat(sp.poll().population()).isEqualTo("likely voters");
                    assertThat(sp.poll().mode()).isNull();
                }
            }
        }
    }

    /**
     * The review's copy: a result row under the polls ("2021 election result" and its figures, or "First round result")
     * is no second line of the survey above it, which a copy prints without its spanned date and firm. Read as one, it
     * was stored as a third AtlasIntel (or Cadem) poll, and the page refused as holding one poll twice.
     */
    @Test
    void aResultRowUnderThePollsIsNoSurveysSecondLine() throws IOException {
        String head = "Opinion polling for the 2021 Chilean presidential election\n"
                + "Results considering only official candidates and general voters.\n"
                + "Fieldwork dates\nPolling firm\nType of poll\nBoric AD\nKast FSC\nSichel ChP+\nProvoste NPS\n"
                + "16–19 Nov 2021\nCadem\nOnline panel\n27\n27\n13\n11\n"
                + "2–4 Nov 2021\nCadem\nOnline panel\n19\n25\n8\n9\n"
                + "5–6 Nov 2021\nAtlasIntel\n21.9\n27.2\n11.7\n9.2\n";
        Ingester ingester = IngestFixtures.ingesterWith(root, "cl-2021.yaml");
        for (String label : List.of("2021 election result", "First round result")) {
            Path page = root.resolve("copy.txt");
            java.nio.file.Files.writeString(page, head + label + "\n25.8\n27.9\n12.8\n11.6\n\nNotes\n");
            try (PollStore store = PollStore.open(root.resolve(label.length() + ".db"))) {
                IngestReport r = ingester.ingest(
                        page.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
                assertThat(r.valid()).as(label).isEqualTo(3);
                assertThat(store.polls(PollQuery.of("cl-2021")))
                        .as(label)
                        .extracting(sp -> sp.poll().shares().get("boric"))
                        .containsExactlyInAnyOrder(27.0, 19.0, 21.9);
            }
        }
    }

    /**
     * The same table as a mirror's text copy prints it, one cell to a line
     * (https://hessslslslsls.azureedge.net/wiki/Draft:Opinion_polling_for_the_2021_Chilean_presidential_election): its
     * two header rows flattened, so "Others/ None" comes before the candidates it follows on the page; the empty type of
     * poll of most firms printed as no line; and Activa's likely voters' line under its spanned date and firm starting
     * at its type. Before, the copy was refused ("the copy lost the names of some columns"), and cut before Activa's
     * second line it stored Cadem's 20 November poll with every figure a candidate to the left (Boric 5, Sichel 29).
     * Now it gives exactly the polls of the page's HTML.
     */
    @Test
    void aTextCopyOneCellToALineGivesThePagesPolls() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cl-2021.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "hessslslslsls-cl-2021.txt",
                PollFormat.MARKDOWN,
                "cl-2021",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(String.join("\n", r.notes()))
                .contains("line 50 skipped: Activa 2021-11-05 president first_pref among the whole sample")
                .contains("(line 60) are kept");
    }

    @Test
    void aNameOfOthersBeforeTheOptionsGoesBackAfterThemOnlyAfterThePollsParticulars() {
        List<String> flattened = new ArrayList<>(
                List.of("Fieldwork dates", "Polling firm", "Type of poll", "Others/ None", "Boric AD", "Kast FSC"));
        CellLinesTable.unflattenTrailingName(flattened);
        assertThat(flattened)
                .containsExactly(
                        "Fieldwork dates", "Polling firm", "Type of poll", "Boric AD", "Kast FSC", "Others/ None");
        // Printed after the options it stays; before a column that is no option's it is not moved.
        List<String> inOrder = new ArrayList<>(List.of("Fieldwork dates", "Polling firm", "Boric", "Kast", "Others"));
        CellLinesTable.unflattenTrailingName(inOrder);
        assertThat(inOrder).containsExactly("Fieldwork dates", "Polling firm", "Boric", "Kast", "Others");
        List<String> withLead =
                new ArrayList<>(List.of("Polling firm", "Fieldwork date", "Undecided", "Boric", "Kast", "Lead"));
        CellLinesTable.unflattenTrailingName(withLead);
        assertThat(withLead).containsExactly("Polling firm", "Fieldwork date", "Undecided", "Boric", "Kast", "Lead");
    }

    @Test
    void othersNoneIsOneColumnOfThoseNamingNoOne() {
        assertThat(Columns.field("Others/None")).contains("dont_know");
        assertThat(Columns.field("Type of poll")).contains("mode");
    }
}
