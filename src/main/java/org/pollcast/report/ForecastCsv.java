package org.pollcast.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.LeadVote;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.ShareDistribution;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The forecast as CSV for newsrooms: {@code forecast.csv} holds every contest in one long table (one row per
 * option in each contest and area: the Mayor's candidates, the Assembly's parties London-wide, each party in
 * each constituency, each bloc), and {@code data/} holds one file per contest shaped for that contest.
 */
public final class ForecastCsv {
    private ForecastCsv() {}

    /** File name (relative to the report folder) to CSV text, {@code forecast.csv} first. */
    public static Map<String, String> files(ElectionForecast f, String area) {
        return files(f, area, null);
    }

    /**
     * As {@link #files(ElectionForecast, String)}; {@code leadVote}: null, or the vote an election is led by ("list
     * vote"; "vote" in a body of constituencies only), written as {@code data/list-vote.csv} ({@code data/vote.csv})
     * with its shares called so, not a Mayor's first preferences.
     */
    public static Map<String, String> files(ElectionForecast f, String area, LeadVote leadVote) {
        return files(f, area, leadVote, Optional.empty());
    }

    /**
     * As {@link #files(ElectionForecast, String, LeadVote)}, the parties' file with the columns {@code contest}'s
     * rules give it ({@link AssemblyTables#parties(AssemblyForecast, java.util.Optional)}): no {@code over_5%_%}
     * where the threshold is not 5%, no constituency column where there are none.
     */
    public static Map<String, String> files(
            ElectionForecast f, String area, LeadVote leadVote, Optional<AdditionalMemberContest> contest) {
        boolean listLed = leadVote != null;
        Map<String, String> out = new LinkedHashMap<>();
        out.put("forecast.csv", Tables.csv(everyContest(f, area, leadVote)));
        Table lead = ForecastTables.candidates(f.mayor());
        if (listLed) {
            lead.column("first_pref").setName(leadVote.shareColumn());
        }
        out.put(listLed ? "data/" + leadVote.fileStem() + ".csv" : "data/mayor.csv", Tables.csv(lead));
        AssemblyForecast a = f.assembly();
        if (a != null) {
            out.put("data/assembly-parties.csv", Tables.csv(AssemblyTables.parties(a, contest)));
            out.put("data/assembly-constituencies.csv", Tables.csv(constituencies(a)));
            out.put("data/assembly-blocs.csv", Tables.csv(blocs(a)));
        }
        return out;
    }

    /** The long table: contest, area, option, what the chance is of, the chance, and the share and seat ranges. */
    public static Table everyContest(ElectionForecast f, String area) {
        return everyContest(f, area, null);
    }

