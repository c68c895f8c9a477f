package org.pollcast.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.simulate.AssemblyForecast;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Assembly part of a forecast for people: seats, constituencies, blocs. */
public final class AssemblyTables {
    private AssemblyTables() {}

    /**
     * The Assembly part of a forecast, its parties' table under {@code contest}'s list thresholds (a list's own where
     * it has one, {@link #ownThresholds}) and the constituency seats that spare a party the threshold, which the
     * chance's column then counts and names; with no contest, a 5% threshold and no waiver.
     */
    public static void print(
            AssemblyForecast a, long kept, Optional<AdditionalMemberContest> contest, PrintWriter out) {
        print(a, kept, under(a, contest), out);
    }

    /**
     * The parties' table as every output of a forecast gives it, from its contest's rules: the threshold's column named
     * by the contest's threshold (left out with none), and a pure list body's constituency and list columns left out
     * (all zeros, and the seats again). Where the contest is not known, {@link #parties(AssemblyForecast)} as it is.
     */
    public static Table parties(AssemblyForecast a, Optional<AdditionalMemberContest> contest) {
        Table t = under(a, contest);
        return contest.isPresent() && a.constituencies().isEmpty() ? t.removeColumns("constituency", "list") : t;
    }

    /** The parties' table under {@code contest}'s rules, every column kept; {@link #parties(AssemblyForecast)} without. */
    private static Table under(AssemblyForecast a, Optional<AdditionalMemberContest> contest) {
        return contest.map(c ->
                        ownThresholds(parties(a, c.threshold(), c.listRules().thresholdWaiver()), c))
                .orElseGet(() -> parties(a));
    }

    /**
     * Where some lists have a threshold of their own (a coalition's 8% beside a party's 5%), the chance's column is
     * each list's chance of passing its own, named {@code over_threshold_%} (or {@code over_threshold_or_1_seat_%}),
     * and a {@code threshold_%} column before it says which: one figure in the name would misstate the coalitions'.
     */
    static Table ownThresholds(Table t, AdditionalMemberContest contest) {
        if (!contest.listRules().variesByParty()) {
            return t;
        }
        String over = "over_" + thresholdText(contest.threshold()) + "%";
        var column = t.columnNames().stream().filter(n -> n.startsWith(over)).findFirst();
        if (column.isEmpty()) {
            return t; // no threshold column: a body of constituencies only, or no threshold
        }
        t.column(column.get()).setName("over_threshold" + column.get().substring(over.length()));
        DoubleColumn own = Tables.decimals(DoubleColumn.create("threshold_%"), 2);
        t.stringColumn("party").forEach(id -> own.append(contest.thresholdOf(id)));
        t.insertColumn(t.columnIndex("over_threshold" + column.get().substring(over.length())), own);
        return t;
    }

    /**
     * The list threshold in words, with the lists that have one of their own: "5%" in London, "5% (8% for Civic
     * Coalition, Third Way)" where coalitions need more.
     */
    public static String thresholdWords(AdditionalMemberContest contest) {
        return thresholdText(contest.threshold()) + "%" + ownThresholdWords(contest);
    }

    /** The lists with a threshold of their own, in words (" (8% for Civic Coalition, Third Way)"); "" with none. */
    public static String ownThresholdWords(AdditionalMemberContest contest) {
        if (!contest.listRules().variesByParty()) {
            return "";
        }
        Map<Double, List<String>> byThreshold = new TreeMap<>();
        for (var p : contest.parties()) {
            Double own = contest.listRules().partyThresholds().get(p.id());
            if (own != null) {
                byThreshold.computeIfAbsent(own, k -> new ArrayList<>()).add(p.name());
            }
        }
        List<String> parts = new ArrayList<>();
        byThreshold.forEach((t, names) -> parts.add(thresholdText(t) + "% for " + String.join(", ", names)));
        return " (" + String.join("; ", parts) + ")";
    }

