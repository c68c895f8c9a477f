package org.pollcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pollcast.election.SeatMethod;
import org.pollcast.pipeline.SeatCalculator;
import org.pollcast.pipeline.SeatsRequest;
import org.pollcast.pipeline.SeatsResult;
import org.pollcast.report.AssemblyTables;
import org.pollcast.report.SeatsJson;
import org.pollcast.report.SeatsReport;
import org.pollcast.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "seats",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The Assembly's seats for given list votes, worked out exactly (no simulation): each party's "
                    + "constituency, list and total seats, whether it passed the threshold, the last quotient that won a list "
                    + "seat and the next one that missed. List shares that sum to less than 100 leave the rest to 'others', "
                    + "who count in the threshold's denominator and never win a seat.",
            "Where the list seats are allocated region by region (the Senedd, the Scottish Parliament), give --region "
                    + "and that region's list shares (or its rows of a regional list results file) and constituency seats. "
                    + "A body of lists alone (the Senedd from 2026) given whole-area shares and no region has each region "
                    + "allocated at those shares, and the seats summed: a uniform projection. Columns that say nothing "
                    + "are left out: passed_threshold where there is no threshold, constituency where there are none."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast seats london-2028 --list lab=38,con=30,grn=11,ld=9,reform=6 \\",
            "      --constituency lab=9,con=5",
            "  pollcast seats london-2024 \\",
            "      --votes data/results/london_assembly_list_results.csv",
            "  pollcast seats london-2016 --method sainte-lague-modified --format json \\",
            "      --votes data/results/london_assembly_list_results.csv",
            "  pollcast seats wales-2021 --region south-wales-central \\",
            "      --list lab=40,con=22,plaid=18,grn=6,ld=5 --constituency lab=8"
        })
