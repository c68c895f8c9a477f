package org.pollcast.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.CountArea;
import org.pollcast.election.Declaration;
import org.pollcast.election.Election;
import org.pollcast.election.LeadVote;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.LiveForecast;

/**
 * Everything election night's page shows, computed beforehand.
 *
 * @param projection   the projection from every declaration so far
 * @param declarations the declarations, in the order they arrived
 * @param steps        the projection before the first declaration (step 0) and after each, the last being
 *                     {@code projection} itself
 * @param runAt        when the page was made
 */
public record NightInput(
        Election election, LiveForecast projection, List<Declaration> declarations, List<Step> steps, Instant runAt) {

    public NightInput {
        declarations = List.copyOf(declarations);
        steps = List.copyOf(steps);
    }

    /**
     * The projection with the first {@code declared} declarations.
     *
     * @param added  the declaration this step added, or null for step 0
     * @param sims   its simulations
     * @param runoff whether this step is the second preferences counted (after the last first-round declaration)
     */
    public record Step(int declared, Declaration added, LiveForecast forecast, long sims, boolean runoff) {
        public Step(int declared, Declaration added, LiveForecast forecast, long sims) {
            this(declared, added, forecast, sims, false);
        }
    }

    /**
     * What the page calls the places declaring, singular: "constituency" where the Mayor is counted by the Assembly's
     * constituencies (London), "area" where the definition lists the contest's own count areas.
     */
    String unit() {
        return ownAreas() ? "area" : "constituency";
    }

    /** {@link #unit()}, plural. */
    String units() {
        return ownAreas() ? "areas" : "constituencies";
    }

    /**
     * Whether the night follows the list vote of an election without a Mayor: then the seats are the headline, and
     * the declarations, the bands and the moves are the parties' list votes ({@link ListNightPage}).
     */
    boolean listLed() {
        return election.listLed();
    }

    /**
     * The vote a night with no Mayor follows ({@link #listLed()}): the list vote, or a body of constituencies only's
     * vote, whose words, share column and file names the page and its files take; null when a Mayor leads.
     */
    LeadVote leadVote() {
        return election.leadVote().orElse(null);
    }

    /** What a party's chance is of, on a night led by {@link #leadVote()}: "the most list votes", "the most votes". */
    String most() {
        return "the most " + leadVote().plural();
    }

    /**
     * The lead vote's shares to open a title, on a night with no Mayor: "List vote", and "Vote share" for a body of
     * constituencies only (where "Vote" alone reads as a ballot paper); {@link #votesTitle()} for a Mayor's.
     */
    String shareTitle() {
        return leadVote() == LeadVote.LIST ? "List vote" : votesTitle();
    }

    /**
     * What the page calls the constituencies that elect members: "Assembly constituencies" beside a Mayor's count, plain
     * "constituencies" where they are the only ones (a list-led night, the Scottish Parliament's too).
     */
    String seatUnits() {
        return listLed() ? "constituencies" : "Assembly constituencies";
    }

    /** {@link #seatUnits()}, singular. */
    String seatUnit() {
        return listLed() ? "constituency" : "Assembly constituency";
    }

    /**
     * What the lead's shares are of: "first preferences" where a count can go to a second round, "the vote" under
     * first past the post, which has one round and no second preference ("the list vote" for a list-led night).
     */
    String votes() {
        if (listLed()) {
            return "the " + leadVote().words();
        }
        return projection.system().equals(VotingSystem.FPTP.code()) ? "the vote" : "first preferences";
    }

    /** What a share is called in a heading or column: "first preferences", "vote share", "the list vote". */
    String shareWord() {
        return votes().equals("the vote") ? "vote share" : votes();
    }

    /** {@link #shareWord()} to open a title: "First preferences", "Vote share", "The list vote". */
    String votesTitle() {
        String v = shareWord();
        return Character.toUpperCase(v.charAt(0)) + v.substring(1);
    }

    /** The whole place's figures: "London-wide", "West Midlands-wide". */
    String wide() {
        return election.area() + "-wide";
    }

    /** Whether the Mayor's contest lists its own count areas (and so, maybe, their tiles). */
    boolean ownAreas() {
        return election.first(SingleWinnerContest.class)
                .filter(c -> c.id().equals(projection.contest()))
                .map(SingleWinnerContest::hasOwnAreas)
                .orElse(false);
    }

    /** The count areas of the projected contest, in definition order; empty if the contest cannot be found. */
    List<CountArea> areas() {
        return election.first(SingleWinnerContest.class)
                .filter(c -> c.id().equals(projection.contest()))
                .map(election::countAreas)
                .orElse(List.of());
    }

    /** The candidate likeliest to win on the projection: whose chance the moves chart follows. */
    LiveForecast.Candidate leader() {
        return ranked().get(0);
    }

    /** The candidates by chance of winning, then by share, "others" last. */
    List<LiveForecast.Candidate> ranked() {
        return projection.candidates().stream()
                .filter(c -> !c.id().equals("other"))
                .sorted(Comparator.comparingDouble(LiveForecast.Candidate::pWin)
                        .thenComparingDouble(c -> c.firstPref().p50())
                        .reversed())
                .toList();
    }

    /** The Assembly's name on the page ("London Assembly"); only with an Assembly projected. */
    String assemblyTitle() {
        return election.contest(projection.assembly().forecast().contest())
                .filter(AdditionalMemberContest.class::isInstance)
                .map(c -> ((AdditionalMemberContest) c).title(election.area()))
                .orElse(election.area() + " Assembly");
    }

    /** The Assembly constituency seats declared so far, by party id, in the order of the parties' first win. */
    Map<String, Integer> assemblyDeclared() {
        Map<String, Integer> won = new LinkedHashMap<>();
        if (projection.assembly() != null) {
            projection.assembly().declared().forEach(d -> won.merge(d.party(), 1, Integer::sum));
        }
        return won;
    }

    /** A step's figures for candidate {@code id}. */
    static LiveForecast.Candidate of(LiveForecast f, String id) {
        return f.candidates().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
