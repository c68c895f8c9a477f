package org.pollcast.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.aggregate.Trend;

/** A poll average as JSON; no NaN is ever written (unknown numbers are null). */
public final class AverageJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AverageJson() {
    }

    public static String write(PollAverage a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("election", a.election());
        root.put("contest", a.contest());
        root.put("scope", a.scope());
        root.put("asOf", a.asOf().toString());
        root.put("polls", a.polls());
        root.put("pollsters", a.pollsters());
        settings(root.putObject("settings"), a.settings());
        ArrayNode shares = root.putArray("shares");
        for (ShareEstimate e : a.shares()) {
            ObjectNode o = shares.addObject();
            o.put("option", e.option());
            o.put("name", e.name());
            number(o, "share", e.share());
            number(o, "se", e.se());
            number(o, "low90", e.low90());
            number(o, "high90", e.high90());
            o.put("polls", e.polls());
            number(o, "effectivePolls", e.effectivePolls());
            number(o, "effectiveSample", e.effectiveSample());
        }
        houseEffects(root.putArray("houseEffects"), a.houseEffects());
        ArrayNode notes = root.putArray("notes");
        a.notes().forEach(notes::add);
        if (a.trend() != null) {
            trend(root.putObject("trend"), a.trend());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain values cannot fail", e);
        }
    }

    public static void houseEffects(ArrayNode list, List<HouseEffect> effects) {
        for (HouseEffect h : effects) {
            ObjectNode o = list.addObject();
            o.put("pollster", h.pollster());
            o.put("option", h.option());
            o.put("reference", h.reference());
            number(o, "estimate", h.estimate());
            number(o, "se", h.se());
            number(o, "low90", h.low90());
            number(o, "high90", h.high90());
            o.put("polls", h.polls());
        }
    }

    private static void settings(ObjectNode o, AggregateSettings s) {
        o.put("method", s.method().code());
        o.put("halfLifeDays", s.halfLifeDays());
        o.put("sampleCap", s.sampleCap());
        o.put("pollsterShareExponent", s.pollsterShareExponent());
        o.put("shrinkage", s.shrinkage());
        o.put("houseAdjusted", s.adjustHouseEffects());
        o.put("pollsterWeights", s.pollsterWeighting().code());
        o.put("defaultSampleSize", s.defaultSampleSize());
        o.put("driftPerDay", s.driftPerDay());
    }

    private static void trend(ObjectNode o, Trend t) {
        o.put("start", t.start().toString());
        o.put("days", t.days());
        ObjectNode series = o.putObject("options");
        for (int j = 0; j < t.options().size(); j++) {
            ObjectNode s = series.putObject(t.options().get(j));
            ArrayNode mean = s.putArray("mean");
            ArrayNode se = s.putArray("se");
            for (int d = 0; d < t.days(); d++) {
                mean.add(Math.round(t.mean()[j][d] * 1000) / 1000.0);
                se.add(Math.round(t.se()[j][d] * 1000) / 1000.0);
            }
        }
    }

    public static void number(ObjectNode o, String name, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }
}
