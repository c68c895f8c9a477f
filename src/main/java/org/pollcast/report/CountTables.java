package org.pollcast.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.pollcast.election.OfficialCount;
import org.pollcast.election.VotingSystem;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@code pollcast count} for people (each round, the constituencies, the list seats) and as CSV. */
public final class CountTables {
    private CountTables() {}

    /**
     * How the winner won: under first past the post by most votes (there is no other round to win in); under a
     * run-off system in the first round when a majority of first preferences needed no second.
     */
    private static String winnerHow(OfficialCount.Mayor m) {
        if ("fptp".equals(m.system())) {
            return " (most votes)";
        }
        return m.firstRoundWin() && m.runoff() == null ? " (first round)" : "";
    }

    public static void print(OfficialCount c, PrintWriter out) {
        OfficialCount.Mayor m = c.mayor();
        if (m != null) {
            out.printf(
                    Locale.ROOT,
                    "%s %s (%s), counted from %s%n",
                    c.election(),
                    m.contest(),
                    m.system(),
                    m.countedFrom());
            // Two rounds are voted afresh: no preferences in either.
            out.println(
                    m.system().equals(VotingSystem.TWO_ROUND.code())
                            ? "Round 1: first-round votes"
                            : "Round 1: first preferences");
            out.print(Tables.text(firstRound(c)));
            if (!m.laterRounds().isEmpty()) {
                // Instant-runoff: each published round, the last (when two are left) with each finalist's gain.
                List<OfficialCount.Round> later = m.laterRounds();
                for (int k = 0; k < later.size() - (m.runoff() != null ? 1 : 0); k++) {
                    out.println("Round " + later.get(k).number() + ": the candidates still in the count");
                    out.print(Tables.text(laterRound(c, k)));
                }
                if (m.runoff() != null) {
                    int n = later.get(later.size() - 1).number();
                    out.println("Round " + n + ": the final two; transfers from " + m.transfersFrom());
                    out.print(Tables.text(runoff(c).setName(c.election() + " round " + n)));
                    out.printf(
                            Locale.ROOT,
                            "exhausted (ranked neither finalist): %,d%n",
                            m.runoff().exhausted());
                }
            } else if (m.runoff() != null && m.system().equals(VotingSystem.TWO_ROUND.code())) {
                // Voted afresh: no second preferences, nothing exhausted; each finalist gained and lost voters.
                out.println("Round 2: the top two, voting again on a day of its own; " + m.transfersFrom());
                Table second = runoff(c);
                second.column("first_pref").setName("first_round");
                second.column("transfers").setName("change");
                out.print(Tables.text(second));
            } else if (m.runoff() != null) {
                out.println("Round 2: the top two; second preferences from " + m.transfersFrom());
                out.print(Tables.text(runoff(c)));
                out.printf(
                        Locale.ROOT,
                        "exhausted (no second preference for either): %,d%n",
                        m.runoff().exhausted());
            }
            out.println("winner: "
                    + (m.winner() == null
                            ? m.system().equals(VotingSystem.INSTANT_RUNOFF.code())
                                    ? "not known (the count does not reach its final round)"
                                    : "not known (the run-off is not counted)"
                            : m.winner() + winnerHow(m)));
            if (m.check() != null) {
                out.println("check: " + m.check().note());
            }
        }
        OfficialCount.Assembly a = c.assembly();
        if (a != null) {
            // A body with no constituencies (closed lists only) has neither counted nor uncounted constituencies.
            boolean listOnly = a.constituencies().isEmpty() && a.notCounted().isEmpty();
            if (listOnly) {
                out.printf(Locale.ROOT, "%s %s: closed lists only, no constituencies%n", c.election(), a.contest());
            } else {
                out.printf(
                        Locale.ROOT,
                        "%s %s: %d %s counted by first past the post%n",
                        c.election(),
                        a.contest(),
                        a.constituencies().size(),
                        a.constituencies().size() == 1 ? "constituency" : "constituencies");
                if (!a.constituencies().isEmpty()) {
                    out.print(Tables.text(constituencies(c)));
                }
            }
            a.notCounted().forEach(x -> out.println("not counted: " + x));
            if (!a.list().isEmpty()) {
                out.println(listOnly ? "List seats" : "List seats; constituency seats from " + a.constituencySeats());
                out.print(Tables.text(listSeats(c)));
                if (a.listCheck() != null) {
                    out.println("check: " + a.listCheck().note());
                }
                out.println("note: " + a.listNote());
            } else if (a.listNote() != null) {
                out.println(a.listNote()); // the list seats region by region, one line each
            }
        }
        c.notes().forEach(n -> out.println("note: " + n));
    }

