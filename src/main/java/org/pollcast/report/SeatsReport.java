package org.pollcast.report;

import org.pollcast.election.AllocationInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Party;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.election.SeatMethod;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The seat calculator's output: the table, the quotient lines and the JSON. */
public final class SeatsReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SeatsReport() {
    }

    public static Table table(AdditionalMemberContest contest, AllocationInput in, ListResult r) {
        StringColumn party = StringColumn.create("party");
        StringColumn name = StringColumn.create("name");
        DoubleColumn votes = Tables.decimals(DoubleColumn.create("votes"), 0);
        DoubleColumn share = Tables.decimals(DoubleColumn.create("share"), 1);
        StringColumn passed = StringColumn.create("passed_threshold");
        IntColumn cons = IntColumn.create("constituency");
        IntColumn listSeats = IntColumn.create("list");
        IntColumn total = IntColumn.create("total");
        double all = r.totalVotes();
        for (int p = 0; p < in.parties().size(); p++) {
            int c = in.constituencySeats()[p];
            int l = r.listSeats()[p];
            if (in.votes()[p] == 0 && c == 0 && l == 0) {
                continue;
            }
            party.append(in.parties().get(p).id());
            name.append(in.parties().get(p).name());
            votes.append(in.votes()[p]);
            Tables.append(share, 100 * in.votes()[p] / all);
            passed.append(r.eligible()[p] ? "yes" : "no");
            cons.append(c);
            listSeats.append(l);
            total.append(c + l);
        }
        if (in.others() > 0) {
            party.append(Option.OTHER);
            name.append("Others");
            votes.append(in.others());
            share.append(100 * in.others() / all);
            passed.append("-");
            cons.append(0);
            listSeats.append(0);
            total.append(0);
        }
        Table t = Table.create(contest.id() + " seats", party, name);
        if (!in.shares()) {
            t.addColumns(votes);
        }
        return t.addColumns(share, passed, cons, listSeats, total);
    }

    public static String quotientLine(String label, AllocationInput in, int party, double quotient, String none) {
        if (party < 0) {
            return label + ": " + none;
        }
        Party p = in.parties().get(party);
        return label + ": " + p.name() + " (" + p.id() + "), quotient " + quotient(in, quotient);
    }

    public static String quotient(AllocationInput in, double q) {
        return in.shares() ? String.format(Locale.ROOT, "%.3f share points", q) : String.format(Locale.ROOT, "%.1f votes", q);
    }

    public static String num(double v) {
        return org.pollcast.ingest.CanonicalCsv.number(Math.round(v * 1000) / 1000.0);
    }

    public static String json(Election election, AdditionalMemberContest contest, SeatMethod method, AllocationInput in, ListResult r,
            List<String> notes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("election", election.id());
        root.put("contest", contest.id());
        root.put("method", method.code());
        root.put("threshold", contest.threshold());
        root.put("listSeats", contest.listSeats());
        root.put("constituencySeats", contest.constituencySeats());
        root.put("input", in.shares() ? "shares" : "votes");
        double all = r.totalVotes();
        ArrayNode parties = root.putArray("parties");
        for (int p = 0; p < in.parties().size(); p++) {
            ObjectNode o = parties.addObject();
            o.put("party", in.parties().get(p).id());
            o.put("name", in.parties().get(p).name());
            if (!in.shares()) {
                o.put("votes", in.votes()[p]);
            }
            o.put("share", all > 0 ? 100 * in.votes()[p] / all : 0);
            o.put("passedThreshold", r.eligible()[p]);
            o.put("constituencySeats", in.constituencySeats()[p]);
            o.put("listSeats", r.listSeats()[p]);
            o.put("totalSeats", in.constituencySeats()[p] + r.listSeats()[p]);
        }
        root.put("othersShare", all > 0 ? 100 * in.others() / all : 0);
        quotient(root, "lastSeat", in, r.lastWinner(), r.lastQuotient());
        quotient(root, "nextQuotient", in, r.nextParty(), r.nextQuotient());
        ArrayNode noteList = root.putArray("notes");
        notes.forEach(noteList::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain values cannot fail", e);
        }
    }

    public static void quotient(ObjectNode root, String field, AllocationInput in, int party, double q) {
        if (party < 0) {
            root.putNull(field);
            return;
        }
        ObjectNode o = root.putObject(field);
        o.put("party", in.parties().get(party).id());
        o.put("name", in.parties().get(party).name());
        o.put("quotient", q);
    }
}