    private static void print(AssemblyForecast a, long kept, Table parties, PrintWriter out) {
        out.println();
        boolean pureList = a.constituencies().isEmpty();
        boolean constituenciesOnly = a.constituenciesOnly();
        out.printf(
                Locale.ROOT,
                "%s: %d seats%s (%s), %,d simulations%n",
                a.contest(),
                a.seats(),
                a.house() == null ? "" : " and any overhang",
                pureList
                        ? "all list seats, no constituencies"
                        : constituenciesOnly
                                ? "every seat a constituency, by first past the post; majority: " + majority(a)
                                : "constituency + list",
                kept);
        // A pure list body's constituency column would be all zeros and its list column the seats again (a body of
        // constituencies only has its columns set by parties(a), for every output).
        out.print(Tables.text(pureList ? parties.removeColumns("constituency", "list") : parties));
        if (a.house() != null) {
            out.println(AssemblyHouse.line(a));
        }
        double largest = a.parties().stream()
                .mapToDouble(AssemblyForecast.PartySeats::pLargest)
                .sum();
        if (largest > 1.005) {
            // 57.9% and 56.0% for the two big parties reads as a mistake without this. The share of ties is counted,
            // not the column's excess over 100: a three-way tie adds two parties' worth to that.
            out.printf(
                    Locale.ROOT,
                    "largest_%%: a tie for the most seats counts for every tied party (about %.0f%% of simulations end"
                            + " in one), so the column sums to more than 100%n",
                    100 * a.pTie());
        }
        if (!a.regions().isEmpty()) {
            out.println("List seats by region (mean over the simulations):");
            out.print(Tables.text(regions(a)));
        }
        if (!pureList) {
            out.println("Constituencies (probability of each likely winner):");
        }
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            StringBuilder s = new StringBuilder();
            Integer[] order = new Integer[c.parties().size()];
            for (int j = 0; j < order.length; j++) {
                order[j] = j;
            }
            Arrays.sort(order, (x, y) -> Double.compare(c.pWin()[y], c.pWin()[x]));
            for (int r = 0; r < order.length && c.pWin()[order[r]] >= 0.005; r++) {
                s.append(s.length() == 0 ? "" : ", ")
                        .append(c.parties().get(order[r]))
                        .append(' ')
                        // As every chance is printed (Tables.chance): to a whole point, a 99.6% seat read "100%".
                        .append(Tables.chance(c.pWin()[order[r]], true))
                        .append('%');
            }
            out.printf(
                    Locale.ROOT,
                    "  %-24s %s%s%n",
                    c.name(),
                    s,
                    c.imputed() ? "  (no earlier result: see the notes)" : "");
        }
        if (!a.blocs().isEmpty()) {
            out.println("Blocs:");
        }
        for (AssemblyForecast.BlocForecast b : a.blocs()) {
            // The Monte Carlo error as win_se's (Tables.chanceError): to one decimal, 0.7% (se 0.03) read "± 0.0".
            out.printf(
                    Locale.ROOT,
                    "  %6s (± %s)  %s%n",
                    Tables.chance(b.p(), true) + "%",
                    Tables.chanceError(100 * b.se(), kept),
                    b.label());
        }
        a.notes().forEach(n -> out.println("note: " + n));
    }

    /**
     * {@link #parties(AssemblyForecast)} with the chance of passing the list threshold headed by the contest's own
     * threshold ({@code over_5%_%} in London); with none (0: the Scottish Parliament) that column is left out, as
     * every party with a vote would pass it.
     */
    public static Table parties(AssemblyForecast a, double threshold) {
        return parties(a, threshold, 0);
    }

    /**
     * As {@link #parties(AssemblyForecast, double)}; where a party with {@code waiver} constituency seats is spared the
     * threshold, the column is the chance of either, and says so ({@code over_5%_or_1_seat_%}).
     */
    public static Table parties(AssemblyForecast a, double threshold, int waiver) {
        Table t = parties(a);
        if (!t.columnNames().contains(OVER_5)) {
            return t; // a body of constituencies only: no threshold column
        }
        if (threshold <= 0) {
            return t.removeColumns(OVER_5);
        }
        String over = "over_" + thresholdText(threshold) + "%";
        if (waiver > 0 && t.columnNames().contains(ELIGIBLE)) {
            t.removeColumns(OVER_5);
            t.column(ELIGIBLE).setName(over + "_or_" + waiver + "_seat" + (waiver == 1 ? "" : "s") + "_%");
            return t;
        }
        t.column(OVER_5).setName(over + "_%");
        return t;
    }

    private static final String OVER_5 = "over_5%_%";

    /**
     * A threshold as its definition gives it, to two decimals at most: 5, 2.5, 0.67 (the Netherlands' full quota,
     * 1/150 of the votes). One decimal printed 0.67 as "over 0.7%", a threshold no Dutch list faces.
     */
    static String thresholdText(double threshold) {
        return java.math.BigDecimal.valueOf(threshold)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** The seats a party needs for a majority of {@code a}: more than half. */
    static int majority(AssemblyForecast a) {
        return a.seats() / 2 + 1;
    }

    /**
     * Whether the forecast gives each party's chance of a majority with no bloc written for it: a house of one kind of
     * seat, constituencies alone or lists alone (the Senedd from 2026), is read for whether anyone governs alone. A
     * mixed body's tables stay as they were (its Mayor, or its list and constituency seats, are what they show).
     */
    public static boolean asksMajority(AssemblyForecast a) {
        return a.constituenciesOnly() || a.constituencies().isEmpty();
    }

    /**
     * The chance that a party wins a majority on its own, from its seat distribution: in a body of constituencies only
     * it is the question a forecast is read for (will anyone govern alone), and no bloc need be written to ask it.
     */
    static double pMajority(AssemblyForecast a, AssemblyForecast.PartySeats p) {
        double[] dist = p.seatDistribution();
        double sum = 0;
        for (int s = majority(a); s < dist.length; s++) {
            sum += dist[s];
        }
        return sum;
    }

    /** {@code parties} with a {@code majority_%} column after {@code largest_%}. */
    private static Table withMajority(Table parties, AssemblyForecast a) {
        DoubleColumn majority = Tables.chances(DoubleColumn.create("majority_%"));
        a.parties().forEach(p -> Tables.append(majority, 100 * pMajority(a, p)));
        return parties.insertColumn(parties.columnIndex("largest_%") + 1, majority);
    }
    /** The chance of winning list seats at all, where a waiver makes it more than the threshold's. */
    private static final String ELIGIBLE = "eligible_%";

    /** Each list region's mean list seats, a column per party that wins any on average. */
    public static Table regions(AssemblyForecast a) {
        StringColumn name = StringColumn.create("region");
        DoubleColumn seats = Tables.decimals(DoubleColumn.create("list_seats"), 0);
        List<DoubleColumn> byParty = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        for (int j = 0; j < a.parties().size(); j++) {
            final int party = j;
            if (a.regions().stream().anyMatch(r -> r.listSeatsMean()[party] >= 0.05)) {
                shown.add(j);
                byParty.add(
                        Tables.decimals(DoubleColumn.create(a.parties().get(j).id()), 1));
            }
        }
        for (AssemblyForecast.RegionSeats r : a.regions()) {
            name.append(r.name());
            Tables.append(seats, r.listSeats());
            for (int i = 0; i < shown.size(); i++) {
                Tables.append(byParty.get(i), r.listSeatsMean()[shown.get(i)]);
            }
        }
        Table t = Table.create(a.contest() + " list seats by region", name, seats);
        byParty.forEach(t::addColumns);
        return t;
    }

    public static Table parties(AssemblyForecast a) {
        StringColumn id = StringColumn.create("party");
        StringColumn name = StringColumn.create("name");
        DoubleColumn mean = Tables.decimals(DoubleColumn.create("seats"), 1);
        DoubleColumn low = Tables.decimals(DoubleColumn.create("p05"), 0);
        DoubleColumn high = Tables.decimals(DoubleColumn.create("p95"), 0);
        DoubleColumn cons = Tables.decimals(DoubleColumn.create("constituency"), 1);
        DoubleColumn list = Tables.decimals(DoubleColumn.create("list"), 1);
        DoubleColumn largest = Tables.chances(DoubleColumn.create("largest_%"));
        DoubleColumn over = Tables.chances(DoubleColumn.create(OVER_5));
        DoubleColumn share = Tables.decimals(DoubleColumn.create("list_share"), 1);
        for (AssemblyForecast.PartySeats p : a.parties()) {
            id.append(p.id());
            name.append(p.name());
            Tables.append(mean, p.seatsMean());
            Tables.append(low, p.seatsP05());
            Tables.append(high, p.seatsP95());
            Tables.append(cons, p.constituencyMean());
            Tables.append(list, p.listMean());
            Tables.append(largest, 100 * p.pLargest());
            Tables.append(over, 100 * p.pOverThreshold());
            Tables.append(share, p.listShare().mean());
        }
        Table t = Table.create(a.contest(), id, name, mean, low, high, cons, list, largest, over);
        if (AssemblyHouse.waived(a)) {
            // Spared the threshold by constituency seats: over the threshold is no longer all that admits a party.
            DoubleColumn eligible = Tables.chances(DoubleColumn.create(ELIGIBLE));
            a.parties().forEach(p -> Tables.append(eligible, 100 * p.pEligible()));
            t.addColumns(eligible);
        }
        t.addColumns(share);
        if (a.constituenciesOnly()) {
            // No list: its constituency seats are its seats, its list seats and a threshold's chance meaningless, its
            // one vote no list's; what a reader asks of it is a majority. So in the table, the CSV files and the
            // report's data alike (before, only the terminal's table had these).
            t.removeColumns("constituency", "list", OVER_5);
            t.column("list_share").setName("vote_share");
            return withMajority(t, a);
        }
        return asksMajority(a) ? withMajority(t, a) : t;
    }
}
