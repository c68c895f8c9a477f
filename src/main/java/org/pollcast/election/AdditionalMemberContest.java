package org.pollcast.election;

import java.util.ArrayList;
import java.util.List;

/**
 * A mixed-member contest: one seat per constituency by first-past-the-post, plus {@code listSeats} top-up
 * seats allocated by {@code method} to parties with at least {@code threshold} percent of valid list votes.
 * Its two limits are bodies of one ballot: with no constituencies, closed lists alone (the Senedd from 2026); with no
 * list seats, single-member constituencies alone, each won by first past the post (the House of Commons, Canada's
 * House of Commons: {@link #constituenciesOnly()}).
 *
 * @param name    what the body is called ("London Assembly", "Scottish Parliament"); null when the definition does
 *                not say, and then {@link #title} makes one from the area and the id
 * @param parties the parties (ids and names) that stand, on the list or in constituencies
 * @param blocs   seat thresholds whose probabilities a forecast reports
 * @param regions the list regions, each allocating its own list seats against the constituency seats won in it; empty
 *                when the list seats are allocated across the whole area (London)
 * @param listRules the threshold's waiver and what becomes of overhang ({@link ListRules#FIXED_HOUSE}: none, absorbed)
 * @param unstatedBallot the ballot a poll that states none asked ({@code pollsAsk}: {@link Scope#LIST} where a place's
 *                polls ask the list vote only, as German state polls ask the Zweitstimme); null: either ballot
 */
public record AdditionalMemberContest(
        String id,
        String name,
        int seats,
        int listSeats,
        SeatMethod method,
        double threshold,
        List<Party> parties,
        List<Constituency> constituencies,
        List<Bloc> blocs,
        List<ListRegion> regions,
        ListRules listRules,
        Scope unstatedBallot)
        implements Contest {

    public AdditionalMemberContest {
        parties = List.copyOf(parties);
        constituencies = List.copyOf(constituencies);
        blocs = List.copyOf(blocs);
        regions = List.copyOf(regions);
        if (listRules == null) {
            throw new IllegalArgumentException("list rules are required");
        }
    }

    /**
     * A contest of a fixed house: no threshold waiver, overhang absorbed ({@link ListRules#FIXED_HOUSE}), its polls that
     * state no ballot of either.
     */
    public AdditionalMemberContest(
            String id,
            String name,
            int seats,
            int listSeats,
            SeatMethod method,
            double threshold,
            List<Party> parties,
            List<Constituency> constituencies,
            List<Bloc> blocs,
            List<ListRegion> regions) {
        this(
                id,
                name,
                seats,
                listSeats,
                method,
                threshold,
                parties,
                constituencies,
                blocs,
                regions,
                ListRules.FIXED_HOUSE,
                null);
    }

    /**
     * The list seats of {@code region} (null: the whole area's) under this contest's threshold and {@link #listRules},
     * by {@code method} (the contest's own, or another asked for). The arrays are in the order of {@code order}, whose
     * ids give each list its threshold ({@link ListRules#thresholdOf}). {@code wholeAreaSeats} are the constituency
     * seats across the whole area, which the waiver counts (null: {@code constituencySeats}); a region's lists are held
     * to the threshold on {@code wholeAreaVotes} (one per party: the whole area's list votes) where it is passed across
     * the whole area ({@link ListRules#thresholdAcrossArea}), and on {@code listVotes} where it is not or with null.
     */
    public SeatAllocation.ListResult allocate(
            SeatMethod method,
            List<Party> order,
            double[] listVotes,
            int[] constituencySeats,
            boolean[] independent,
            double others,
            ListRegion region,
            int[] wholeAreaSeats,
            double[] wholeAreaVotes) {
        SeatAllocation.ListResult r = SeatAllocation.allocate(
                method,
                listVotes,
                constituencySeats,
                region == null ? listSeats : region.listSeats(),
                seats,
                thresholds(order.stream().map(Party::id).toList()),
                independent,
                others,
                listRules,
                wholeAreaSeats,
                region != null && listRules.thresholdAcrossArea() ? wholeAreaVotes : null);
        int[][] pairs = listRules.agreementPairs(order.stream().map(Party::id).toList());
        if (pairs.length > 0 && method.isDivisor()) {
            // Agreements are a divisor count's (a quota method, given with seats --method, has no quotients to pool).
            // The count's last and next quotients are not the agreements' (its last seat may be one a pair took),
            // so none is named rather than a wrong one.
            SeatAllocation.agreementsInto(method, listVotes, r.eligible(), pairs, r.listSeats());
            return new SeatAllocation.ListResult(
                    r.listSeats(),
                    r.eligible(),
                    -1,
                    Double.NaN,
                    -1,
                    Double.NaN,
                    r.totalVotes(),
                    r.overThreshold(),
                    r.overhang());
        }
        return r;
    }

    /** Each of {@code parties}' list threshold, percent, in their order: its own, else the contest's. */
    public double[] thresholds(List<String> parties) {
        return listRules.thresholds(parties, threshold);
    }

    /** The list threshold {@code party} must reach, percent: its own, else the contest's. */
    public double thresholdOf(String party) {
        return listRules.thresholdOf(party, threshold);
    }

    /**
     * The constituencies whose seats count against {@code region}'s list seats: the region's own, or every one when
     * {@code region} is null (the whole area).
     */
    public List<Constituency> constituenciesOf(ListRegion region) {
        return region == null
                ? constituencies
                : constituencies.stream()
                        .filter(c -> region.id().equals(c.region()))
                        .toList();
    }

    /** Whether the list seats are allocated region by region. */
    public boolean regional() {
        return !regions.isEmpty();
    }

    @Override
    public VotingSystem system() {
        return VotingSystem.ADDITIONAL_MEMBER;
    }

    /**
     * The body's name for headings: the definition's {@code name}, else the area and the contest's id ("London" and
     * {@code assembly}: "London Assembly").
     */
    public String title(String area) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return area + " " + Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    public int constituencySeats() {
        return constituencies.size();
    }

    /**
     * Whether every seat is a constituency won by first past the post and there is no list (the House of Commons):
     * one ballot, the constituency vote, which then leads the forecast as the list vote leads an additional-member
     * body's ({@link ListLead}).
     */
    public boolean constituenciesOnly() {
        return listSeats == 0 && !constituencies.isEmpty();
    }

    /**
     * The ballot whose whole-area vote leads a forecast of this body on its own: the list, or, in a body of
     * constituencies only, the constituency ballot, the only one.
     */
    public Scope leadBallot() {
        return constituenciesOnly() ? Scope.CONSTITUENCY : Scope.LIST;
    }

    /**
     * With no constituencies there is one ballot, so a poll that does not state one is of the list: read so, the
     * average, the pollsters' accuracy, the backtest's baselines and the report's trend all see it (a German table
     * states no ballot, and each of them saw no polls at all). With no list the one ballot is the constituency vote
     * (a Westminster voting-intention poll).
     */
    @Override
    public Scope defaultScope() {
        if (constituencies.isEmpty()) {
            return Scope.LIST;
        }
        if (constituenciesOnly()) {
            return Scope.CONSTITUENCY;
        }
        // A place whose polls ask one ballot only (pollsAsk): a poll that does not say asked that one.
        return unstatedBallot == null ? Scope.UNSPECIFIED : unstatedBallot;
    }

    @Override
    public List<Option> options() {
        List<Option> options = new ArrayList<>(parties.size() + 1);
        for (Party p : parties) {
            options.add(new Option(p.id(), p.name(), p.id()));
        }
        options.add(Option.other());
        return List.copyOf(options);
    }
}
