package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * South Africa's National Assembly polls of 2019 and 2024 (pages rebuilt in the encyclopedia's layouts from the firms'
 * reports, and the real mirror of the table of the next election; sources in README.md). Its firms print one survey
 * several times: for registered voters and under turnout models, on further lines of a spanned firm, date and sample
 * cell (2019), or each line naming its model in a bracket after the firm (2024); and they date surveys by months alone
 * ("Mar – Apr 2024").
 */
class SouthAfricanPollTablesTest {
    @TempDir
    Path root;

    /**
     * IRR's April 2019 survey printed for its registered voters and again at 71.9% and 69.3% turnout, Ipsos's at 71%:
     * before, each further line was refused as the same poll with other figures, and the whole page with it.
     */
    @Test
    void aSurveysTurnoutLinesUnderOneSpannedFirmAreCountedOnce() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "za-2019.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-za-2019",
                "za-2019",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("6 polls, 6 added");
        assertThat(String.join("\n", r.notes()))
                .contains("table 1 row 5 skipped: IRR 2019-04-25 assembly list (anc 51, da 24, eff 14) is another"
                        + " printing of the survey whose figures at table 1 row 4 (anc 49.5, da 21.3, eff 14.9) are"
                        + " kept, the first printed")
                .contains("table 1 row 6 skipped")
                .contains("table 1 row 8 skipped: Ipsos 2019-04-17")
                .contains("table 1 row 11 skipped: IRR 2018-12-04");
    }

    /**
     * "Ipsos (registered voters)" and "Ipsos (medium turnout)": read as clients, the brackets made two polls of one
     * survey, both counted; "Social Research Foundation (60% turnout)" was a firm of its own. A bracket naming a
     * turnout model or a population is the poll's population, and a turnout model is kept over registered voters, as
     * likely voters are. "Mar – Apr 2024" was refused as no date: it is the month-only date of April.
     */
    @Test
    void aTurnoutModelInABracketIsThePollsPopulationAndMonthsWithoutDaysAreItsDate() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "za-2019.yaml", "za-2024.yaml");
        IngestReport r;
        try (PollStore store = PollStore.open(root.resolve("za.db"))) {
            r = ingester.ingest(
                    IngestFixtures.fixture("wikipedia-za-2024.md"),
                    store,
                    IngestSettings.withDefaults().withAcceptNewPollsters(true));
            assertThat(r.rejected()).isEmpty();
            List<Poll> polls = store.polls(PollQuery.of("za-2024")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls).hasSize(3);
            Poll april = polls.stream()
                    .filter(p -> p.pollster().equals("Ipsos") && p.shares().containsKey("mk"))
                    .findFirst()
                    .orElseThrow();
            assertThat(april.client()).isEmpty();
            assertThat(april.population()).isEqualTo("medium turnout");
            assertThat(april.shares()).containsEntry("anc", 44.0).containsEntry("mk", 9.0);
            assertThat(april.published()).isEqualTo(LocalDate.of(2024, 4, 15));
            assertThat(april.datePrecision()).isEqualTo(DatePrecision.MONTH);
            Poll srf = polls.stream()
                    .filter(p -> p.publishedAs().startsWith("Social Research Foundation"))
                    .findFirst()
                    .orElseThrow();
            assertThat(srf.pollster()).isEqualTo("Social Research Foundation");
            assertThat(srf.population()).isEqualTo("60% turnout");
        }
        assertThat(String.join("\n", r.notes()))
                .contains("Ipsos 2024-04-15 assembly list among registered voters (anc 40.2, da 21.9, mk 8.4, eff"
                        + " 11.5): the same survey's figures among medium turnout");
    }

    /**
     * The real mirror of the next election's table: its month ranges are dates now, and its IRR row printed a cell short
     * (ANC 41.3% under "Sample Size") is refused saying that the row may be a cell short, naming line and field.
     */
    @Test
    void theMirrorsRowACellShortIsSaidSo() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "za-2019.yaml", "za-2024.yaml", "za-2029.yaml");
        try (PollStore store = PollStore.open(root.resolve("next.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            IngestFixtures.fixture("wikimili-za-next.md"),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true)))
                    .isInstanceOf(org.pollcast.BadInputException.class)
                    .extracting(e -> String.join("\n", ((org.pollcast.BadInputException) e).details()))
                    .asString()
                    .contains("wikimili-za-next.md:6: field 'Sample Size': '41.3%' is not a positive whole"
                            + " number (a share: the row may be a cell short")
                    .doesNotContain("is not a date");
        }
    }
}
