package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.simulate.CandidateForecast;

/**
 * A vote between parties, not persons (Australia's national vote: Labor, the Coalition, the Greens, counted by
 * preferences to a two-party-preferred final round), names no office, and its page must claim none: it said "Labor is
 * 64.1% likely to be elected Mayor" and "Chance of winning the mayoralty" of a forecast that elects no one.
 */
class PartyVoteWordsTest {
    @TempDir
    Path root;

    private Election australia() throws IOException {
        IngestFixtures.copyDataWith(root, "au-2022.yaml", "au-2025.yaml");
        return new ElectionCatalog(new DataHome(root)).resolve("au-2025");
    }

    @Test
    void aPartyVoteCountedByPreferencesIsWonInTheCountsFinalRoundNotByAMayor() throws IOException {
        Election e = australia();
        LeadWords words = LeadWords.of(e);
        assertThat(e.partyVote()).isTrue();
        assertThat(words.toWin()).isEqualTo("win the final round of the count");
        assertThat(words.winChart()).isEqualTo("Chance of winning the final round of the count");
        // The win table's header says what the race chart's axis says: before, "Chance of winning" beside a chart of
        // the chance of winning the final round.
        assertThat(words.chance()).isEqualTo("Chance of winning the final round of the count");
        assertThat(words.heading()).isEqualTo("The vote");
        assertThat(words.option()).isEqualTo("Party");
        CandidateForecast labor = new CandidateForecast("alp", "Labor", "alp", 0.641, 0, 0, 0, null, null);
        assertThat(HtmlReport.chances(labor, null, words.toWin()))
                .isEqualTo("Labor is 64.1% likely to win the final round of the count")
                .doesNotContain("Mayor")
                .doesNotContain("elected");
    }

    @Test
    void londonsPartyPlaceholdersStandForAMayorToCome() {
        Election london = IngestFixtures.CATALOG.resolve("london-2028");
        assertThat(london.partyVote()).isFalse();
        assertThat(LeadWords.of(london).toWin()).isEqualTo("be elected Mayor");
        assertThat(LeadWords.of(IngestFixtures.CATALOG.resolve("london-2012")).toWin())
                .isEqualTo("be elected Mayor");
    }

    /**
     * Names do not make a party vote: the same definition with its office left out is a Mayor's election, its
     * candidates named as their parties or not (review: a London definition naming its placeholders "Labour" and
     * "Reform UK" became a party vote, with a party vote's polling error and words).
     */
    @Test
    void candidatesNamedAsTheirPartiesAreStillCandidatesUnlessTheOfficeIsNone() throws IOException {
        australia();
        Path file = root.resolve("elections/au-2025.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^office: none.*\\n", ""));
        Election e = new ElectionCatalog(new DataHome(root)).resolve("au-2025");
        assertThat(e.partyVote()).isFalse();
        assertThat(LeadWords.of(e).toWin()).isEqualTo("be elected Mayor");
    }
}
