package org.pollcast.report;

import java.util.List;
import java.util.Map;
import org.pollcast.election.LeadVote;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.LiveForecast;
import org.pollcast.simulate.ShareDistribution;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The Assembly's figures on election night's page as data files: every party's seats ({@code data/assembly.csv}),
 * every constituency's winner or projected leader and each party's chance and share there
 * ({@code data/assembly-constituencies.csv}), and the blocs ({@code data/assembly-blocs.csv}). Chances are the
 * share of simulations in percent, as in {@code data/moves.csv}.
 */
final class NightAssemblyData {
    private NightAssemblyData() {}

    /** One row per party: seats (mean, median, 90% range), split declared / to come / list, and the list vote. */
    static Table parties(NightInput in) {
        AssemblyForecast a = in.projection().assembly().forecast();
        Map<String, Integer> declared = in.assemblyDeclared();
        StringColumn id = StringColumn.create("party");
        StringColumn name = StringColumn.create("name");
        DoubleColumn mean = Tables.decimals(DoubleColumn.create("seats_mean"), 2);
        IntColumn median = IntColumn.create("seats_p50");
        DoubleColumn low = Tables.decimals(DoubleColumn.create("seats_p05"), 0);
        DoubleColumn high = Tables.decimals(DoubleColumn.create("seats_p95"), 0);
        IntColumn won = IntColumn.create("constituency_declared");
        DoubleColumn toCome = Tables.decimals(DoubleColumn.create("constituency_to_come_mean"), 2);
        DoubleColumn list = Tables.decimals(DoubleColumn.create("list_mean"), 2);
        DoubleColumn share = Tables.decimals(DoubleColumn.create("list_share"), 2);
        DoubleColumn shareLow = Tables.decimals(DoubleColumn.create("list_share_p05"), 2);
        DoubleColumn shareHigh = Tables.decimals(DoubleColumn.create("list_share_p95"), 2);
        DoubleColumn largest = Tables.chances(DoubleColumn.create("largest_%"));
        DoubleColumn over = Tables.chances(DoubleColumn.create("over_5%_%"));
        // Where a waiver spares constituency winners the threshold: the chance of list seats at all, a column apart.
        DoubleColumn eligible = Tables.chances(DoubleColumn.create("eligible_%"));
        for (AssemblyForecast.PartySeats p : a.parties()) {
            int w = declared.getOrDefault(p.id(), 0);
            id.append(p.id());
            name.append(p.name());
            Tables.append(mean, p.seatsMean());
            median.append(NightAssemblySection.median(p));
            Tables.append(low, p.seatsP05());
            Tables.append(high, p.seatsP95());
            won.append(w);
            Tables.append(toCome, Math.max(0, p.constituencyMean() - w));
            Tables.append(list, p.listMean());
            ShareDistribution s = NightAssemblySection.voteShare(in, p);
            Tables.append(share, s.mean());
            Tables.append(shareLow, s.p05());
            Tables.append(shareHigh, s.p95());
            Tables.append(largest, 100 * p.pLargest());
            Tables.append(over, 100 * p.pOverThreshold());
            Tables.append(eligible, 100 * p.pEligible());
        }
        Table t = Table.create(
                "assembly",
                id,
                name,
                mean,
                median,
                low,
                high,
                won,
                toCome,
                list,
                share,
                shareLow,
                shareHigh,
                largest,
                over);
        if (a.constituenciesOnly()) {
            // A body of constituencies only: no list seats and no threshold, its one vote named as its forecast's
            // data/vote.csv names it, and the chance of a majority, as its forecast's tables give it.
            t.removeColumns("list_mean", "over_5%_%");
            for (String c : List.of("", "_p05", "_p95")) {
                t.column("list_share" + c).setName(LeadVote.CONSTITUENCY.shareColumn() + c);
            }
            DoubleColumn majority = Tables.chances(DoubleColumn.create("majority_%"));
            a.parties().forEach(p -> Tables.append(majority, 100 * AssemblyTables.pMajority(a, p)));
            return t.addColumns(majority);
        }
        return AssemblyHouse.waived(a) ? t.addColumns(eligible) : t;
    }

    /**
     * One row per constituency and party that wins it in some simulation or stands there: its status, the winner
     * (declared) or the projected leader, and the party's chance and share (the declared share once declared).
     */
    static Table constituencies(NightInput in) {
        AssemblyForecast a = in.projection().assembly().forecast();
        StringColumn seat = StringColumn.create("constituency");
        StringColumn status = StringColumn.create("status");
        StringColumn leader = StringColumn.create("winner_or_leader");
        StringColumn party = StringColumn.create("party");
        DoubleColumn win = Tables.chances(DoubleColumn.create("win_%"));
        DoubleColumn p50 = Tables.decimals(DoubleColumn.create("share_p50"), 1);
        DoubleColumn p05 = Tables.decimals(DoubleColumn.create("share_p05"), 1);
        DoubleColumn p95 = Tables.decimals(DoubleColumn.create("share_p95"), 1);
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            LiveForecast.DeclaredSeat d = NightAssemblyMap.declared(in, c.name());
            String who = d != null ? d.party() : c.parties().get(AssemblySection.ranked(c)[0]);
            for (int j : AssemblySection.ranked(c)) {
                ShareDistribution s = c.share() == null ? null : c.share()[j];
                boolean stands = s != null && !Double.isNaN(s.p50());
                if (c.pWin()[j] <= 0 && !stands) {
                    continue;
                }
                seat.append(c.name());
                status.append(d != null ? "declared" : "to come");
                leader.append(who);
                party.append(c.parties().get(j));
                Tables.append(win, 100 * c.pWin()[j]);
                Tables.append(p50, stands ? s.p50() : Double.NaN);
                Tables.append(p05, stands ? s.p05() : Double.NaN);
                Tables.append(p95, stands ? s.p95() : Double.NaN);
            }
        }
        return Table.create("assembly constituencies", seat, status, leader, party, win, p50, p05, p95);
    }

    static Table blocs(NightInput in) {
        StringColumn id = StringColumn.create("bloc");
        StringColumn label = StringColumn.create("label");
        DoubleColumn p = Tables.chances(DoubleColumn.create("chance_%"));
        for (AssemblyForecast.BlocForecast b :
                in.projection().assembly().forecast().blocs()) {
            id.append(b.id());
            label.append(b.label());
            Tables.append(p, 100 * b.p());
        }
        return Table.create("assembly blocs", id, label, p);
    }
}
