package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.AllocationInput;
import org.pollcast.election.Election;
import org.pollcast.election.ListRegion;
import org.pollcast.election.Option;
import org.pollcast.election.Party;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.election.SeatMethod;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.AssemblyResultsReader;
import org.pollcast.ingest.AssemblyVotes;
import org.pollcast.ingest.ResultFile;
import org.pollcast.ingest.RowOwners;
import org.pollcast.report.SeatsReport;

/**
 * The seats calculator: list seats from list shares (or a results file) and the constituency seats won. Where the
 * list seats are allocated region by region (the Senedd's 5 regions of 4, the Scottish Parliament's 8 of 7), it
 * allocates one region's, from that region's list votes and constituency seats: one pool of every list seat would
 * seat parties that no region elects.
 */
public final class SeatCalculator {
    /** How far list shares may sum above 100 before it is a typo rather than rounding. */
    private static final double ROUNDING_SLACK = 1.0;

    private SeatCalculator() {}

    public static SeatsResult allocate(Workspace ws, SeatsRequest request) {
        Election election = ws.catalog().resolve(request.election());
        AdditionalMemberContest contest = AssemblyResultsReader.contest(election);
        SeatMethod seatMethod = request.method() == null ? contest.method() : request.method();
        if (!seatMethod.isDivisor() && contest.constituencySeats() > 0) {
            throw new RequestException(
                    "method",
                    "'" + seatMethod.code() + "' counts no constituency seats, and " + election.id() + " has "
                            + contest.constituencySeats() + ": its list seats top them up by dhondt-modified or"
                            + " sainte-lague-modified");
        }
        if ((request.list() == null) == (request.votesFile() == null)) {
            throw new RequestException(
                    request.list() == null ? "list" : "votes",
                    request.list() == null
                            ? "give the list votes, as shares (--list) or a results file (--votes)"
                            : "give --list or --votes, not both");
        }
        AliasTable aliases = ws.aliases();
        if (uniform(contest, request)) {
            return uniformly(election, contest, seatMethod, fromShares(request, election, contest, null, aliases));
        }
        ListRegion region = region(election, contest, request.region());
        AllocationInput in = request.votesFile() != null
                ? fromFile(request, election, region, aliases)
                : fromShares(request, election, contest, region, aliases);
        boolean[] independent = in.independent();
        ListResult r = contest.allocate(
                seatMethod,
                in.parties(),
                in.votes(),
                in.constituencySeats(),
                independent,
                in.others(),
                region,
                null,
                null);
        List<String> notes = new ArrayList<>(in.notes());
        if (contest.constituencies().isEmpty()
                && !contest.regional()
                && election.baseline() != null
                && request.method() == null) {
            // The rule's own miss on the baseline, as the forecast says it: a national list standing for a country
            // that counts district by district gives seats that are the rule's, not the country's.
            ws.seatRuleCheck(ws.catalog().resolve(election.baseline())).ifPresent(notes::add);
        }
        if (region != null && contest.listRules().thresholdAcrossArea()) {
            notes.add("the threshold is passed across the whole area: " + region.name() + "'s figures given stand for"
                    + " the whole area's here (give every region's at once, without --region, for a uniform"
                    + " projection)");
        }
        if (region != null && contest.listRules().waives()) {
            notes.add("the threshold's waiver counts the constituency seats given, " + region.name() + "'s: a party"
                    + " with " + contest.listRules().thresholdWaiver() + " across the whole area may win list seats"
                    + " here too");
        }
        if (contest.listRules().keepsOverhang()) {
            notes.add("overhang kept: the " + contest.seats() + "-seat house is allocated among the eligible parties"
                    + (r.overhang() == 0
                            ? "; no party won more constituency seats than its share, so the house stays at "
                                    + contest.seats()
                            : " and grows by " + r.overhang() + " overhang seat" + (r.overhang() == 1 ? "" : "s")
                                    + " to " + (contest.seats() + r.overhang())));
        }
        if (in.published() != null) {
            notes.add(
                    Arrays.equals(in.published(), r.listSeats())
                            ? "the list seats match the file's list_seats"
                            : "the list seats differ from the file's list_seats");
        }
        return new SeatsResult(election, contest, region, seatMethod, in, r, notes, false);
    }

    /**
     * Whole-area list shares for a body of lists alone whose seats go region by region, with no region named: the
     * question a pundit asks of a poll. With no constituency seats to count, each region's seats follow from its shares
     * alone, so each is allocated at these; where constituencies count against the list seats, a region's own are
     * needed and {@link #region} asks for them.
     */
    private static boolean uniform(AdditionalMemberContest contest, SeatsRequest request) {
        return contest.regional()
                && contest.constituencies().isEmpty()
                && request.list() != null
                && (request.region() == null || request.region().isBlank());
    }

