package org.pollcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Party;
import org.pollcast.election.SeatAllocation;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.election.SeatMethod;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.AssemblyResultsReader;
import org.pollcast.ingest.AssemblyVotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "seats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The Assembly's seats for given list votes, worked out exactly (no simulation): each party's "
                + "constituency, list and total seats, whether it passed the threshold, the last quotient that won a list "
                + "seat and the next one that missed. List shares that sum to less than 100 leave the rest to 'others', "
                + "who count in the threshold's denominator and never win a seat."},
        footer = {"", "Examples:",
                "  pollcast seats london-2028 --list lab=38,con=30,grn=11,ld=9,reform=6 \\",
                "      --constituency lab=9,con=5",
                "  pollcast seats london-2024 \\",
                "      --votes data/results/london_assembly_list_results.csv",
                "  pollcast seats london-2016 --method sainte-lague-modified --format json \\",
                "      --votes data/results/london_assembly_list_results.csv"})
final class SeatsCommand implements Callable<Integer> {
    /** How far list shares may sum above 100 before it is a typo rather than rounding. */
    private static final double ROUNDING_SLACK = 1.0;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "ELECTION", description = "An election id or a definition file.")
    String electionArg;

    @picocli.CommandLine.Option(names = "--list", paramLabel = "SHARES",
            description = "List vote shares in percent, PARTY=SHARE separated by commas; a party is an id or a name.")
    String list;

    @picocli.CommandLine.Option(names = "--constituency", paramLabel = "SEATS",
            description = "Constituency seats won, PARTY=SEATS separated by commas. Default with --list: none; "
                    + "with --votes: the file's constituency_seats.")
    String constituency;

    @picocli.CommandLine.Option(names = "--votes", paramLabel = "FILE",
            description = "A results file laid out like data/results/london_assembly_list_results.csv; the rows of "
                    + "the election's year are used.")
    Path votesFile;

    @picocli.CommandLine.Option(names = "--method", paramLabel = "METHOD",
            description = "dhondt-modified or sainte-lague-modified. Default: the contest's own.")
    String method;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    String format = "table";

    /** What was allocated: votes (or shares) and constituency seats per contest party, plus the unlisted rest. */
    record Input(List<Party> parties, double[] votes, int[] constituencySeats, double others, int[] published,
            boolean shares, List<String> notes) {
    }

    @Override
    public Integer call() {
        OutputFormat output = OutputFormat.parse(format);
        Election election = common.catalog().resolve(electionArg);
        AdditionalMemberContest contest = AssemblyResultsReader.contest(election);
        SeatMethod seatMethod = method == null ? contest.method() : SeatMethod.fromCode(method.trim()).orElseThrow(
                () -> new BadInputException("--method: unknown method '" + method + "'; expected dhondt-modified or "
                        + "sainte-lague-modified"));
        if ((list == null) == (votesFile == null)) {
            throw new BadInputException(list == null ? "--list or --votes: give the list votes, as shares (--list) or a "
                    + "results file (--votes)" : "--list and --votes: give one, not both");
        }
        AliasTable aliases = common.aliases();
        Input in = votesFile != null ? fromFile(election, aliases) : fromShares(election, contest, aliases);
        int n = in.parties().size();
        boolean[] independent = new boolean[n];
        for (int p = 0; p < n; p++) {
            independent[p] = in.parties().get(p).independent();
        }
        ListResult r = SeatAllocation.allocate(seatMethod, in.votes(), in.constituencySeats(), contest.listSeats(), contest.threshold(),
                independent, in.others());
        List<String> notes = new ArrayList<>(in.notes());
        if (in.published() != null) {
            notes.add(java.util.Arrays.equals(in.published(), r.listSeats()) ? "the list seats match the file's list_seats"
                    : "the list seats differ from the file's list_seats");
        }
        PrintWriter out = spec.commandLine().getOut();
        String title = election.id() + " " + contest.id() + ": " + contest.listSeats() + " list seats by " + seatMethod.code()
                + ", threshold " + SeatsReport.num(contest.threshold()) + "% of all list votes";
        switch (output) {
            case TABLE -> {
                out.println(title);
                out.print(Tables.text(SeatsReport.table(contest, in, r)));
                out.println(SeatsReport.quotientLine("last list seat won by", in, r.lastWinner(), r.lastQuotient(), "none"));
                out.println(SeatsReport.quotientLine("next quotient (missed)", in, r.nextParty(), r.nextQuotient(), "none"));
                notes.forEach(note -> out.println("note: " + note));
            }
            case CSV -> out.print(Tables.csv(SeatsReport.table(contest, in, r)));
            case JSON -> out.println(SeatsReport.json(election, contest, seatMethod, in, r, notes));
        }
        return 0;
    }

    private Input fromFile(Election election, AliasTable aliases) {
        AssemblyVotes v = AssemblyResultsReader.read(votesFile, election, aliases);
        AdditionalMemberContest contest = AssemblyResultsReader.contest(election);
        List<String> notes = new ArrayList<>();
        notes.add("votes from " + votesFile + " (" + election.date().getYear() + ", source "
                + (v.sources().isEmpty() ? "not given" : String.join(", ", v.sources())) + ")");
        int[] seats = v.constituencySeats();
        if (constituency != null) {
            seats = constituencySeats(election, contest, aliases);
            notes.add("constituency seats from --constituency, not from the file");
        }
        return new Input(contest.parties(), v.listVotes(), seats, 0, v.hasPublishedListSeats() && constituency == null
                ? v.publishedListSeats() : null, false, notes);
    }

    private Input fromShares(Election election, AdditionalMemberContest contest, AliasTable aliases) {
        List<Party> parties = contest.parties();
        double[] shares = new double[parties.size()];
        double explicitOthers = 0;
        for (Map.Entry<String, String> e : pairs("--list", list, election, aliases)) {
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
            throw new BadInputException("--list: shares sum to " + SeatsReport.num(sum) + "; expected at most 100 (for vote counts, use --votes)");
        }
        List<String> notes = new ArrayList<>();
        double others = Math.max(0, 100 - sum) + explicitOthers;
        if (others > 0) {
            notes.add("others have " + SeatsReport.num(others) + "% of the list vote: counted in the threshold's denominator, never seated");
        }
        int[] seats = new int[parties.size()];
        if (constituency != null) {
            seats = constituencySeats(election, contest, aliases);
        } else {
            notes.add("no --constituency given: every party is assumed to hold 0 of the " + contest.constituencySeats()
                    + " constituency seats");
        }
        return new Input(parties, shares, seats, others, null, true, notes);
    }

    private int[] constituencySeats(Election election, AdditionalMemberContest contest, AliasTable aliases) {
        int[] seats = new int[contest.parties().size()];
        int total = 0;
        for (Map.Entry<String, String> e : pairs("--constituency", constituency, election, aliases)) {
            if (e.getKey().equals(Option.OTHER)) {
                throw new BadInputException("--constituency: seats go to named parties, not to '" + e.getKey() + "'");
            }
            int won;
            try {
                won = Integer.parseInt(e.getValue());
            } catch (NumberFormatException x) {
                throw new BadInputException("--constituency: '" + e.getValue() + "' for " + e.getKey() + " is not a whole number of seats");
            }
            if (won < 0) {
                throw new BadInputException("--constituency: " + won + " seats for " + e.getKey() + " is negative");
            }
            seats[indexOf(contest.parties(), e.getKey())] = won;
            total += won;
        }
        if (total > contest.constituencySeats()) {
            throw new BadInputException("--constituency: " + total + " seats in all, but " + contest.id() + " has "
                    + contest.constituencySeats() + " constituencies");
        }
        return seats;
    }

    /** PARTY=VALUE pairs as (party id, value), in the order given; a party named twice is an error. */
    private static List<Map.Entry<String, String>> pairs(String option, String text, Election election, AliasTable aliases) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String item : text.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new BadInputException(option + ": '" + item.trim() + "' is not PARTY=VALUE");
            }
            String id = AssemblyResultsReader.partyId(election, aliases, item.substring(0, eq).trim(), option);
            if (!seen.add(id)) {
                throw new BadInputException(option + ": party " + id + " is given twice");
            }
            out.add(Map.entry(id, item.substring(eq + 1).trim()));
        }
        if (out.isEmpty()) {
            throw new BadInputException(option + ": empty; expected PARTY=VALUE pairs such as lab=38,con=30");
        }
        return out;
    }

    private double share(String text) {
        double s;
        try {
            s = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadInputException("--list: '" + text + "' is not a share (a percentage)");
        }
        if (!(s >= 0 && s <= 100)) {
            throw new BadInputException("--list: share " + text + " is outside 0–100");
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
