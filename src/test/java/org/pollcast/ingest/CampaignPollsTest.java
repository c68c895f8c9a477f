package org.pollcast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/**
 * San Francisco's 2024 mayoral race (blind trial): Mark Farrell's campaign published its own poll (Farrell 23, Breed
 * 21, Lurie 20, Peskin 17, Safaí 4; Farrell 57 in its ranked-choice final round), which was averaged beside the
 * Chronicle's with nothing in `polls` or `average` to tell it was his.
 */
class CampaignPollsTest {
    private static final SingleWinnerContest MAYOR = new SingleWinnerContest(
            "mayor",
            VotingSystem.INSTANT_RUNOFF,
            List.of(
                    new Candidate("lurie", "Daniel Lurie", "dem"),
                    new Candidate("breed", "London Breed", "dem"),
                    new Candidate("peskin", "Aaron Peskin", "dem"),
                    new Candidate("farrell", "Mark Farrell", "dem"),
                    new Candidate("safai", "Ahsha Safaí", "dem", List.of("Asha Safai"))),
            List.of(),
            VotingSystem.INSTANT_RUNOFF.scopes(),
            List.of());

    private static Poll poll(String pollster, String client, LocalDate published) {
        return PollBuilder.of("sf-2024", "mayor", Scope.FIRST_PREF, pollster)
                .client(client)
                .published(published)
                .shares(Map.of("farrell", 23.0, "breed", 21.0, "lurie", 20.0, "peskin", 17.0, "safai", 4.0))
                .dontKnow(11.0)
                .build();
    }

    @Test
    void aCampaignsOwnPollIsNamedWithItsCandidate() {
        Poll farrells = poll("Mark Farrell campaign", "Mark Farrell campaign", LocalDate.of(2024, 6, 12));
        assertEquals(
                "farrell", CampaignPolls.sponsor(MAYOR, farrells).orElseThrow().id());
        assertEquals(
                "1 poll paid for by a candidate's own campaign, averaged as any other: Mark Farrell campaign for Mark"
                        + " Farrell (2024-06-12); campaigns publish the surveys that flatter them, so read the"
                        + " candidate's share with care",
                CampaignPolls.note(MAYOR, List.of(farrells)).orElseThrow());
        // Folded as every name is: "Friends of Asha Safai" names Ahsha Safaí by her alias.
        assertEquals(
                "safai",
                CampaignPolls.sponsor(MAYOR, poll("EMC Research", "Friends of Asha Safai", LocalDate.of(2024, 6, 1)))
                        .orElseThrow()
                        .id());
    }

    @Test
    void aNewspapersOrAPartysPollIsNoCampaigns() {
        Poll chronicle = poll("Sextant Strategies & Research", "San Francisco Chronicle", LocalDate.of(2024, 10, 21));
        assertTrue(CampaignPolls.sponsor(MAYOR, chronicle).isEmpty());
        assertTrue(CampaignPolls.note(MAYOR, List.of(chronicle)).isEmpty());
        // A surname alone is no candidate: "Breed" or "Farrell" may be a firm's or a sponsor's word.
        assertTrue(CampaignPolls.sponsor(MAYOR, poll("Farrell Research", "Breed Foundation", LocalDate.of(2024, 6, 1)))
                .isEmpty());
    }