    private static SeatsResult uniformly(
            Election election, AdditionalMemberContest contest, SeatMethod method, AllocationInput in) {
        int n = in.parties().size();
        boolean[] independent = in.independent();
        int[] seats = new int[n];
        ListResult first = null;
        for (ListRegion region : contest.regions()) {
            ListResult r = contest.allocate(
                    method,
                    in.parties(),
                    in.votes(),
                    in.constituencySeats(),
                    independent,
                    in.others(),
                    region,
                    null,
                    null);
            for (int p = 0; p < n; p++) {
                seats[p] += r.listSeats()[p];
            }
            first = first == null ? r : first;
        }
        long sizes = contest.regions().stream()
                .mapToInt(ListRegion::listSeats)
                .distinct()
                .count();
        // Alike regions give alike quotients, each region's; regions of different sizes have no one last seat to name.
        ListResult sum = new ListResult(
                seats,
                first.eligible(),
                sizes == 1 ? first.lastWinner() : -1,
                sizes == 1 ? first.lastQuotient() : Double.NaN,
                sizes == 1 ? first.nextParty() : -1,
                sizes == 1 ? first.nextQuotient() : Double.NaN,
                first.totalVotes(),
                first.overThreshold(),
                0);
        List<String> notes = new ArrayList<>(in.notes());
        int k = contest.regions().size();
        notes.add(
                k + " regions" + (sizes == 1 ? " of " + contest.regions().get(0).listSeats() + " seats each" : "")
                        + " at the same shares: a uniform projection. Real regions differ from the whole area, and where"
                        + " a party is close to a seat a small local lean moves it: `forecast` draws each region's own");
        return new SeatsResult(election, contest, null, method, in, sum, notes, true);
    }

    /**
     * The list region {@code given} names (by id or name, in any case); null for a contest without regions. A contest
     * with regions needs one: its list seats are not one pool.
     */
    private static ListRegion region(Election election, AdditionalMemberContest contest, String given) {
        String known =
                String.join(", ", contest.regions().stream().map(ListRegion::id).toList());
        if (given == null || given.isBlank()) {
            if (contest.regional()) {
                throw new RequestException(
                        "region",
                        election.id() + "'s " + contest.id() + " allocates its " + contest.listSeats()
                                + " list seats region by region ("
                                + contest.regions().size()
                                + " regions), not as one pool: give --region (" + known + ") with that region's list"
                                + (contest.constituencies().isEmpty() ? " shares" : " shares and constituency seats")
                                + ", or its rows of a regional list results file");
            }
            return null;
        }
        if (!contest.regional()) {
            throw new RequestException(
                    "region",
                    election.id() + "'s " + contest.id() + " has no list regions: its " + contest.listSeats()
                            + " list seats are allocated across the whole area");
        }
        String g = given.trim();
        return contest.regions().stream()
                .filter(x -> x.id().equalsIgnoreCase(g) || x.name().equalsIgnoreCase(g))
                .findFirst()
                .orElseThrow(() -> new RequestException(
                        "region", "'" + g + "' is not a list region of " + election.id() + "; known: " + known));
    }

    /** The constituencies whose seats count against {@code region}'s list seats (all of them without regions). */
    private static int constituencies(AdditionalMemberContest contest, ListRegion region) {
        return contest.constituenciesOf(region).size();
    }

    private static AllocationInput fromFile(
            SeatsRequest request, Election election, ListRegion region, AliasTable aliases) {
        AdditionalMemberContest contest = AssemblyResultsReader.contest(election);
        AssemblyVotes v;
        if (region == null) {
            v = AssemblyResultsReader.read(request.votesFile(), election, aliases);
        } else {
            AssemblyResultsReader.RegionVotes rv = AssemblyResultsReader.readRegion(
                            List.of(ResultFile.named(request.votesFile())),
                            RowOwners.of(List.of(election)),
                            election,
                            aliases,
                            region)
                    .orElseThrow(() -> new RequestException(
                            "votes",
                            request.votesFile() + ": no rows for " + region.name() + " in "
                                    + election.date().getYear()));
            if (rv.blankVotes() > 0) {
                throw new RequestException(
                        "votes",
                        request.votesFile() + ": " + rv.blankVotes() + " of " + region.name() + "'s rows of "
                                + election.date().getYear() + " give no votes (seats only): its list seats cannot be"
                                + " allocated from them");
            }
            if (rv.blankSeats() > 0 && request.constituency() == null) {
                throw new RequestException(
                        "constituency",
                        request.votesFile() + ": " + region.name() + "'s rows give no constituency_seats: give"
                                + " --constituency");
            }
            v = rv.votes();
        }
        List<String> notes = new ArrayList<>();
        notes.add("votes from " + request.votesFile() + " (" + election.date().getYear()
                + (region == null ? "" : ", " + region.name()) + ", source "
                + (v.sources().isEmpty() ? "not given" : String.join(", ", v.sources())) + ")");
        int[] seats = v.constituencySeats();
        if (request.constituency() != null) {
            seats = constituencySeats(request, election, contest, region, aliases);
            notes.add("constituency seats from --constituency, not from the file");
        }
        return new AllocationInput(
                contest.parties(),
                v.listVotes(),
                seats,
                v.others(),
                v.hasPublishedListSeats() && request.constituency() == null ? v.publishedListSeats() : null,
                false,
                notes);
    }

