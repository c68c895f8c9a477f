package org.pollcast.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffPair;
import org.pollcast.simulate.ShareDistribution;
import org.pollcast.simulate.SimulationSettings;

/**
 * The forecast as JSON, per docs/forecast-json.md. Deterministic: no clock time, fixed field order, so the
 * same seed gives the same bytes on any number of threads.
 */
public final class ForecastJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ForecastJson() {
    }

    public static String write(ElectionForecast forecast) {
        MayorForecast f = forecast.mayor();
        ObjectNode root = JSON.createObjectNode();
        root.put("election", f.election());
        root.put("asOf", f.input().asOf().toString());
        root.put("daysToElection", f.input().daysToElection());
        root.put("sims", f.sims());
        root.put("seed", f.settings().seed());
        root.put("generator", f.generator());
        root.put("source", f.input().source());
        settings(root.putObject("settings"), f.settings());
        ObjectNode contests = root.putObject("contests");
        ObjectNode contest = contests.putObject(f.contest());
        contest.put("system", f.system());
        contest.put("simsKept", f.kept());
        ArrayNode conditions = contest.putArray("conditions");
        f.conditions().forEach(conditions::add);
        ArrayNode candidates = contest.putArray("candidates");
        for (CandidateForecast c : f.candidates()) {
            ObjectNode o = candidates.addObject();
            o.put("id", c.id());
            o.put("name", c.name());
            if (c.party() == null) {
                o.putNull("party");
            } else {
                o.put("party", c.party());
            }
            AverageJson.number(o, "pWin", c.pWin());
            AverageJson.number(o, "pWinSe", c.pWinSe());
            AverageJson.number(o, "pRunoff", c.pRunoff());
            AverageJson.number(o, "pFirstRoundWin", c.pFirstRoundWin());
            distribution(o.putObject("firstPref"), c.firstPref());
            distribution(o.putObject("runoffShare"), c.runoffShare());
        }
        ArrayNode pairs = contest.putArray("runoffPairs");
        for (RunoffPair p : f.runoffPairs()) {
            ObjectNode o = pairs.addObject();
            o.put("a", p.a());
            o.put("b", p.b());
            AverageJson.number(o, "p", p.p());
            AverageJson.number(o, "se", p.se());
        }
        if (forecast.assembly() != null) {
            AssemblyJson.write(contests.putObject(forecast.assembly().contest()), forecast.assembly());
        }
        ArrayNode notes = root.putArray("notes");
        f.notes().forEach(notes::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain values cannot fail", e);
        }
    }

    /** The mean, p05, p50 and p95 of a share distribution (also the Assembly's list shares). */
    public static void distribution(ObjectNode o, ShareDistribution d) {
        AverageJson.number(o, "mean", d.mean());
        AverageJson.number(o, "p05", d.p05());
        AverageJson.number(o, "p50", d.p50());
        AverageJson.number(o, "p95", d.p95());
    }

    private static void settings(ObjectNode o, SimulationSettings s) {
        o.put("pollingErrorSd", s.pollingErrorSd());
        o.put("studentDf", s.studentDf());
        o.put("leaderCorrelation", s.leaderCorrelation());
        o.put("driftPerDay", s.driftPerDay());
        o.put("baselineErrorSd", s.baselineErrorSd());
        o.put("transferConcentration", s.transferConcentration());
        o.put("targetSe", s.targetSe());
        o.put("blockSize", SimulationSettings.BLOCK);
    }
}