    /**
     * Philadelphia's Democratic primaries (blind trial): the press and the encyclopedia's footnotes name a campaign's
     * poll by the surname ("Kenney's campaign conducted its own poll", Greenberg Quinlan Rosner, 18-21 April 2015:
     * Kenney 30, Williams 26, Abraham 17, 17 undecided), which went unflagged. A surname two candidates share names no
     * one: in 2023 Jeff Brown and Amen Brown both stood.
     */
    @Test
    void aCampaignNamedBySurnameIsItsCandidates() {
        SingleWinnerContest mayor2015 = new SingleWinnerContest(
                "mayor",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("kenney", "Jim Kenney", "dem"),
                        new Candidate("williams", "Anthony Hardy Williams", "dem"),
                        new Candidate("abraham", "Lynne Abraham", "dem")),
                List.of(),
                VotingSystem.FPTP.scopes(),
                List.of());
        Poll gqr = PollBuilder.of("philadelphia-2015", "mayor", Scope.FIRST_PREF, "Greenberg Quinlan Rosner")
                .client("Kenney campaign")
                .published(LocalDate.of(2015, 4, 21))
                .shares(Map.of("kenney", 30.0, "williams", 26.0, "abraham", 17.0))
                .dontKnow(17.0)
                .build();
        assertEquals(
                "kenney", CampaignPolls.sponsor(mayor2015, gqr).orElseThrow().id());
        Poll possessive = PollBuilder.of("philadelphia-2015", "mayor", Scope.FIRST_PREF, "Greenberg Quinlan Rosner")
                .client("Kenney's campaign")
                .published(LocalDate.of(2015, 4, 21))
                .shares(Map.of("kenney", 30.0, "williams", 26.0, "abraham", 17.0))
                .dontKnow(17.0)
                .build();
        assertEquals(
                "kenney",
                CampaignPolls.sponsor(mayor2015, possessive).orElseThrow().id());
        // The surname without "campaign" is still no one's (a firm or a foundation may carry it); the names below are
        // labels only, on the real poll's figures.
        Poll foundation = PollBuilder.of("philadelphia-2015", "mayor", Scope.FIRST_PREF, "Abraham Research")
                .client("Williams Foundation")
                .published(LocalDate.of(2015, 4, 21))
                .shares(Map.of("kenney", 30.0, "williams", 26.0, "abraham", 17.0))
                .build();
        assertTrue(CampaignPolls.sponsor(mayor2015, foundation).isEmpty());

        SingleWinnerContest mayor2023 = new SingleWinnerContest(
                "mayor",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("parker", "Cherelle Parker", "dem"),
                        new Candidate("gym", "Helen Gym", "dem"),
                        new Candidate("jbrown", "Jeff Brown", "dem"),
                        new Candidate("abrown", "Amen Brown", "dem")),
                List.of(),
                VotingSystem.FPTP.scopes(),
                List.of());
        // Labels only, on Emerson College's real figures of 7-9 May 2023.
        Poll emerson = PollBuilder.of("philadelphia-2023", "mayor", Scope.FIRST_PREF, "Emerson College")
                .client("Brown's campaign")
                .published(LocalDate.of(2023, 5, 12))
                .shares(Map.of("gym", 20.5, "parker", 18.2, "jbrown", 10.4))
                .build();
        assertTrue(CampaignPolls.sponsor(mayor2023, emerson).isEmpty());
        Poll gyms = PollBuilder.of("philadelphia-2023", "mayor", Scope.FIRST_PREF, "Emerson College")
                .client("Gym's campaign")
                .published(LocalDate.of(2023, 5, 12))
                .shares(Map.of("gym", 20.5, "parker", 18.2, "jbrown", 10.4))
                .build();
        assertEquals("gym", CampaignPolls.sponsor(mayor2023, gyms).orElseThrow().id());
    }

    /**
     * A contest whose options are parties (London 2028's Westminster question) has no candidates' campaigns: Find Out
     * Now's May 2025 poll for Reform UK, in the bundled polls, was flagged campaign:reform.
     */
    @Test
    void aPartysOwnPollOfAPartyContestIsNoCampaigns() {
        Election london = new ElectionCatalog(new DataHome(java.nio.file.Path.of("data"))).resolve("london-2028");
        Poll forReform = PollBuilder.of("london-2028", "westminster", Scope.WESTMINSTER, "Find Out Now")
                .client("Reform UK")
                .ended(LocalDate.of(2025, 5, 9))
                .shares(Map.of("reform", 31.0, "lab", 25.0))
                .build();
        assertTrue(CampaignPolls.sponsor(london.contest("westminster").orElseThrow(), forReform)
                .isEmpty());
    }
}
