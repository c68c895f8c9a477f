package org.pollcast.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.LeadVote;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.LiveForecast;
import org.pollcast.simulate.RunoffPair;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The election-night forecast for people: progress as the share of the expected vote counted, each candidate's
 * chance in words and percentile bands (never a single jittering number), the likely run-off and the
 * constituencies that decide it; then, when projected, the Assembly as {@code forecast} prints it with the declared
 * constituencies and their winners. The CSV is the candidates table, column names as {@code forecast}'s.
 */
public final class LiveTables {
    private LiveTables() {}

    /** The night's table; {@code units} names the places declaring ("constituencies", "areas"). */
    public static void print(LiveForecast f, String units, PrintWriter out) {
        print(f, units, null, Optional.empty(), out);
    }

    /**
     * As {@link #print(LiveForecast, String, PrintWriter)}; {@code leadVote}: null, or the vote {@code f} is of in an
     * election with only an additional-member contest (its list vote, or a body of constituencies only's vote), whose
     * "winner" has the most of it, worded as {@code forecast} words it; {@code contest}: the Assembly, whose list
     * thresholds and waiver name its table's column (none: a 5% threshold, no waiver).
     */
    public static void print(
            LiveForecast f,
            String units,
            LeadVote leadVote,
            Optional<AdditionalMemberContest> contest,
            PrintWriter out) {
        boolean listLed = leadVote != null;
        out.printf(
                Locale.ROOT,
                "%s %s (%s), election night: %.0f%% of the expected vote counted (%d of %d " + units + " declared%s);"
                        + " %,d simulations, seed %d%n",
                f.election(),
                f.contest(),
                listLed ? leadVote.words() + "; win_%: the chance of the most " + leadVote.plural() : f.system(),
                100 * f.counted(),
                f.declared(),
                f.constituencies(),
                f.partial() > 0 ? ", " + f.partial() + " counting" : "",
                f.sims(),
                f.seed());
        Table people = forPeople(f);
        if (listLed) {
            people.column("first_pref").setName(leadVote.shareColumn());
        }
        out.print(Tables.text(people));
        if (f.runoffCounted()) {
            out.println("The run-off is counted from the declared second preferences.");
        }
        List<RunoffPair> shown = ForecastTables.likelyPairs(f.runoffPairs(), 3);
        if (!shown.isEmpty()) {
            out.println(ForecastTables.likelyPairsHeading(f.system()));
            for (RunoffPair p : shown) {
                out.printf(
                        Locale.ROOT,
                        "  %s v %s: %s (%s)%n",
                        p.a(),
                        p.b(),
                        LiveForecast.chance(p.p(), f.firstRoundCounted()),
                        NightPage.percent(p.p(), f.firstRoundCounted()));
            }
            List<LiveForecast.Candidate> finalists = f.countedFinalists();
            if (finalists.size() == 2) {
                // Counted, not simulated: the count's shares, which add to 100, and no range around them.
                double[] share = LiveForecast.pairShares(
                        finalists.get(0).runoffVotes(), finalists.get(1).runoffVotes());
                for (int i = 0; i < 2; i++) {
                    out.printf(
                            Locale.ROOT,
                            "  %s's share of the run-off: %.1f (counted: %,.0f votes)%n",
                            finalists.get(i).id(),
                            share[i],
                            finalists.get(i).runoffVotes());
                }
            } else {
                f.candidates().stream()
                        .filter(c -> c.pRunoff() > 0.5
                                && !Double.isNaN(c.runoffShare().p50()))
                        .forEach(c -> out.printf(
                                Locale.ROOT,
                                "  %s's share of the run-off: %.1f (90%% range %.1f to %.1f)%n",
                                c.id(),
                                c.runoffShare().p50(),
                                c.runoffShare().p05(),
                                c.runoffShare().p95()));
            }
        }
        if (!f.decide().isEmpty()) {
            out.println("Still to come and deciding it (correlation of the local margin with the leader winning):");
            f.decide().forEach(d -> out.printf(Locale.ROOT, "  %s: %.2f%n", d.constituency(), d.correlation()));
        }
        f.notes().forEach(n -> out.println("note: " + n));
        if (f.assembly() != null) {
            assembly(f, leadVote, contest, out);
        }
    }

    /** The Assembly as {@code forecast} prints it, after the constituencies declared and their winners. */
    private static void assembly(
            LiveForecast f, LeadVote leadVote, Optional<AdditionalMemberContest> contest, PrintWriter out) {
        LiveForecast.Assembly a = f.assembly();
        boolean all = a.declared().size() == a.forecast().constituencies().size();
        out.println();
        out.printf(
                Locale.ROOT,
                "%s: %d of %d constituencies declared, their winners fixed; %s%n",
                a.forecast().contest(),
                a.declared().size(),
                a.forecast().constituencies().size(),
                rest(leadVote, all));
        for (LiveForecast.DeclaredSeat d : a.declared()) {
            out.printf(
                    Locale.ROOT,
                    "  %-24s %s: %s, %,d votes (%.1f%%), majority %.1f points%n",
                    d.constituency(),
                    d.party(),
                    d.winner(),
                    d.votes(),
                    d.share(),
                    d.majority());
        }
        AssemblyTables.print(withProjectedVote(f, a.forecast()), f.sims(), contest, out);
    }

