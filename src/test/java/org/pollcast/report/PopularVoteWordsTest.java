package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;

/**
 * A country's popular vote forecast as one first-past-the-post ballot elects no one: in 2021 Canada's Conservatives
 * won it and the Liberals formed the government. With {@code office: Popular vote} the page said "Liberal is 79.0%
 * likely to be elected Popular vote"; {@code office: none} says what the chance is of.
 */
class PopularVoteWordsTest {
    private static Election election(String office) {
        SingleWinnerContest popular = new SingleWinnerContest(
                "popular",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("lpc", "Liberal", "lpc", List.of()),
                        new Candidate("cpc", "Conservative", "cpc", List.of())),
                List.of(),
                java.util.EnumSet.of(Scope.FIRST_PREF),
                List.of(),
                null);
        return new Election(
                "ca-2021",
                "Canadian federal election 2021 (national popular vote)",
                LocalDate.of(2021, 9, 20),
                null,
                List.of(
                        new org.pollcast.election.Party("lpc", "Liberal"),
                        new org.pollcast.election.Party("ndp", "New Democratic"),
                        new org.pollcast.election.Party("lab", "Labour")),
                Map.of("popular", popular),
                "",
                "Canada",
                office,
                null,
                0);
    }

    @Test
    void aVoteThatElectsNoOneIsWonByTheMostVotesNotByBeingElected() {
        Election e = election("none");
        assertThat(e.electsNoOne()).isTrue();
        LeadWords words = LeadWords.of(e);
        assertThat(words.toWin()).isEqualTo("win the most votes");
        assertThat(words.winning()).isEqualTo("winning the most votes");
        assertThat(words.heading()).doesNotContain("none");
        assertThat(words.option()).isEqualTo("Party");
        assertThat(words.votes()).isEqualTo("the vote");
    }

    @Test
    void anOfficeIsStillElected() {
        Election e = election("President");
        assertThat(e.electsNoOne()).isFalse();
        assertThat(LeadWords.of(e).toWin()).isEqualTo("be elected President");
        assertThat(LeadWords.of(election(null)).toWin()).isEqualTo("be elected Mayor");
    }

    /**
     * The result's words say what the winner won: Fianna Fáil had the most first preferences of Ireland's 2024 vote
     * (21.9%), and the page said "Fianna Fáil won." of an election whose government seats decide. An office is won.
     */
    @Test
    void theWinnerOfAVoteThatElectsNoOneWonTheMostVotes() {
        assertThat(LeadWords.of(election("none")).won()).isEqualTo("won the most votes");
        assertThat(LeadWords.of(election("President")).won()).isEqualTo("won");
        assertThat(LeadWords.of(election(null)).won()).isEqualTo("won");
        assertThat(LeadWords.of(election("none")).chance()).isEqualTo("Chance of the most votes");
        assertThat(LeadWords.of(election("President")).chance()).isEqualTo("Chance of winning");
    }

    /** A poll's shares in the report's table read "Democratic 21, Québécois 5, Party 4": a party has no surname. */
    @Test
    void aPartyStandingAsItselfKeepsItsWholeName() {
        Election e = election("none");
        assertThat(PollSections.standsAsItsParty(e, "New Democratic", "ndp")).isTrue();
        assertThat(PollSections.standsAsItsParty(e, "Sadiq Khan", "lab")).isFalse();
        assertThat(PollSections.standsAsItsParty(e, "Labour candidate", "lab")).isFalse();
        assertThat(PollSections.standsAsItsParty(e, "Independent", null)).isFalse();
    }

    /**
     * A referendum is a vote that elects no one between answers that stand for no party (its options name none): its
     * rows are options. Before, the page spoke of "Vote share of each party" and "the leading parties" for Remain and
     * Leave.
     */
    @Test
    void aVoteBetweenOptionsOfNoPartySpeaksOfOptions() {
        SingleWinnerContest referendum = new SingleWinnerContest(
                "referendum",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("remain", "Remain", null, List.of()),
                        new Candidate("leave", "Leave", null, List.of())),
                List.of(),
                java.util.EnumSet.of(Scope.FIRST_PREF),
                List.of(),
                null);
        Election e = new Election(
                "euref-2016",
                "EU referendum 2016",
                LocalDate.of(2016, 6, 23),
                null,
                List.of(),
                Map.of("referendum", referendum),
                "",
                "United Kingdom",
                "none",
                null,
                0);
        LeadWords words = LeadWords.of(e);
        assertThat(words.option()).isEqualTo("Option");
        assertThat(words.one()).isEqualTo("option");
        assertThat(words.many()).isEqualTo("options");
        assertThat(words.toWin()).isEqualTo("win the most votes");
        assertThat(LeadWords.of(election("none")).one()).isEqualTo("party");
    }
}
