package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.CanonicalCsv;
import org.pollcast.report.AssemblyTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "elections",
        mixinStandardHelpOptions = true,
        description = "Lists the election definitions in data/elections/, validating every one.",
        footer = {"", "Example:", "  pollcast elections"})
final class ElectionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<Election> elections = common.catalog().all();
        PrintWriter out = spec.commandLine().getOut();
        // The id column as wide as the longest id: "westmidlands-2024" ran into its date at a fixed 12.
        int width = elections.stream().mapToInt(e -> e.id().length()).max().orElse(12);
        for (Election e : elections) {
            StringBuilder s = new StringBuilder(
                    String.format("%-" + Math.max(12, width) + "s %s  %s", e.id(), e.date(), e.name()));
            for (Contest c : e.contests().values()) {
                s.append("\n    ").append(c.id()).append(": ").append(c.system().code());
                if (c instanceof SingleWinnerContest sw
                        && !sw.scopes().equals(sw.system().defaultScopes())) {
                    s.append(", ")
                            .append(sw.candidates().size())
                            .append(" options, ")
                            .append(String.join(
                                    ", ", sw.scopes().stream().map(Scope::code).toList()))
                            .append(" polls only");
                } else if (c instanceof SingleWinnerContest sw) {
                    // A vote that elects no one (office: none: a popular vote, a referendum) has options, not
                    // candidates: "2 candidates" for Remain and Leave read as if someone were standing.
                    s.append(", ")
                            .append(sw.candidates().size())
                            .append(e.electsNoOne() ? " options, elects no one" : " candidates");
                    // A definition's own count areas are what election night needs; say they were read.
                    if (!sw.areas().isEmpty()) {
                        s.append(", counted in ").append(sw.areas().size()).append(" areas");
                    }
                    // Two rounds: the second's day is the definition's own, and what a forecast after the first
                    // round is of; the line had said only "two-round".
                    if (sw.secondRound() != null) {
                        s.append("; second round ").append(sw.secondRound());
                    }
                    // A first round that elects on less than half: say the rule a reader would otherwise assume.
                    if (OutrightRule.never(sw.outright())) {
                        s.append("; the first round elects no one: its two leaders always meet in the second");
                    } else if (!sw.outright().isEmpty()) {
                        s.append("; elected in the first round with ").append(OutrightRule.describe(sw.outright()));
                    }
                    // A finalist who left the second round's ballot (Boston 2025's Josh Kraft).
                    sw.leftSecondRound()
                            .forEach((id, day) -> s.append("; ")
                                    .append(sw.nameOf(id))
                                    .append(" withdrew from the second round on ")
                                    .append(day));
                } else if (c instanceof AdditionalMemberContest ams && ams.constituenciesOnly()) {
                    // No list: a method and a threshold would name rules that allocate nothing.
                    s.append(", ")
                            .append(ams.seats())
                            .append(" seats (every seat a constituency, by first past the post; no list)")
                            .append(e.listLed() ? "; forecast from its vote" : "");
                } else if (c instanceof AdditionalMemberContest ams) {
                    s.append(", ")
                            .append(ams.seats())
                            .append(" seats (")
                            // A pure list body: "all list", not "0 constituencies + 96 list".
                            .append(
                                    ams.constituencySeats() == 0
                                            ? "all"
                                            : ams.constituencySeats() + " constituencies + " + ams.listSeats())
                            .append(ams.regional() ? " list in " + ams.regions().size() + " regions, " : " list, ")
                            .append(ams.method().shownFor(ams.constituencySeats()))
                            .append(", ")
                            .append(
                                    ams.threshold() == 0
                                            ? "no threshold"
                                            : "threshold " + CanonicalCsv.number(ams.threshold()) + "%"
                                                    + AssemblyTables.ownThresholdWords(ams)
                                                    + (ams.listRules().thresholdAcrossArea()
                                                            ? " across the whole area"
                                                            : ""))
                            .append(waiverWords(ams))
                            .append(ams.listRules().keepsOverhang() ? ", overhang kept: the house grows by it" : "")
                            .append(
                                    ams.listRules().bonus() == null
                                            ? ""
                                            : ", " + ams.listRules().bonus().words())
                            .append(
                                    ams.listRules().surplusAgreements().isEmpty()
                                            ? ""
                                            : ", surplus agreements: "
                                                    + String.join(
                                                            ", ",
                                                            ams.listRules().surplusAgreements().stream()
                                                                    .map(a -> String.join(" and ", a))
                                                                    .toList()))
                            .append(")")
                            .append(e.listLed() ? "; forecast from its list vote" : "")
                            .append(
                                    ams.unstatedBallot() == Scope.LIST
                                            ? "; a poll that states no ballot is a list poll (pollsAsk: list)"
                                            : "");
                }
            }
            if (e.pollingBlackoutDays() > 0) {
                // What pollster-accuracy's final window is counted back from: say it was read.
                // Poland's electoral silence is the one day before polling day: "in the 1 days" read as a slip.
                s.append("\n    polling blackout: no poll published ")
                        .append(
                                e.pollingBlackoutDays() == 1
                                        ? "on the day before polling day"
                                        : "in the " + e.pollingBlackoutDays() + " days before polling day");
            }
            if (e.baseline() != null) {
                s.append("\n    baseline: ").append(e.baseline());
            }
            out.println(s);
        }
        return 0;
    }

    /** " or 1 constituency seat" after the threshold, where a party winning that many may win list seats regardless. */
    private static String waiverWords(AdditionalMemberContest ams) {
        int w = ams.listRules().thresholdWaiver();
        return w == 0 ? "" : " or " + w + " constituency seat" + (w == 1 ? "" : "s");
    }
}