    /**
     * {@code seats} with a body of constituencies only's vote shares the night's projection above (as the page shows
     * them, {@link NightAssemblySection#voteShare}): the seats' model draws its "others" on its own, and with every
     * seat counted its table read Blue 35.9 and Others 0.3 under a projection of 35.99 and 0.00 (review).
     */
    private static AssemblyForecast withProjectedVote(LiveForecast f, AssemblyForecast seats) {
        if (!seats.constituenciesOnly()) {
            return seats;
        }
        return seats.withParties(seats.parties().stream()
                .map(p -> f.candidate(p.id())
                        .map(c -> p.withListShare(c.firstPref()))
                        .orElse(p))
                .toList());
    }

    /** What the seats line says of the seats not declared: simulated, and the list (where there is one) from what. */
    private static String rest(LeadVote leadVote, boolean allDeclared) {
        if (leadVote == LeadVote.CONSTITUENCY) {
            // No list: once every constituency is in, every seat is counted.
            return allDeclared ? "every seat counted" : "the rest simulated from the projected vote above";
        }
        if (leadVote == LeadVote.LIST) {
            return allDeclared
                    ? "the list seats from the projected list vote above"
                    : "the rest simulated, and the list seats from the projected list vote above";
        }
        return allDeclared ? "the list simulated" : "the rest and the list simulated";
    }

    /**
     * The candidates table as people read it: until the count decides the race, a chance every simulation agrees on
     * shows as {@code >99.9} or {@code <0.1}, never 100.0 or 0.0 (the CSV keeps the simulations' share); so does
     * the chance of reaching the run-off until every first preference is counted.
     */
    static Table forPeople(LiveForecast f) {
        Table t = candidates(f);
        StringColumn win = StringColumn.create("win_%");
        StringColumn runoff = StringColumn.create("runoff_%");
        for (LiveForecast.Candidate c : f.listed()) {
            win.append(shortPercent(c.pWin(), f.decided()));
            runoff.append(shortPercent(c.pRunoff(), f.firstRoundCounted()));
        }
        t.replaceColumn("win_%", win);
        return t.containsColumn("runoff_%") ? t.replaceColumn("runoff_%", runoff) : t;
    }

    private static String shortPercent(double p, boolean counted) {
        return NightPage.percent(p, counted).replace("%", "");
    }

    public static Table candidates(LiveForecast f) {
        StringColumn id = StringColumn.create("candidate");
        StringColumn name = StringColumn.create("name");
        StringColumn party = StringColumn.create("party");
        DoubleColumn win = Tables.chances(DoubleColumn.create("win_%"));
        StringColumn chance = StringColumn.create("chance");
        DoubleColumn runoff = Tables.chances(DoubleColumn.create("runoff_%"));
        DoubleColumn mean = Tables.decimals(DoubleColumn.create("first_pref"), 2);
        DoubleColumn p05 = Tables.decimals(DoubleColumn.create("p05"), 1);
        DoubleColumn p25 = Tables.decimals(DoubleColumn.create("p25"), 1);
        DoubleColumn p50 = Tables.decimals(DoubleColumn.create("p50"), 1);
        DoubleColumn p75 = Tables.decimals(DoubleColumn.create("p75"), 1);
        DoubleColumn p95 = Tables.decimals(DoubleColumn.create("p95"), 1);
        DoubleColumn counted = Tables.decimals(DoubleColumn.create("votes_counted"), 0);
        DoubleColumn votes = Tables.decimals(DoubleColumn.create("votes_projected"), 0);
        for (LiveForecast.Candidate c : f.listed()) {
            id.append(c.id());
            name.append(c.name());
            party.append(c.party() == null ? "" : c.party());
            Tables.append(win, 100 * c.pWin());
            chance.append(c.chance());
            Tables.append(runoff, 100 * c.pRunoff());
            Tables.append(mean, c.firstPref().mean());
            Tables.append(p05, c.firstPref().p05());
            Tables.append(p25, c.firstPref().p25());
            Tables.append(p50, c.firstPref().p50());
            Tables.append(p75, c.firstPref().p75());
            Tables.append(p95, c.firstPref().p95());
            counted.append(c.votesCounted());
            Tables.append(votes, c.votes());
        }
        Table t = Table.create(
                f.election() + " " + f.contest() + " live",
                id,
                name,
                party,
                win,
                chance,
                runoff,
                mean,
                p05,
                p25,
                p50,
                p75,
                p95,
                counted,
                votes);
        // One round: no run-off to reach (the forecast's table drops the column the same way).
        return VotingSystem.FPTP.code().equals(f.system()) ? t.removeColumns("runoff_%") : t;
    }
}
