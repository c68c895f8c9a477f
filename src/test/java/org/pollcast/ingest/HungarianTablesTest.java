package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Hungary's 2018 list vote (a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2018 Hungarian
 * parliamentary election" table, sources in src/test/resources/ingest/README.md), read with no election given, as a new
 * user reads it. Its {@code DK} column is the Democratic Coalition, a party of the definition: read as "Don't know", its
 * 5 to 9 points were dropped and every poll re-based without them. Its {@code MLP} column (the Liberal Party, 0 or –) is
 * no party of the definition, beside an {@code Others} column: it is counted in the others, as a parliament's small
 * parties are; before, the vote between parties ({@code office: none}) refused the whole page for it.
 */
class HungarianTablesTest {
    @TempDir
    Path root;

    @Test
    void aPartyNamedDkIsAPartyAndASmallUnlistedPartyIsCountedInOthers() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "hu-2018.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-hu-2018", "hu-2018", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(String.join("\n", r.notes()))
                .contains("column 'MLP' (0) skipped: no party of hu-2018's popular")
                .contains("table 1 row 2 column 'MLP' (0) skipped: no party of hu-2018's popular; added to the row's"
                        + " Others (2, now 2)")
                .doesNotContain("the rest of 100")
                .doesNotContain("dk-rebased");
    }

    /**
     * Hungary's 2022 list vote as the encyclopedia prints a survey over all voters (undecided included) and, below it,
     * over decided voters, the date, firm and sample cells spanning both rows (three surveys, sources in
     * src/test/resources/ingest/README.md). Before, a decided row of two figures was stored as a run-off of a single
     * ballot ("run-off 2"), and a decided row of every party was dropped for the all-voters row re-based.
     */
    @Test
    void aDecidedVotersRowIsTheSurveysVoteIntentionNeverARunOff() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "hu-2018.yaml", "hu-2022.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-hu-2022", "hu-2022", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        String notes = String.join("\n", r.notes());
        // The two-figure rows of either base leave Mi Hazánk out: head-to-heads of a single ballot, judged alike.
        for (int row = 2; row <= 5; row++) {
            assertThat(notes)
                    .contains("table 1 row " + row + " skipped: names only Fidesz–KDNP and United for Hungary");
        }
        assertThat(notes)
                .contains("table 1 row 6 skipped: Republikon 2022-02-24 popular first_pref with its don't-knows (16,")
                .contains("(table 1 row 7: fidesz 48, em 46, mh 3, mkkp 3, its decided voters) are kept");
    }

    /**
     * The same rows copied from the page into a CSV, the spanning cells' text in the top line only: the second line of
     * two figures is no run-off here either (the copied CSV's reader guessed one as the page's did).
     */
    @Test
    void aCopiedDecidedVotersLineIsNoRunOffEither() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "hu-2018.yaml", "hu-2022.yaml");
        Path copied = root.resolve("hu-2022.copied.csv");
        Files.writeString(copied, """
                Fieldwork date,Polling firm,Sample size,Fidesz–KDNP,United for Hungary,Mi Hazánk,MKKP,Others,Undecided,Lead
                21–27 Mar 2022,Závecz Research,–,39,36,–,–,–,19,3
                ,,,50,46,–,–,–,–,4
                18–24 Feb 2022,Republikon,"1,000",40,39,3,2,–,16,1
                ,,,48,46,3,3,–,–,2
                """, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("copied.db"))) {
            IngestReport r = ingester.ingest(copied.toString(), store, IngestSettings.withDefaults());
            assertThat(r.summary()).contains("1 poll, 1 added").doesNotContain("run-off");
            assertThat(store.polls(PollQuery.of("hu-2022")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.poll().shares())
                            .containsEntry("fidesz", 48.0)
                            .containsEntry("em", 46.0));
        }
    }
    /**
     * Parties printed under a "Government" or "Opposition" group (figures made up, in the encyclopedia's layout): the
     * parties under it are parties. The Czech tables' lone "Govt. + sup." and "Opp." columns are sums and ignored, and
     * the session that taught that had the words ignore every column under such a group too: Mi Hazánk and MKKP were
     * dropped and each poll skipped as a head-to-head.
     */
    @Test
    void partiesUnderAGovernmentOrOppositionGroupAreParties() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "hu-2018.yaml", "hu-2022.yaml");
        Path page = root.resolve("grouped.html");
        Files.writeString(
                page,
                "<html><head><title>Opinion polling for the 2022 Hungarian parliamentary election</title></head><body>"
                        + "<table class=\"wikitable\"><tr><th rowspan=\"2\">Pollster</th>"
                        + "<th rowspan=\"2\">Fieldwork date</th><th rowspan=\"2\">Sample size</th>"
                        + "<th>Government</th><th colspan=\"3\">Opposition</th><th rowspan=\"2\">Others</th>"
                        + "<th rowspan=\"2\">Lead</th></tr><tr><th>Fidesz–KDNP</th><th>United for Hungary</th>"
                        + "<th>Mi Hazánk</th><th>MKKP</th></tr>"
                        + "<tr><td>Medián</td><td>25–30 Mar 2022</td><td>1,000</td><td>50</td><td>40</td><td>6</td>"
                        + "<td>3</td><td>1</td><td>10</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("grouped.db"))) {
            IngestReport r = ingester.ingest(
                    page.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
            assertThat(r.rejected()).isEmpty();
            assertThat(store.polls(PollQuery.of("hu-2022")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.poll().shares()).containsKeys("fidesz", "em", "mh", "mkkp"));
        }
    }
}
