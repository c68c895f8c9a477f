package org.pollcast.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pollcast.election.LeadVote;
import org.pollcast.election.Option;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffPair;
import org.pollcast.simulate.Shifts;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The forecast for people (headline, candidates, run-off pairs) and as CSV (one row per candidate). */
public final class ForecastTables {
    private ForecastTables() {}

    public static void print(MayorForecast f, PrintWriter out) {
        print(f, (LeadVote) null, out);
    }

    /**
     * As {@link #print(MayorForecast, PrintWriter)}; {@code leadVote}: null, or what {@code f} is a vote of in an
     * election with only an additional-member contest ("list vote"; "vote" in a body of constituencies only), whose
     * "winner" is the party with the most of those votes.
     */
    public static void print(MayorForecast f, LeadVote leadVote, PrintWriter out) {
        boolean listLed = leadVote != null;
        out.printf(
                Locale.ROOT,
                "%s %s (%s) as of %s, %d %s before polling day: %,d simulations%s, seed %d%n",
                f.election(),
                f.contest(),
                listLed
                        ? leadVote.words() + "; win_%: the chance of the most " + leadVote.plural()
                        : f.secondRoundOnly() ? "two-round: the second round" : f.system(),
                f.input().asOf(),
                f.input().daysToElection(),
                f.input().daysToElection() == 1 ? "day" : "days",
                f.sims(),
                f.kept() == f.sims() ? "" : String.format(Locale.ROOT, " (%,d meet the scenario)", f.kept()),
                f.settings().seed());
        Table table = candidates(f);
        if (listLed) {
            table.column("first_pref").setName(leadVote.shareColumn());
        } else if (f.secondRoundOnly()) {
            // The round's vote is no first preference; the CSV keeps the one header its readers parse.
            table.column("first_pref").setName("second_round");
        }
        out.print(Tables.text(table));
        // Pairs under 0.05% are not listed; with none left (a winner outright in nearly every draw) no heading either,
        // which printed with nothing under it.
        List<RunoffPair> shown = likelyPairs(f.runoffPairs(), 4);
        if (!shown.isEmpty()) {
            out.println(likelyPairsHeading(f.system()));
            for (RunoffPair p : shown) {
                // The Monte Carlo error as win_se's (Tables.chanceError): to one decimal, a 0.1% pair (se 0.01) read
                // "± 0.0". The chance as every chance is printed: a pair in all but a few simulations is ">99.9%".
                out.printf(
                        Locale.ROOT,
                        "  %s v %s: %s%% (± %s)%s%n",
                        p.a(),
                        p.b(),
                        Tables.chance(p.p(), true),
                        Tables.chanceError(100 * p.se(), f.kept()),
                        pairSplit(p));
            }
        }
        f.notes().forEach(n -> out.println("note: " + n));
    }

    /** The likeliest {@code most} final pairs, each in at least 0.05% of simulations (fewer print as 0.0%). */
    static List<RunoffPair> likelyPairs(List<RunoffPair> pairs, int most) {
        return pairs.stream().filter(x -> x.p() >= 0.0005).limit(most).toList();
    }

    /** The heading over the likeliest pairs, in the words of the system's count ({@code system}: its code). */
    static String likelyPairsHeading(String system) {
        return VotingSystem.INSTANT_RUNOFF.code().equals(system)
                ? "Most likely final two:"
                : VotingSystem.TWO_ROUND.code().equals(system) ? "Most likely second rounds:" : "Most likely run-offs:";
    }

    /**
     * The pair's own split of the final round, "; khan 56.1% of the two (90% 51.2–61.0)": a candidate's final-round
     * share in the table mixes its opponents. Empty when the split was not tallied.
     */
    static String pairSplit(RunoffPair p) {
        return p.shareOf(p.a())
                .map(d -> String.format(
                        Locale.ROOT, "; %s %.1f%% of the two (90%% %.1f–%.1f)", p.a(), d.mean(), d.p05(), d.p95()))
                .orElse("");
    }

    /**
     * {@code t} with the scenario on every row when {@code f} is one: {@code scenario}, its conditions as the notes
     * say them ({@code reform wins and grn.seats>=3}), and {@code sims_kept}, how many simulations met them. A
     * scenario's CSV is read away from its command (a graphics desk's spreadsheet), where Labour's 0.0% under
     * {@code reform.wins} would otherwise read as the forecast. A forecast's CSV is left as it is.
     */
    public static Table withScenario(Table t, MayorForecast f) {
        List<String> said = scenario(f);
        if (said.isEmpty()) {
            return t;
        }
        Table marked = t.copy();
        StringColumn scenario = StringColumn.create("scenario");
        tech.tablesaw.api.LongColumn kept = tech.tablesaw.api.LongColumn.create("sims_kept");
        for (int r = 0; r < t.rowCount(); r++) {
            scenario.append(String.join(" and ", said));
            kept.append(f.kept());
        }
        return marked.addColumns(scenario, kept);
    }

    /**
     * What makes {@code f} a scenario, as its files say it: its moves ({@code shifted reform+5.0, con-5.0}), then its
     * conditions; empty for the forecast itself.
     */
    public static List<String> scenario(MayorForecast f) {
        List<String> shifts = Shifts.of(f.input());
        List<String> said = new ArrayList<>();
        if (!shifts.isEmpty()) {
            said.add("shifted " + String.join(", ", shifts));
        }
        said.addAll(f.conditions());
        return said;
    }

    public static Table candidates(MayorForecast f) {
        StringColumn id = StringColumn.create("candidate");
        StringColumn name = StringColumn.create("name");
        StringColumn party = StringColumn.create("party");
        DoubleColumn win = Tables.chances(DoubleColumn.create("win_%"));
        DoubleColumn winSe = Tables.chanceErrors(DoubleColumn.create("win_se"), f.kept());
        DoubleColumn outright = Tables.chances(DoubleColumn.create("outright_%"));
        DoubleColumn runoff = Tables.chances(DoubleColumn.create("runoff_%"));
        DoubleColumn mean = Tables.decimals(DoubleColumn.create("first_pref"), 1);
        DoubleColumn low = Tables.decimals(DoubleColumn.create("p05"), 1);
        DoubleColumn high = Tables.decimals(DoubleColumn.create("p95"), 1);
        for (CandidateForecast c : f.listed()) {
            id.append(c.id());
            name.append(c.name());
            party.append(c.party() == null ? "" : c.party());
            // "Others" is every candidate the polls leave unnamed, together: no one who can win or reach a run-off,
            // so its chance cells are left empty. A 0 there read as a verdict on a row that could hold the largest
            // share (a no-poll forecast of a race with many candidates).
            boolean together = Option.OTHER.equals(c.id());
            Tables.append(win, together ? Double.NaN : 100 * c.pWin());
            Tables.append(winSe, together ? Double.NaN : 100 * c.pWinSe());
            Tables.append(outright, together ? Double.NaN : 100 * c.pFirstRoundWin());
            Tables.append(runoff, together ? Double.NaN : 100 * c.pRunoff());
            Tables.append(mean, c.firstPref().mean());
            Tables.append(low, c.firstPref().p05());
            Tables.append(high, c.firstPref().p95());
        }
        if (VotingSystem.FPTP.code().equals(f.system())) {
            // One round: no run-off to reach, and "outright" would repeat the win column.
            return Table.create(f.election() + " " + f.contest(), id, name, party, win, winSe, mean, low, high);
        }
        return Table.create(
                f.election() + " " + f.contest(), id, name, party, win, winSe, outright, runoff, mean, low, high);
    }
}
