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
