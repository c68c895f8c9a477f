package org.pollcast.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;

/** Polls as JSON: {@code {"election": ..., "polls": [{... "shares": {...}, "provenance": {...}}]}}. */
public final class PollJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PollJson() {
    }

    public static String write(Election election, List<StoredPoll> polls) {
        ObjectNode root = JSON.createObjectNode();
        root.put("election", election.id());
        root.put("electionDate", election.date().toString());
        ArrayNode list = root.putArray("polls");
        for (StoredPoll sp : polls) {
            Poll p = sp.poll();
            ObjectNode o = list.addObject();
            o.put("id", sp.id());
            o.put("contest", p.contest());
            o.put("scope", p.scope().code());
            o.put("pollster", p.pollster());
            o.put("client", p.client());
            o.put("date", p.date().toString());
            date(o, "fieldworkStart", p.fieldworkStart());
            date(o, "fieldworkEnd", p.fieldworkEnd());
            date(o, "published", p.published());
            o.put("datePrecision", p.datePrecision().code());
            if (p.sampleSize() == null) {
                o.putNull("sampleSize");
            } else {
                o.put("sampleSize", p.sampleSize());
            }
            o.put("population", p.population());
            o.put("mode", p.mode());
            ObjectNode shares = o.putObject("shares");
            p.shares().forEach(shares::put);
            if (p.dontKnow() == null) {
                o.putNull("dontKnow");
            } else {
                o.put("dontKnow", p.dontKnow());
            }
            o.put("partial", p.partial());
            o.put("notes", p.notes());
            o.put("citation", p.citation());
            o.put("pollId", p.externalId());
            ObjectNode prov = o.putObject("provenance");
            prov.put("source", sp.provenance().source());
            prov.put("sha256", sp.provenance().sha256());
            prov.put("location", sp.provenance().location());
            prov.put("ingestedAt", sp.provenance().ingestedAt().toString());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain values cannot fail", e);
        }
    }

    private static void date(ObjectNode o, String name, LocalDate d) {
        if (d == null) {
            o.putNull(name);
        } else {
            o.put(name, d.toString());
        }
    }
}
