package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.Candidate;
import org.pollcast.election.Contest;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;

/**
 * Polls a candidate's own campaign paid for: the client (or the name the poll was published under) names a candidate
 * of the contest in full, or by one of the candidate's aliases ("Mark Farrell campaign", "Lurie for Mayor" with
 * "Lurie" no alias, is not matched). Campaigns publish the surveys that flatter them and keep the rest, so a reader
 * must see which polls are theirs: San Francisco's 2024 race had Mark Farrell's own poll (Farrell first, 57% in its
 * final round) averaged beside the press's with nothing to tell it apart. A party's poll (London 2008's for Labour)
 * is not a candidate's and is not matched.
 */
public final class CampaignPolls {
    private CampaignPolls() {}

    /** The candidate whose campaign commissioned {@code poll}, if its client or published name names one. */
    public static Optional<Candidate> sponsor(Contest contest, Poll poll) {
        if (!(contest instanceof SingleWinnerContest single)) {
            return Optional.empty();
        }
        List<Candidate> people = people(single);
        String[] where = {poll.client(), poll.publishedAs(), sponsorNoted(poll.notes())};
        for (Candidate c : people) {
            List<String> names = new ArrayList<>();
            names.add(c.name());
            names.addAll(c.aliases());
            for (String text : where) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                for (String name : names) {
                    // One word is too little: "Breed" or "Kim" inside a firm's name would be no campaign.
                    if (name.trim().contains(" ") && Names.namedWithin(text, name)) {
                        return Optional.of(c);
                    }
                }
            }
        }
        return bySurname(people, where);
    }

    /**
     * A note's words for the candidate who sponsored the poll ({@link #SPONSOR_NOTE}, as FiveThirtyEight's files give a
     * {@code sponsor_candidate}), as a campaign: "Herschel Junior Walker campaign"; null without one. A note, not the
     * client, as the client is part of a stored poll's key: made the client, a file re-ingested into a store built
     * before stored the poll twice.
     */
    static String sponsorNoted(String notes) {
        if (notes == null) {
            return null;
        }
        int at = notes.indexOf(SPONSOR_NOTE);
        if (at < 0) {
            return null;
        }
        String rest = notes.substring(at + SPONSOR_NOTE.length());
        int end = rest.indexOf(';');
        return (end < 0 ? rest : rest.substring(0, end)).strip() + " campaign";
    }

    /** How a note names the candidate whose campaign sponsored a poll. */
    public static final String SPONSOR_NOTE = "sponsored by the campaign of ";

    /**
     * The contest's candidates who are people: a party standing as an option (a Westminster question's "Reform UK",
     * London 2028's) has no campaign of its own, and its poll is a party's (Find Out Now's May 2025 London poll for
     * Reform UK was flagged).
     */
    private static List<Candidate> people(SingleWinnerContest single) {
        return single.candidates().stream()
                .filter(c -> !c.id().equals(c.party()))
                .toList();
    }

    /**
     * A campaign named by its candidate's surname beside the word "campaign", as American tables' footnotes and the
     * press write it ("Poll sponsored by Gym's campaign", "Kenney campaign"): Philadelphia's 2015 and 2023 primaries'
     * internal polls went unflagged, a surname alone being no campaign. The word "campaign" must follow the surname, and
     * a surname two candidates share ("Brown's campaign", Jeff and Amen Brown in 2023) names no one.
     */
    private static Optional<Candidate> bySurname(List<Candidate> people, String[] where) {
        Map<String, List<Candidate>> bySurname = new LinkedHashMap<>();
        for (Candidate c : people) {
            String folded = Names.fold(c.name());
            int space = folded.lastIndexOf(' ');
            if (space >= 0) {
                bySurname
                        .computeIfAbsent(folded.substring(space + 1), k -> new ArrayList<>())
                        .add(c);
            }
        }
        for (String text : where) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (Map.Entry<String, List<Candidate>> e : bySurname.entrySet()) {
                String surname = e.getKey();
                // fold drops the apostrophe: "Gym's campaign" is "gyms campaign".
                if (e.getValue().size() == 1
                        && (Names.namedWithin(text, surname + " campaign")
                                || Names.namedWithin(text, surname + "s campaign"))) {
                    return Optional.of(e.getValue().get(0));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A note for an average holding campaign polls, or empty: "1 poll paid for by a candidate's campaign, averaged as
     * any other: Mark Farrell campaign for Mark Farrell (2024-06-12)".
     */
    public static Optional<String> note(Contest contest, List<Poll> polls) {
        List<String> each = new ArrayList<>();
        for (Poll p : polls) {
            sponsor(contest, p)
                    .ifPresent(c -> each.add((p.client().isBlank() ? p.publishedAs() : p.client()) + " for " + c.name()
                            + " (" + p.date() + ")"));
        }
        if (each.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(each.size() + (each.size() == 1 ? " poll" : " polls")
                + " paid for by a candidate's own campaign, averaged as any other: " + String.join(", ", each)
                + "; campaigns publish the surveys that flatter them, so read the candidate's share with care");
    }
}
