package org.pollcast.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.AllocationInput;
import org.pollcast.election.Election;
import org.pollcast.election.ListRegion;
import org.pollcast.election.Party;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.election.SeatMethod;

/**
 * {@code pollcast seats --format json}: the seat calculator's allocation. Shares are percentages of all list votes,
 * others included; {@code lastSeat} and {@code nextQuotient} are null when no party passed the threshold, and in a
 * uniform projection over list regions of different sizes (no one last seat: the notes say so); in one of alike regions
 * they are each region's.
 *
 * @param region the list region's id, where the contest allocates its list seats region by region (left out otherwise);
 *               {@code listSeats} and {@code constituencySeats} are then the region's
 * @param input  {@code votes} or {@code shares}: what the list figures were
 * @param threshold the contest's list threshold, percent; a party with one of its own (a coalition's,
 *                  {@code partyThresholds}) gives it as its {@code threshold}, left out for the rest
 * @param thresholdWaiver the constituency seats that admit a party to the list seats whatever its share (left out
 *                        when the contest has no waiver)
 * @param house    under {@code overhang: keep}, the house allocated (the contest's seats), and {@code overhang} the
 *                 seats it grew by; both left out when overhang is absorbed and the house is fixed
 */
public record SeatsJson(
        String election,
        String contest,
        @JsonInclude(JsonInclude.Include.NON_NULL) String region,
        String method,
        double threshold,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer thresholdWaiver,
        int listSeats,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer house,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer overhang,
        int constituencySeats,
        String input,
        List<Party> parties,
        double othersShare,
        Quotient lastSeat,
        Quotient nextQuotient,
        List<String> notes) {

    public SeatsJson {
        parties = List.copyOf(parties);
        notes = List.copyOf(notes);
    }

    public static String write(
            Election election,
            AdditionalMemberContest contest,
            ListRegion region,
            SeatMethod method,
            AllocationInput in,
            ListResult r,
            List<String> notes) {
        return Json.write(of(election, contest, region, method, in, r, notes));
    }

    public static SeatsJson of(
            Election election,
            AdditionalMemberContest contest,
            ListRegion region,
            SeatMethod method,
            AllocationInput in,
            ListResult r,
            List<String> notes) {
        double all = r.totalVotes();
        boolean keeps = contest.listRules().keepsOverhang();
        List<Party> parties = new ArrayList<>();
        for (int p = 0; p < in.parties().size(); p++) {
            int cons = in.constituencySeats()[p];
            int list = r.listSeats()[p];
            parties.add(new Party(
                    in.parties().get(p).id(),
                    in.parties().get(p).name(),
                    in.shares() ? null : in.votes()[p],
                    all > 0 ? 100 * in.votes()[p] / all : 0,
                    contest.listRules()
                            .partyThresholds()
                            .get(in.parties().get(p).id()),
                    r.overThreshold()[p],
                    contest.listRules().waives() ? r.eligible()[p] : null,
                    cons,
                    list,
                    cons + list));
        }
        return new SeatsJson(
                election.id(),
                contest.id(),
                region == null ? null : region.id(),
                // The plain name for a body without constituencies (SeatMethod.shownFor; docs/forecast-json.md).
                method.shownFor(contest.constituencySeats()),
                contest.threshold(),
                contest.listRules().waives() ? contest.listRules().thresholdWaiver() : null,
                region == null ? contest.listSeats() : region.listSeats(),
                keeps ? contest.seats() : null,
                keeps ? r.overhang() : null,
                contest.constituenciesOf(region).size(),
                in.shares() ? "shares" : "votes",
                parties,
                all > 0 ? 100 * in.others() / all : 0,
                Quotient.of(in, r.lastWinner(), r.lastQuotient()),
                Quotient.of(in, r.nextParty(), r.nextQuotient()),
                notes);
    }

    /**
     * One party's list figure and seats; {@code votes} is left out when the input was shares. {@code eligible} (whether
     * it could win list seats: over the threshold or through the waiver) is there only when the contest has a waiver;
     * without one it is {@code passedThreshold}.
     */
    public record Party(
            String party,
            String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double votes,
            double share,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double threshold,
            boolean passedThreshold,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean eligible,
            int constituencySeats,
            int listSeats,
            int totalSeats) {}

    /** The party whose quotient won the last list seat, or would have won the next one. */
    public record Quotient(String party, String name, double quotient) {

        /** Null when {@code party} is negative: no party had a quotient. */
        static Quotient of(AllocationInput in, int party, double q) {
            return party < 0
                    ? null
                    : new Quotient(
                            in.parties().get(party).id(),
                            in.parties().get(party).name(),
                            q);
        }
    }
}
