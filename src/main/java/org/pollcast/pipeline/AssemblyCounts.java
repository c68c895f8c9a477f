package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.pollcast.BadInputException;
import org.pollcast.Counted;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Constituency;
import org.pollcast.election.ConstituencyVotes;
import org.pollcast.election.Election;
import org.pollcast.election.FirstPastThePost;
import org.pollcast.election.ListRegion;
import org.pollcast.election.OfficialCount;
import org.pollcast.election.Party;
import org.pollcast.election.SeatAllocation;
import org.pollcast.ingest.AssemblyResultsReader;
import org.pollcast.ingest.AssemblyVotes;
import org.pollcast.ingest.ConstituencyResultsReader;
import org.pollcast.ingest.ResultFile;
import org.pollcast.ingest.ResultFiles;

/**
 * The Assembly half of {@code pollcast count}: each constituency whose bundled figures are complete by first past
 * the post, then the list seats by the contest's divisor method on the list votes, with the constituency seats
 * counted here when all are, else the published ones. Says which figures are incomplete.
 */
final class AssemblyCounts {
    private AssemblyCounts() {}

    static OfficialCount.Assembly count(Workspace ws, Election election, List<String> notes) {
        Optional<AdditionalMemberContest> found = election.first(AdditionalMemberContest.class);
        if (found.isEmpty()) {
            return null;
        }
        AdditionalMemberContest contest = found.get();
        Map<String, ConstituencyVotes> rows = ConstituencyResultsReader.read(
                ws.resultFiles(ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_RESULTS),
                ws.rowOwners(),
                election,
                contest,
                ws.aliases());
        List<Party> parties = contest.parties();
        int[] won = new int[parties.size()];
        List<OfficialCount.Seat> seats = new ArrayList<>();
        List<String> notCounted = new ArrayList<>();
        for (Constituency c : contest.constituencies()) {
            ConstituencyVotes v = rows.get(c.name());
            if (v == null) {
                notCounted.add(c.name() + ": no figures");
                continue;
            }
            if (!v.countable()) {
                notCounted.add(String.format(
                        Locale.ROOT,
                        "%s: incomplete (%d of %d rows with votes%s)",
                        c.name(),
                        v.known(),
                        v.votes().length,
                        v.complete() ? "" : ", candidates missing"));
                continue;
            }
            double[] votes = new double[v.votes().length];
            long valid = 0;
            for (int i = 0; i < votes.length; i++) {
                votes[i] = v.votes()[i];
                valid += v.votes()[i];
            }
            int w = FirstPastThePost.winner(votes, 0, votes.length);
            int second = -1;
            for (int i = 0; i < votes.length; i++) {
                if (i != w && (second < 0 || votes[i] > votes[second])) {
                    second = i;
                }
            }
            int p = partyIndex(parties, v.options().get(w));
            if (p >= 0) {
                won[p]++;
            }
            seats.add(new OfficialCount.Seat(
                    c.name(),
                    v.labels().get(w),
                    v.options().get(w),
                    v.votes()[w],
                    second < 0 ? null : v.labels().get(second),
                    second < 0 ? v.votes()[w] : v.votes()[w] - v.votes()[second],
                    valid,
                    v.elected() < 0 || v.elected() == w));
        }
        if (rows.isEmpty() && notCounted.size() > 1) {
            // No constituency of this election has figures (results not in yet): one line, naming the
            // file, where count printed "no figures" once for each of Scotland's 73.
            notCounted.clear();
            notCounted.add("all " + contest.constituencies().size() + " constituencies: no figures (no "
                    + election.date().getYear() + " rows for " + election.id() + " in "
                    + ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_RESULTS.fileName(election.series()) + ")");
        }
        if (contest.regional()) {
            String byRegion = regionalListSeats(ws, election, contest, seats, notCounted);
            return new OfficialCount.Assembly(
                    contest.id(),
                    seats,
                    notCounted,
                    "each region's counted constituencies when all of them are, else the published ones",
                    List.of(),
                    null,
                    byRegion,
                    contest.threshold());
        }
        if (contest.constituenciesOnly()) {
            return constituenciesOnly(contest, seats, notCounted, won);
        }
        List<ResultFile> listFiles = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_LIST_RESULTS);
        AssemblyVotes list;
        try {
            list = listFiles.isEmpty()
                    ? null
                    : AssemblyResultsReader.read(listFiles, ws.rowOwners(), election, ws.aliases(), true);
        } catch (BadInputException e) {
            notes.add(contest.id() + ": list seats not counted: " + e.getMessage());
            list = null;
        }
        List<OfficialCount.ListSeats> listSeats = new ArrayList<>();
        OfficialCount.Check listCheck = null;
        String listNote = null;
        String from;
        if (notCounted.isEmpty()) {
            from = "counted here, all " + seats.size() + " constituencies";
        } else {
            from = "the published constituency seats (" + ResultFiles.namesFor(listFiles, election) + "): only "
                    + seats.size() + " of " + contest.constituencySeats() + " constituencies "
                    + Counted.word(seats.size(), "has", "have") + " complete figures";
        }
        if (list != null) {
            int[] constituency = notCounted.isEmpty() ? won : list.constituencySeats();
            boolean[] independent = new boolean[parties.size()];
            for (int p = 0; p < parties.size(); p++) {
                independent[p] = parties.get(p).independent();
            }
            long named = 0;
            for (double x : list.listVotes()) {
                named += (long) x;
            }
            OptionalLong valid = ws.results().validVotes(election, "assembly_list");
            // Votes for parties the file does not name: its "Others" row, else what the published valid votes leave.
            // Without them the threshold's denominator is the named parties' votes alone, and a party under the
            // threshold clears it (Germany's BSW, 4.98% of all second votes, read 5.21% of the named parties').
            long others = Math.max((long) list.others(), valid.isPresent() ? valid.getAsLong() - named : 0);
            long sum = named + others;
            SeatAllocation.ListResult r = contest.allocate(
                    contest.method(), parties, list.listVotes(), constituency, independent, others, null, null, null);
            for (int p = 0; p < parties.size(); p++) {
                if (list.listVotes()[p] == 0 && constituency[p] == 0) {
                    continue;
                }
                listSeats.add(new OfficialCount.ListSeats(
                        parties.get(p).id(),
                        parties.get(p).name(),
                        (long) list.listVotes()[p],
                        100 * list.listVotes()[p] / sum,
                        contest.listRules().variesByParty()
                                ? contest.thresholdOf(parties.get(p).id())
                                : null,
                        r.overThreshold()[p],
                        contest.listRules().waives() ? r.eligible()[p] : null,
                        constituency[p],
                        r.listSeats()[p],
                        constituency[p] + r.listSeats()[p],
                        list.publishedListSeats()[p]));
            }
            if (list.hasPublishedListSeats()) {
                boolean same = Arrays.equals(r.listSeats(), list.publishedListSeats());
                listCheck = new OfficialCount.Check(
                        parties.stream().map(Party::id).toList(),
                        Arrays.stream(r.listSeats()).asLongStream().toArray(),
                        Arrays.stream(list.publishedListSeats()).asLongStream().toArray(),
                        same,
                        "list seats " + (same ? "the same as" : "DIFFERENT from") + " the published ones"
                                + differences(parties, r.listSeats(), list.publishedListSeats())
                                + (same ? "" : unnamedQuotas(contest, parties, others, sum)));
            }
            String house = !contest.listRules().keepsOverhang()
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            "overhang kept: %d seats in all, the %d-seat house%s; ",
                            contest.seats() + r.overhang(),
                            contest.seats(),
                            r.overhang() == 0 ? " with no overhang" : " and " + r.overhang() + " overhang");
            listNote = house + listVotesNote(election, sum, (long) list.others(), others, valid);
        }
        if (seats.isEmpty() && list == null) {
            return null;
        }
        return new OfficialCount.Assembly(
                contest.id(), seats, notCounted, from, listSeats, listCheck, listNote, contest.threshold());
    }

    /**
     * How complete the list votes are: {@code sum} against the published valid votes, where given; else what the file's
     * Others row ({@code othersRow}) says, where it has one. {@code others} are the votes for parties the file does not
     * name.
     */
    private static String listVotesNote(Election election, long sum, long othersRow, long others, OptionalLong valid) {
        String turnout = ResultFiles.Kind.TURNOUT.fileName(election.series());
        int year = election.date().getYear();
        if (valid.isEmpty() && othersRow > 0) {
            return String.format(
                    Locale.ROOT,
                    "list votes sum to %,d with the file's Others row (%,d), taken as every valid vote; a row of %d"
                            + " with contest assembly_list in %s checks it",
                    sum,
                    othersRow,
                    year,
                    turnout);
        }
        if (valid.isEmpty()) {
            return String.format(
                    Locale.ROOT,
                    "list votes sum to %,d; no published valid-vote total to say whether every party is there (a row"
                            + " of %d with contest assembly_list in %s gives it)",
                    sum,
                    year,
                    turnout);
        }
        if (valid.getAsLong() != sum) {
            return String.format(
                    Locale.ROOT,
                    "list votes sum to %,d, more than the %,d published valid votes",
                    sum,
                    valid.getAsLong());
        }
        return String.format(Locale.ROOT, "list votes complete: %,d, the published valid votes", sum)
                + (others == 0
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                ", %,d of them for parties the file does not name (in the threshold's denominator,"
                                        + " never seated)",
                                others));
    }

    /**
     * A body of constituencies only: no list to read or allocate (before, the count went looking for a list result and
     * said the list seats were not counted), and the seats by party are the constituencies' winners, counted here.
     */
    private static OfficialCount.Assembly constituenciesOnly(
            AdditionalMemberContest contest, List<OfficialCount.Seat> seats, List<String> notCounted, int[] won) {
        if (seats.isEmpty()) {
            return null;
        }
        List<String> byParty = new ArrayList<>();
        for (int p = 0; p < won.length; p++) {
            if (won[p] > 0) {
                byParty.add(contest.parties().get(p).id() + " " + won[p]);
            }
        }
        int others = seats.size() - Arrays.stream(won).sum();
        if (others > 0) {
            byParty.add("others " + others);
        }
        String note = String.format(
                Locale.ROOT,
                "no list: every seat is a constituency; seats won in the %d counted: %s%s (a majority is %d of %d)",
                seats.size(),
                String.join(", ", byParty),
                notCounted.isEmpty() ? "" : ", " + (contest.constituencies().size() - seats.size()) + " not counted",
                contest.seats() / 2 + 1,
                contest.seats());
        return new OfficialCount.Assembly(
                contest.id(),
                seats,
                notCounted,
                notCounted.isEmpty() ? "counted here, all " + seats.size() + " constituencies" : "counted here",
                List.of(),
                null,
                note,
                contest.threshold());
    }

    /**
     * The list seats region by region, one line per region: each region's list votes allocated by the contest's method
     * against the constituency seats won in it (counted here when all its constituencies are, else as published) and
     * checked against its published list seats. A region whose votes or seats are not all in the regional list
     * results file is named and not counted.
     */
    private static String regionalListSeats(
            Workspace ws,
            Election election,
            AdditionalMemberContest contest,
            List<OfficialCount.Seat> counted,
            List<String> notCounted) {
        List<ResultFile> files = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_REGIONAL_LIST_RESULTS);
        List<Party> parties = contest.parties();
        boolean[] independent = new boolean[parties.size()];
        for (int p = 0; p < parties.size(); p++) {
            independent[p] = parties.get(p).independent();
        }
        Map<String, String> winnerOf = new HashMap<>();
        counted.forEach(x -> winnerOf.put(x.constituency(), x.party()));
        List<String> lines = new ArrayList<>();
        // The waiver counts constituency seats across the whole area, not a region's: those counted here.
        int[] wholeArea = null;
        if (contest.listRules().waives()) {
            wholeArea = new int[parties.size()];
            for (OfficialCount.Seat x : counted) {
                int p = partyIndex(parties, x.party());
                if (p >= 0) {
                    wholeArea[p]++;
                }
            }
            if (counted.size() < contest.constituencySeats()) {
                lines.add("the threshold's waiver counts the " + counted.size() + " constituencies counted here, not"
                        + " all " + contest.constituencySeats());
            }
        }
        // A threshold passed across the whole area (Poland's national 5%) is passed on the regions' votes summed.
        double[] wholeAreaVotes = contest.listRules().thresholdAcrossArea()
                ? summedRegionVotes(ws, election, contest, files, parties.size())
                : null;
        if (contest.listRules().thresholdAcrossArea() && wholeAreaVotes == null) {
            lines.add("the threshold is passed across the whole area, and not every region's list votes are in "
                    + ResultFiles.Kind.ASSEMBLY_REGIONAL_LIST_RESULTS.fileName(election.series())
                    + ": each region is held to its own votes here");
        }
        int same = 0;
        int checked = 0;
        String none = "not counted (no " + election.date().getYear() + " rows in "
                + ResultFiles.Kind.ASSEMBLY_REGIONAL_LIST_RESULTS.fileName(election.series()) + ")";
        int withoutRows = 0;
        for (ListRegion region : contest.regions()) {
            Optional<AssemblyResultsReader.RegionVotes> read =
                    AssemblyResultsReader.readRegion(files, ws.rowOwners(), election, ws.aliases(), region);
            if (read.isEmpty()) {
                lines.add(region.name() + ": " + none);
                withoutRows++;
                continue;
            }
            AssemblyVotes v = read.get().votes();
            if (read.get().blankVotes() > 0) {
                lines.add(region.name() + ": not counted (" + read.get().blankVotes() + " rows without their votes)");
                continue;
            }
            List<Constituency> within = contest.constituenciesOf(region);
            boolean allCounted = within.stream().allMatch(c -> winnerOf.containsKey(c.name()));
            int[] won = new int[parties.size()];
            if (allCounted) {
                for (Constituency c : within) {
                    int p = partyIndex(parties, winnerOf.get(c.name()));
                    if (p >= 0) {
                        won[p]++;
                    }
                }
            } else if (read.get().blankSeats() > 0) {
                lines.add(region.name() + ": not counted (its constituencies are not all counted here, and the file"
                        + " gives no constituency seats for it)");
                continue;
            } else {
                System.arraycopy(v.constituencySeats(), 0, won, 0, won.length);
            }
            SeatAllocation.ListResult r = contest.allocate(
                    contest.method(), parties, v.listVotes(), won, independent, 0, region, wholeArea, wholeAreaVotes);
            StringBuilder line = new StringBuilder(region.name()).append(": ");
            List<String> shares = new ArrayList<>();
            for (int p = 0; p < parties.size(); p++) {
                if (r.listSeats()[p] > 0) {
                    shares.add(parties.get(p).id() + " " + r.listSeats()[p]);
                }
            }
            line.append(String.join(", ", shares));
            if (v.hasPublishedListSeats()) {
                boolean matches = Arrays.equals(r.listSeats(), v.publishedListSeats());
                checked++;
                same += matches ? 1 : 0;
                line.append(
                        matches
                                ? " (the same as published)"
                                : " (DIFFERENT from the published ones"
                                        + differences(parties, r.listSeats(), v.publishedListSeats()) + ")");
            }
            line.append(allCounted ? "" : "; against the published constituency seats");
            lines.add(line.toString());
        }
        if (withoutRows == contest.regions().size()) {
            // No region's list votes at all: one line, and what the whole area's file holds, which the count cannot
            // use (its seats are allocated region by region). The Welsh, Scottish and Catalan trials each gave the
            // whole area's list votes and read a "not counted" for every region, with no word of that file.
            lines.removeIf(l -> l.endsWith(": " + none));
            lines.add("every region " + none + wholeAreaWords(ws, election, parties));
        }
        // "0 of 0 checked" read as a failed check; with no region's list seats published there is nothing to check.
        String tally = checked == 0
                ? "none checked: no region's list seats are published"
                : same + " of " + checked + " checked regions as published";
        return "list seats by region (" + tally + "):\n  " + String.join("\n  ", lines);
    }

    /**
     * What the whole area's list results hold, for a body whose list seats are allocated region by region: the votes
     * are not counted into seats, which each region's votes would be. Empty where the file has no rows of the year.
     */
    private static String wholeAreaWords(Workspace ws, Election election, List<Party> parties) {
        List<ResultFile> files = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_LIST_RESULTS);
        if (files.isEmpty()) {
            return "";
        }
        AssemblyVotes v;
        try {
            v = AssemblyResultsReader.read(files, ws.rowOwners(), election, ws.aliases(), true);
        } catch (BadInputException e) {
            return "";
        }
        double sum = v.others();
        for (double x : v.listVotes()) {
            sum += x;
        }
        if (sum <= 0) {
            return "";
        }
        List<String> shares = new ArrayList<>();
        for (int p = 0; p < parties.size() && p < v.listVotes().length; p++) {
            if (v.listVotes()[p] > 0) {
                shares.add(
                        String.format(Locale.ROOT, "%s %.1f%%", parties.get(p).id(), 100 * v.listVotes()[p] / sum));
            }
        }
        return "; " + ResultFiles.namesFor(files, election) + " gives the whole area's list votes ("
                + String.join(", ", shares)
                + "), which count no seats here: the list seats are allocated region by region, so give each region's"
                + " votes (and its list seats, to check them) in "
                + ResultFiles.Kind.ASSEMBLY_REGIONAL_LIST_RESULTS.fileName(election.series());
    }

    /** Every region's list votes summed by party, or null when some region has none, or some without their votes. */
    private static double[] summedRegionVotes(
            Workspace ws, Election election, AdditionalMemberContest contest, List<ResultFile> files, int parties) {
        double[] sum = new double[parties];
        for (ListRegion region : contest.regions()) {
            Optional<AssemblyResultsReader.RegionVotes> read =
                    AssemblyResultsReader.readRegion(files, ws.rowOwners(), election, ws.aliases(), region);
            if (read.isEmpty() || read.get().blankVotes() > 0) {
                return null;
            }
            double[] v = read.get().votes().listVotes();
            for (int p = 0; p < parties; p++) {
                sum[p] += v[p];
            }
        }
        return sum;
    }

    private static int partyIndex(List<Party> parties, String id) {
        for (int p = 0; p < parties.size(); p++) {
            if (parties.get(p).id().equals(id)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Why a quota count with no threshold may differ from the published seats: the parties the file does not name
     * are never seated (a seat is a named party's), and where their votes make whole quotas those seats go to the
     * named lists by remainder. South Africa's 2024 file of four parties and an Others row of 2,237,031 votes (a blind
     * trial's) counted ANC 175 where it won 159, EFF 52 where it won 39, with nothing said of why; where such parties
     * won none (2019's 309,451 votes, spread over thirty lists), the count is the published one.
     */
    private static String unnamedQuotas(AdditionalMemberContest contest, List<Party> parties, long others, long sum) {
        if (others <= 0
                || sum <= 0
                || contest.method().isDivisor()
                || !SeatAllocation.noThreshold(
                        contest.thresholds(parties.stream().map(Party::id).toList()))) {
            return "";
        }
        double quotas = (double) others * contest.method().quotaDivisor(contest.listSeats()) / sum;
        if (quotas < 1) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "; the %,d votes for parties the file does not name make %.1f quotas, and a quota with no threshold"
                        + " seats them: if those parties won seats, give each its own row (a seat is a named party's),"
                        + " for here their quotas' seats went to the named lists",
                others,
                quotas);
    }

    /**
     * ": A 49 (published 50), V 24 (23)", the parties whose counted list seats differ from the published ones, or ""
     * where none do: "DIFFERENT from the published ones" alone left the reader to find them in the table (Denmark's
     * blind trial, a national largest-remainder count of two Danish tiers).
     */
    static String differences(List<Party> parties, int[] counted, int[] published) {
        List<String> differ = new ArrayList<>();
        for (int p = 0; p < parties.size() && p < counted.length && p < published.length; p++) {
            if (counted[p] != published[p]) {
                differ.add(parties.get(p).name() + " " + counted[p] + (differ.isEmpty() ? " (published " : " (")
                        + published[p] + ")");
            }
        }
        return differ.isEmpty() ? "" : ": " + String.join(", ", differ);
    }
}