    private static AllocationInput fromShares(
            SeatsRequest request,
            Election election,
            AdditionalMemberContest contest,
            ListRegion region,
            AliasTable aliases) {
        List<Party> parties = contest.parties();
        double[] shares = new double[parties.size()];
        double explicitOthers = 0;
        for (Map.Entry<String, String> e : pairs("list", request.list(), election, aliases)) {
            double share = share(e.getValue());
            if (e.getKey().equals(Option.OTHER)) {
                explicitOthers += share;
            } else {
                shares[indexOf(parties, e.getKey())] = share;
            }
        }
        double sum = explicitOthers;
        for (double s : shares) {
            sum += s;
        }
        if (sum > 100 + ROUNDING_SLACK) {
            throw new RequestException(
                    "list",
                    "shares sum to " + SeatsReport.num(sum) + "; expected at most 100 (for vote counts, use --votes)");
        }
        List<String> notes = new ArrayList<>();
        double others = Math.max(0, 100 - sum) + explicitOthers;
        if (others > 0) {
            notes.add("others have " + SeatsReport.num(others) + "% of the list vote: "
                    + (SeatsReport.hasThreshold(contest) ? "counted in the threshold's denominator, " : "")
                    + "never seated");
        }
        int[] seats = new int[parties.size()];
        if (request.constituency() != null) {
            seats = constituencySeats(request, election, contest, region, aliases);
        } else if (constituencies(contest, region) > 0) {
            // A pure list body has no constituency seats to assume anything of.
            notes.add("no --constituency given: every party is assumed to hold 0 of the "
                    + constituencies(contest, region) + " constituency seats"
                    + (region == null ? "" : " of " + region.name()));
        }
        return new AllocationInput(parties, shares, seats, others, null, true, notes);
    }

    private static int[] constituencySeats(
            SeatsRequest request,
            Election election,
            AdditionalMemberContest contest,
            ListRegion region,
            AliasTable aliases) {
        int[] seats = new int[contest.parties().size()];
        int total = 0;
        for (Map.Entry<String, String> e : pairs("constituency", request.constituency(), election, aliases)) {
            if (e.getKey().equals(Option.OTHER)) {
                throw new RequestException("constituency", "seats go to named parties, not to '" + e.getKey() + "'");
            }
            int won;
            try {
                won = Integer.parseInt(e.getValue());
            } catch (NumberFormatException x) {
                throw new RequestException(
                        "constituency", "'" + e.getValue() + "' for " + e.getKey() + " is not a whole number of seats");
            }
            if (won < 0) {
                throw new RequestException("constituency", "" + won + " seats for " + e.getKey() + " is negative");
            }
            seats[indexOf(contest.parties(), e.getKey())] = won;
            total += won;
        }
        int within = constituencies(contest, region);
        if (total > within) {
            throw new RequestException(
                    "constituency",
                    "" + total + " seats in all, but " + (region == null ? contest.id() : region.name()) + " has "
                            + within + " constituencies");
        }
        return seats;
    }

    /** (party, value) pairs as (party id, value), in the order given; two names of one party are an error. */
    private static List<Map.Entry<String, String>> pairs(
            String option, Map<String, String> given, Election election, AliasTable aliases) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String id =
                    AssemblyResultsReader.partyId(election, aliases, e.getKey().trim(), option);
            if (!seen.add(id)) {
                throw new RequestException(option, "party " + id + " is given twice");
            }
            out.add(Map.entry(id, e.getValue().trim()));
        }
        if (out.isEmpty()) {
            throw new RequestException(option, "empty; expected PARTY=VALUE pairs such as lab=38,con=30");
        }
        return out;
    }

    private static double share(String text) {
        double s;
        try {
            s = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RequestException("list", "'" + text + "' is not a share (a percentage)");
        }
        if (!(s >= 0 && s <= 100)) {
            throw new RequestException("list", "share " + text + " is outside 0–100");
        }
        return s;
    }

    private static int indexOf(List<Party> parties, String id) {
        for (int p = 0; p < parties.size(); p++) {
            if (parties.get(p).id().equals(id)) {
                return p;
            }
        }
        throw new IllegalStateException("resolved party " + id + " is not in the contest");
    }
}