    public static Table firstRound(OfficialCount c) {
        StringColumn id = StringColumn.create("candidate");
        StringColumn name = StringColumn.create("name");
        StringColumn party = StringColumn.create("party");
        LongColumn votes = LongColumn.create("votes");
        DoubleColumn share = Tables.decimals(DoubleColumn.create("share"), 2);
        for (OfficialCount.Votes v : c.mayor().firstRound()) {
            id.append(v.id());
            name.append(v.name());
            party.append(v.party() == null ? "" : v.party());
            votes.append(v.votes());
            share.append(v.share());
        }
        return Table.create(c.election() + " round 1", id, name, party, votes, share);
    }

    /** The {@code k}-th published round after the first of an instant-runoff count. */
    public static Table laterRound(OfficialCount c, int k) {
        StringColumn id = StringColumn.create("candidate");
        StringColumn name = StringColumn.create("name");
        LongColumn votes = LongColumn.create("votes");
        DoubleColumn share = Tables.decimals(DoubleColumn.create("share"), 2);
        OfficialCount.Round round = c.mayor().laterRounds().get(k);
        for (OfficialCount.Votes v : round.votes()) {
            id.append(v.id());
            name.append(v.name());
            votes.append(v.votes());
            share.append(v.share());
        }
        return Table.create(c.election() + " round " + round.number(), id, name, votes, share);
    }

    public static Table runoff(OfficialCount c) {
        StringColumn id = StringColumn.create("candidate");
        StringColumn name = StringColumn.create("name");
        LongColumn first = LongColumn.create("first_pref");
        LongColumn transfers = LongColumn.create("transfers");
        LongColumn votes = LongColumn.create("votes");
        DoubleColumn share = Tables.decimals(DoubleColumn.create("share"), 2);
        for (OfficialCount.Finalist f : c.mayor().runoff().finalists()) {
            id.append(f.id());
            name.append(f.name());
            first.append(f.firstPref());
            transfers.append(f.transfers());
            votes.append(f.votes());
            share.append(f.share());
        }
        return Table.create(c.election() + " round 2", id, name, first, transfers, votes, share);
    }

    public static Table constituencies(OfficialCount c) {
        StringColumn name = StringColumn.create("constituency");
        StringColumn winner = StringColumn.create("winner");
        StringColumn party = StringColumn.create("party");
        LongColumn votes = LongColumn.create("votes");
        LongColumn majority = LongColumn.create("majority");
        LongColumn valid = LongColumn.create("valid_votes");
        StringColumn same = StringColumn.create("as_published");
        for (OfficialCount.Seat s : c.assembly().constituencies()) {
            name.append(s.constituency());
            winner.append(s.winner());
            party.append(s.party());
            votes.append(s.votes());
            majority.append(s.majority());
            valid.append(s.valid());
            same.append(s.matchesPublished() ? "yes" : "NO");
        }
        return Table.create(c.election() + " constituencies", name, winner, party, votes, majority, valid, same);
    }

    public static Table listSeats(OfficialCount c) {
        StringColumn party = StringColumn.create("party");
        StringColumn name = StringColumn.create("name");
        LongColumn votes = LongColumn.create("list_votes");
        DoubleColumn share = Tables.decimals(DoubleColumn.create("share"), 2);
        StringColumn passed = StringColumn.create("passed_threshold");
        StringColumn eligible = StringColumn.create("eligible");
        IntColumn cons = IntColumn.create("constituency");
        IntColumn list = IntColumn.create("list");
        IntColumn total = IntColumn.create("total");
        StringColumn published = StringColumn.create("published_list");
        for (OfficialCount.ListSeats s : c.assembly().list()) {
            party.append(s.party());
            name.append(s.name());
            votes.append(s.votes());
            share.append(
                    s.passedThreshold()
                            ? s.share()
                            : Tables.missedShare(
                                    s.share(),
                                    s.threshold() != null
                                            ? s.threshold()
                                            : c.assembly().threshold(),
                                    2));
            passed.append(s.passedThreshold() ? "yes" : "no");
            eligible.append(Boolean.TRUE.equals(s.eligible()) ? "yes" : "no");
            cons.append(s.constituencySeats());
            list.append(s.listSeats());
            total.append(s.totalSeats());
            published.append(s.publishedListSeats() < 0 ? "" : Integer.toString(s.publishedListSeats()));
        }
        Table t = Table.create(c.election() + " list seats", party, name, votes, share);
        if (c.assembly().list().stream().anyMatch(s -> s.threshold() != null)) {
            // Lists with thresholds of their own (a coalition's 7% beside a party's 5%): which each had to pass.
            DoubleColumn own = Tables.decimals(DoubleColumn.create("threshold_%"), 2);
            c.assembly().list().forEach(s -> {
                if (s.threshold() == null) {
                    own.appendMissing();
                } else {
                    own.append(s.threshold());
                }
            });
            t.addColumns(own);
        }
        t.addColumns(passed);
        // A waiver admits parties under the threshold: then whether a party could win list seats is a column of its
        // own.
        if (c.assembly().list().stream().anyMatch(s -> s.eligible() != null)) {
            t.addColumns(eligible);
        }
        return t.addColumns(cons, list, total, published);
    }
}