final class SeatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ElectionArgument electionArg;

    @picocli.CommandLine.Option(
            names = "--list",
            paramLabel = "PARTY=SHARE",
            split = ",",
            description = "List vote shares in percent, separated by commas; a party is an id or a name.")
    Map<String, String> list;

    @picocli.CommandLine.Option(
            names = "--constituency",
            paramLabel = "PARTY=SEATS",
            split = ",",
            description = "Constituency seats won, separated by commas. Default with --list: none; "
                    + "with --votes: the file's constituency_seats.")
    Map<String, String> constituency;

    @picocli.CommandLine.Option(
            names = "--votes",
            paramLabel = "FILE",
            description = "A results file laid out like data/results/london_assembly_list_results.csv; the rows of "
                    + "the election's year are used.")
    Path votesFile;

    @picocli.CommandLine.Option(
            names = "--region",
            paramLabel = "REGION",
            description =
                    "The list region whose seats to allocate (an id or a name), where the contest allocates its list"
                            + " seats region by region; --list, --constituency and --votes are then that region's.")
    String region;

    @picocli.CommandLine.Option(
            names = "--method",
            paramLabel = "METHOD",
            converter = Converters.SeatMethods.class,
            completionCandidates = Converters.SeatMethods.class,
            description = "dhondt-modified or sainte-lague-modified. Default: the contest's own.")
    SeatMethod method;

    @picocli.CommandLine.Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        eachPartyOnce("--list");
        eachPartyOnce("--constituency");
        SeatsResult s = SeatCalculator.allocate(
                common.workspace(spec.commandLine().getErr()),
                new SeatsRequest(electionArg.get(), method, list, constituency, votesFile, region));
        PrintWriter out = spec.commandLine().getOut();
        int waiver = s.contest().listRules().thresholdWaiver();
        String title = s.election().id() + " " + s.contest().id()
                + (s.region() == null
                        ? s.uniform() ? ", every region at these shares" : ""
                        : ", " + s.region().name())
                + ": "
                + (s.contest().listRules().keepsOverhang()
                        ? "the " + s.contest().seats() + "-seat house by "
                                + s.method().shownFor(s.contest().constituencySeats()) + ", overhang kept"
                        : s.listSeats() + " list seats by "
                                + s.method().shownFor(s.contest().constituencySeats()))
                + (s.contest().threshold() == 0
                        ? ", no threshold"
                        : ", threshold " + SeatsReport.num(s.contest().threshold()) + "% of all list votes"
                                + AssemblyTables.ownThresholdWords(s.contest()))
                + (waiver == 0 ? "" : " or " + waiver + " constituency seat" + (waiver == 1 ? "" : "s"))
                // The bonus is inside the first list's seats: said, or its 158 of Greece's June 2023 read as the
                // method's from 40.6% of the vote.
                + (s.contest().listRules().bonus() == null
                        ? ""
                        : "; " + s.contest().listRules().bonus().words() + ", inside its seats");
        switch (format) {
            case TABLE -> {
                out.println(title);
                out.print(Tables.text(SeatsReport.table(s.contest(), s.input(), s.result())));
                // Under overhang kept the quotients are the whole house's: its last seat, not the last list seat.
                boolean house = s.contest().listRules().keepsOverhang();
                String each = s.uniform() ? " (in each region)" : "";
                String none = s.uniform()
                        ? "not one: the regions differ in size"
                        : !s.contest().listRules().surplusAgreements().isEmpty()
                                        && s.method().isDivisor()
                                ? "not named: the surplus agreements count the seats again, pair by pair"
                                : "none";
                if (!s.method().isDivisor()) {
                    // Largest remainder: the last seat went to a remainder, a share of a quota, not to a quotient.
                    out.println(SeatsReport.remainderLine(
                            "last seat won on a remainder by" + each,
                            s.input(),
                            s.result().lastWinner(),
                            s.result().lastQuotient(),
                            "none: every seat went to a whole quota"));
                    out.println(SeatsReport.remainderLine(
                            "next remainder (missed)" + each,
                            s.input(),
                            s.result().nextParty(),
                            s.result().nextQuotient(),
                            none));
                    tie(s).ifPresent(t -> out.println("note: " + t));
                    s.notes().forEach(note -> out.println("note: " + note));
                    return 0;
                }
                out.println(SeatsReport.quotientLine(
                        (house ? "last seat of the house won by" : "last list seat won by") + each,
                        s.input(),
                        s.result().lastWinner(),
                        s.result().lastQuotient(),
                        none));
                out.println(SeatsReport.quotientLine(
                        "next quotient (missed)" + each,
                        s.input(),
                        s.result().nextParty(),
                        s.result().nextQuotient(),
                        none));
                tie(s).ifPresent(t -> out.println("note: " + t));
                s.notes().forEach(note -> out.println("note: " + note));
            }
            case CSV -> out.print(Tables.csv(SeatsReport.table(s.contest(), s.input(), s.result())));
            case JSON ->
                out.println(SeatsJson.write(
                        s.election(), s.contest(), s.region(), s.method(), s.input(), s.result(), s.notes()));
        }
        return 0;
    }

    private static Optional<String> tie(SeatsResult s) {
        return SeatsReport.tieNote(
                s.input(),
                s.result().lastWinner(),
                s.result().lastQuotient(),
                s.result().nextParty(),
                s.result().nextQuotient());
    }

    /**
     * picocli keeps the last value of a key given twice ({@code lab=38,lab=2}), but a party named twice is a mistake.
     * (The calculator catches two names of one party, {@code lab=38,Labour=2}.)
     */
    private void eachPartyOnce(String option) {
        OptionSpec o = spec.findOption(option);
        Set<String> seen = new HashSet<>();
        for (String given : o.originalStringValues()) {
            for (String pair : given.split(o.splitRegex())) {
                String party = pair.substring(0, Math.max(0, pair.indexOf('='))).trim();
                if (!seen.add(party)) {
                    throw new ParameterException(spec.commandLine(), option + ": party " + party + " is given twice");
                }
            }
        }
    }
}
