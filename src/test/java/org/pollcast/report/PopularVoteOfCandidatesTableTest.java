package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.Party;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.ShareDistribution;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * A national popular vote of presidential candidates (office: none: the 2024 US popular vote, which elects no one) is
 * led as a party vote, but its options are people. The page's table headed them "Party" beside an "Id" column of party
 * ids ("Kamala Harris | dem", "Robert F. Kennedy Jr. | ind-kennedy") under "each party's chance". A vote of parties
 * (Canada's, candidates named as their parties) keeps its words. Made-up figures.
 */
class PopularVoteOfCandidatesTableTest {
    private static Election election(List<Candidate> candidates) {
        SingleWinnerContest popular = new SingleWinnerContest(
                "popular",
                VotingSystem.FPTP,
                candidates,
                List.of(),
                java.util.EnumSet.of(Scope.FIRST_PREF),
                List.of(),
                null);
        return new Election(
                "us-2024",
                "National popular vote, 2024 United States presidential election",
                LocalDate.of(2024, 11, 5),
                null,
                List.of(new Party("dem", "Democratic"), new Party("rep", "Republican")),
                Map.of("popular", popular),
                "",
                "United States",
                "none",
                null,
                0);
    }

    private static String table(Election e, String a, String b) {
        ShareInput input = new ShareInput(
                "us-2024",
                LocalDate.of(2024, 11, 4),
                1,
                List.of("a", "b"),
                List.of(a, b),
                List.of("dem", "rep"),
                new double[] {51, 49},
                new double[] {1, 1},
                true,
                "test input");
        ShareDistribution d = new ShareDistribution(48, 44, 46, 48, 50, 52);
        ShareDistribution r = new ShareDistribution(47, 43, 45, 47, 49, 51);
        MayorForecast f = new MayorForecast(
                "us-2024",
                "popular",
                "fptp",
                input,
                SimulationSettings.withDefaults(),
                100_000,
                100_000,
                "test",
                List.of(),
                List.of(
                        new CandidateForecast("a", a, "dem", 0.55, 0, 0, 0, d, d),
                        new CandidateForecast("b", b, "rep", 0.45, 0, 0, 0, r, r)),
                List.of(),
                new long[2 * MayorForecast.BINS],
                new long[2 * MayorForecast.BINS],
                null,
                List.of(),
                false);
        StringBuilder h = new StringBuilder();
        MayorSection.winTable(h, f, LeadWords.of(e), e);
        return h.toString();
    }

    @Test
    void candidatesWhoArePeopleAreCandidatesBesideTheirPartysName() {
        Election e = election(List.of(
                new Candidate("a", "Kamala Harris", "dem", List.of()),
                new Candidate("b", "Donald Trump", "rep", List.of())));
        String h = table(e, "Kamala Harris", "Donald Trump");
        assertThat(h).contains("Who will win the most votes: each candidate's chance");
        assertThat(h).contains("Candidate").contains("Democratic").doesNotContain(">dem<");
        assertThat(h).doesNotContain("each party's chance");
    }

    @Test
    void aVoteOfPartiesKeepsItsWords() {
        Election e = election(List.of(
                new Candidate("a", "Democratic", "dem", List.of()),
                new Candidate("b", "Republican", "rep", List.of())));
        String h = table(e, "Democratic", "Republican");
        assertThat(h).contains("each party's chance").contains(">dem<");
    }
}