    static Table everyContest(ElectionForecast f, String area, LeadVote leadVote) {
        boolean listLed = leadVote != null;
        LongTable t = new LongTable();
        MayorForecast m = f.mayor();
        for (CandidateForecast c : m.listed()) {
            t.row(
                    m.contest(),
                    area,
                    c.id(),
                    c.name(),
                    listLed ? "most " + leadVote.plural() : "win",
                    c.pWin(),
                    c.pWinSe(),
                    listLed ? leadVote.words() : "first preferences");
            t.share(c.firstPref());
            t.noSeats();
        }
        AssemblyForecast a = f.assembly();
        if (a != null) {
            long kept = m.kept();
            for (AssemblyForecast.PartySeats p : a.parties()) {
                t.row(
                        a.contest(),
                        area,
                        p.id(),
                        p.name(),
                        "largest party",
                        p.pLargest(),
                        se(p.pLargest(), kept),
                        // A body of constituencies only has no list: its lead rows above say "vote" too.
                        (a.constituenciesOnly() ? LeadVote.CONSTITUENCY : LeadVote.LIST).words());
                t.share(p.listShare());
                t.seats(p.seatsMean(), p.seatsP05(), p.seatsP95());
            }
            Map<String, String> names = AssemblySection.partyNames(a);
            for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
                for (int j = 0; j < c.parties().size(); j++) {
                    String id = c.parties().get(j);
                    boolean run = c.share() != null && c.share()[j] != null;
                    t.row(
                            a.contest(),
                            c.name(),
                            id,
                            names.getOrDefault(id, id),
                            "win constituency",
                            c.pWin()[j],
                            se(c.pWin()[j], kept),
                            run ? "constituency vote" : "");
                    if (run) {
                        t.share(c.share()[j]);
                    } else {
                        t.noShare();
                    }
                    t.noSeats();
                }
            }
            for (AssemblyForecast.BlocForecast b : a.blocs()) {
                t.row(a.contest(), area, b.id(), b.label(), "bloc", b.p(), b.se(), "");
                t.noShare();
                t.noSeats();
            }
            AssemblyForecast.House house = a.house();
            if (house != null) {
                // A house that grows by overhang: its size as a row, the chance being that it grows at all.
                t.row(
                        a.contest(),
                        area,
                        "house",
                        "all seats",
                        "overhang",
                        house.pOverhang(),
                        se(house.pOverhang(), kept),
                        "");
                t.noShare();
                t.seats(house.mean(), house.p05(), house.p95());
            }
        }
        return t.table(m.election());
    }

    /** One row per constituency, one column per party: the chance that party wins it (percent). */
    static Table constituencies(AssemblyForecast a) {
        StringColumn name = StringColumn.create("constituency");
        StringColumn imputed = StringColumn.create("baseline_imputed");
        Table t = Table.create(a.contest() + " constituencies", name, imputed);
        if (a.constituencies().isEmpty()) {
            return t;
        }
        List<String> parties = a.constituencies().get(0).parties();
        List<DoubleColumn> cols = new ArrayList<>();
        for (String p : parties) {
            DoubleColumn c = Tables.chances(DoubleColumn.create(p + "_win_%"));
            cols.add(c);
            t.addColumns(c);
        }
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            name.append(c.name());
            imputed.append(c.imputed() ? "yes" : "no");
            for (int j = 0; j < cols.size(); j++) {
                Tables.append(cols.get(j), j < c.pWin().length ? 100 * c.pWin()[j] : Double.NaN);
            }
        }
        return t;
    }

    static Table blocs(AssemblyForecast a) {
        StringColumn id = StringColumn.create("bloc");
        StringColumn label = StringColumn.create("label");
        DoubleColumn p = Tables.chances(DoubleColumn.create("chance_%"));
        DoubleColumn se = Tables.decimals(DoubleColumn.create("chance_se"), 2);
        for (AssemblyForecast.BlocForecast b : a.blocs()) {
            id.append(b.id());
            label.append(b.label());
            Tables.append(p, 100 * b.p());
            Tables.append(se, 100 * b.se());
        }
        return Table.create(a.contest() + " blocs", id, label, p, se);
    }

    private static double se(double p, long n) {
        return n == 0 ? Double.NaN : Math.sqrt(p * (1 - p) / n);
    }

    /** The long table's columns, filled a row at a time. */
    private static final class LongTable {
        final StringColumn contest = StringColumn.create("contest");
        final StringColumn area = StringColumn.create("area");
        final StringColumn option = StringColumn.create("option");
        final StringColumn name = StringColumn.create("name");
        final StringColumn chanceOf = StringColumn.create("chance_of");
        final DoubleColumn chance = Tables.chances(DoubleColumn.create("chance_%"));
        final DoubleColumn chanceSe = Tables.decimals(DoubleColumn.create("chance_se"), 2);
        final StringColumn shareOf = StringColumn.create("share_of");
        final DoubleColumn mean = Tables.decimals(DoubleColumn.create("share_mean"), 1);
        final DoubleColumn p05 = Tables.decimals(DoubleColumn.create("share_p05"), 1);
        final DoubleColumn p25 = Tables.decimals(DoubleColumn.create("share_p25"), 1);
        final DoubleColumn p50 = Tables.decimals(DoubleColumn.create("share_p50"), 1);
        final DoubleColumn p75 = Tables.decimals(DoubleColumn.create("share_p75"), 1);
        final DoubleColumn p95 = Tables.decimals(DoubleColumn.create("share_p95"), 1);
        final DoubleColumn seats = Tables.decimals(DoubleColumn.create("seats_mean"), 1);
        final DoubleColumn seatsLow = Tables.decimals(DoubleColumn.create("seats_p05"), 0);
        final DoubleColumn seatsHigh = Tables.decimals(DoubleColumn.create("seats_p95"), 0);

        void row(
                String contest, String area, String option, String name, String of, double p, double se, String share) {
            this.contest.append(contest);
            this.area.append(area);
            this.option.append(option);
            this.name.append(name);
            chanceOf.append(of);
            Tables.append(chance, 100 * p);
            Tables.append(chanceSe, 100 * se);
            shareOf.append(share);
        }

        void share(ShareDistribution d) {
            Tables.append(mean, d.mean());
            Tables.append(p05, d.p05());
            Tables.append(p25, d.p25());
            Tables.append(p50, d.p50());
            Tables.append(p75, d.p75());
            Tables.append(p95, d.p95());
        }

        void noShare() {
            for (DoubleColumn c : new DoubleColumn[] {mean, p05, p25, p50, p75, p95}) {
                c.appendMissing();
            }
        }

        void seats(double m, double lo, double hi) {
            Tables.append(seats, m);
            Tables.append(seatsLow, lo);
            Tables.append(seatsHigh, hi);
        }

        void noSeats() {
            seats.appendMissing();
            seatsLow.appendMissing();
            seatsHigh.appendMissing();
        }

        Table table(String election) {
            return Table.create(
                    election, contest, area, option, name, chanceOf, chance, chanceSe, shareOf, mean, p05, p25, p50,
                    p75, p95, seats, seatsLow, seatsHigh);
        }
    }
}
