package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.AllocationInput;
import org.pollcast.election.Election;
import org.pollcast.election.ListRegion;
import org.pollcast.election.Option;
import org.pollcast.election.Party;
import org.pollcast.election.SeatAllocation;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.election.SeatMethod;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.AssemblyResultsReader;
import org.pollcast.ingest.AssemblyVotes;
import org.pollcast.ingest.ResultFile;
import org.pollcast.ingest.RowOwners;
import org.pollcast.report.SeatsReport;

/** The seats calculator: list seats from list shares (or a results file) and the constituency seats won. */
public final class SeatCalculator {
    /** How far list shares may sum above 100 before it is a typo rather than rounding. */
    private static final double ROUNDING_SLACK = 1.0;

    private SeatCalculator() {}

    public static SeatsResult allocate(Workspace ws, SeatsRequest request) {
        Election election = ws.catalog().resolve(request.election());
        AdditionalMemberContest contest = AssemblyResultsReader.contest(election);
        SeatMethod seatMethod = request.method() == null ? contest.method() : request.method();
        if ((request.list() == null) == (request.votesFile() == null)) {
            throw new RequestException(
                    request.list() == null ? "list" : "votes",
                    request.list() == null
                            ? "give the list votes, as shares (--list) or a results file (--votes)"
                            : "give --list or --votes, not both");
        }
        AliasTable aliases = ws.aliases();
        ListRegion region = region(request, contest);
        AllocationInput in = request.votesFile() != null
                ? fromFile(request, election, aliases, region)
                : fromShares(request, election, contest, aliases, region);
        int n = in.parties().size();
        boolean[] independent = new boolean[n];
        for (int p = 0; p < n; p++) {
            independent[p] = in.parties().get(p).independent();
        }
        ListResult r = SeatAllocation.allocate(
                seatMethod,
                in.votes(),
                in.constituencySeats(),
                region == null ? contest.listSeats() : region.listSeats(),
                contest.threshold(),
                independent,
                in.others());
        List<String> notes = new ArrayList<>(in.notes());
        if (in.published() != null) {
            notes.add(
                    java.util.Arrays.equals(in.published(), r.listSeats())
                            ? "the list seats match the file's list_seats"
                            : "the list seats differ from the file's list_seats");
        }
        return new SeatsResult(election, contest, seatMethod, in, r, notes, region);
    }

    /**
     * The list region asked for: a contest with regions allocates each region's list seats on its own (the Scottish
     * Parliament's 7 in each of 8), so one must be named; a contest without them takes none.
     */
    private static ListRegion region(SeatsRequest request, AdditionalMemberContest contest) {
        String known =
                String.join(", ", contest.regions().stream().map(ListRegion::id).toList());
        if (!contest.regional()) {
            if (request.region() != null) {
                throw new RequestException(
                        "region",
                        contest.id() + " has no list regions: its list seats are allocated across the whole area");
            }
            return null;
        }
        if (request.region() == null) {
            throw new RequestException(
                    "region",
                    contest.id() + " allocates its list seats region by region: name one with --region (" + known
                            + ")");
        }
        return contest.regions().stream()
                .filter(r -> r.id().equalsIgnoreCase(request.region().strip())
                        || r.name().equalsIgnoreCase(request.region().strip()))
                .findFirst()
                .orElseThrow(() -> new RequestException(
                        "region",
                        "unknown list region '" + request.region() + "' of " + contest.id() + "; known: " + known));
    }

    private static AllocationInput fromFile(
            SeatsRequest request, Election election, AliasTable aliases, ListRegion region) {
        AssemblyVotes v = region == null
                ? AssemblyResultsReader.read(request.votesFile(), election, aliases)
                : regionVotes(request, election, aliases, region);
        AdditionalMemberContest contest = AssemblyResultsReader.contest(election);
        List<String> notes = new ArrayList<>();
        notes.add("votes from " + request.votesFile() + " (" + election.date().getYear() + ", source "
                + (v.sources().isEmpty() ? "not given" : String.join(", ", v.sources())) + ")");
        int[] seats = v.constituencySeats();
        if (request.constituency() != null) {
            seats = constituencySeats(request, election, contest, aliases);
            notes.add("constituency seats from --constituency, not from the file");
        }
        return new AllocationInput(
                contest.parties(),
                v.listVotes(),
                seats,
                0,
                v.hasPublishedListSeats() && request.constituency() == null ? v.publishedListSeats() : null,
                false,
                notes);
    }

    /** A region's rows of a regional list results file; refused when its votes or seats are not all there. */
    private static AssemblyVotes regionVotes(
            SeatsRequest request, Election election, AliasTable aliases, ListRegion region) {
        AssemblyResultsReader.RegionVotes r = AssemblyResultsReader.readRegion(
                        List.of(ResultFile.named(request.votesFile())),
                        RowOwners.of(List.of(election)),
                        election,
                        aliases,
                        region)
                .orElseThrow(() -> new RequestException(
                        "votes",
                        request.votesFile() + ": no rows of " + election.date().getYear() + " for the region "
                                + region.name()
                                + " (a regional file: year, region, party, votes, list_seats, constituency_seats)"));
        if (r.blankVotes() > 0) {
            throw new RequestException(
                    "votes",
                    request.votesFile() + ": " + r.blankVotes() + " rows of " + region.name()
                            + " have no votes: its list cannot be allocated");
        }
        if (r.blankSeats() > 0 && request.constituency() == null) {
            throw new RequestException(
                    "constituency",
                    request.votesFile() + ": " + r.blankSeats() + " rows of " + region.name()
                            + " have no constituency seats: give them with --constituency");
        }
        return r.votes();
    }

    private static AllocationInput fromShares(
            SeatsRequest request,
            Election election,
            AdditionalMemberContest contest,
            AliasTable aliases,
            ListRegion region) {
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
            notes.add("others have " + SeatsReport.num(others)
                    + "% of the list vote: counted in the threshold's denominator, never seated");
        }
        int[] seats = new int[parties.size()];
        if (request.constituency() != null) {
            seats = constituencySeats(request, election, contest, aliases);
        } else {
            long within = region == null
                    ? contest.constituencySeats()
                    : contest.constituencies().stream()
                            .filter(c -> region.id().equals(c.region()))
                            .count();
            notes.add("no --constituency given: every party is assumed to hold 0 of the " + within
                    + " constituency seats" + (region == null ? "" : " of " + region.name()));
        }
        return new AllocationInput(parties, shares, seats, others, null, true, notes);
    }

    private static int[] constituencySeats(
            SeatsRequest request, Election election, AdditionalMemberContest contest, AliasTable aliases) {
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
        if (total > contest.constituencySeats()) {
            throw new RequestException(
                    "constituency",
                    "" + total + " seats in all, but " + contest.id() + " has " + contest.constituencySeats()
                            + " constituencies");
        }
        return seats;
    }

    /** (party, value) pairs as (party id, value), in the order given; two names of one party are an error. */
    private static List<Map.Entry<String, String>> pairs(
            String option, Map<String, String> given, Election election, AliasTable aliases) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
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
