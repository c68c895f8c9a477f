package org.pollcast.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pollcast.simulate.AssemblyForecast;

/** {@code contests.assembly} of the forecast JSON (docs/forecast-json.md). */
public final class AssemblyJson {
    private AssemblyJson() {
    }

    public static void write(ObjectNode o, AssemblyForecast a) {
        o.put("system", "additional-member");
        o.put("seats", a.seats());
        ArrayNode parties = o.putArray("parties");
        for (AssemblyForecast.PartySeats p : a.parties()) {
            ObjectNode n = parties.addObject();
            n.put("id", p.id());
            n.put("name", p.name());
            AverageJson.number(n, "seatsMean", p.seatsMean());
            AverageJson.number(n, "seatsP05", p.seatsP05());
            AverageJson.number(n, "seatsP95", p.seatsP95());
            AverageJson.number(n, "constituencySeatsMean", p.constituencyMean());
            AverageJson.number(n, "listSeatsMean", p.listMean());
            ArrayNode dist = n.putArray("seatDistribution");
            for (double d : p.seatDistribution()) {
                dist.add(d);
            }
            AverageJson.number(n, "pLargest", p.pLargest());
            AverageJson.number(n, "pOverThreshold", p.pOverThreshold());
            ForecastJson.distribution(n.putObject("listShare"), p.listShare());
        }
        ArrayNode constituencies = o.putArray("constituencies");
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            ObjectNode n = constituencies.addObject();
            n.put("name", c.name());
            n.put("baselineImputed", c.imputed());
            ObjectNode pWin = n.putObject("pWin");
            for (int j = 0; j < c.parties().size(); j++) {
                if (c.pWin()[j] > 0) {
                    pWin.put(c.parties().get(j), c.pWin()[j]);
                }
            }
        }
        ArrayNode blocs = o.putArray("blocs");
        for (AssemblyForecast.BlocForecast b : a.blocs()) {
            ObjectNode n = blocs.addObject();
            n.put("id", b.id());
            n.put("label", b.label());
            AverageJson.number(n, "p", b.p());
            AverageJson.number(n, "se", b.se());
        }
        ArrayNode notes = o.putArray("notes");
        a.notes().forEach(notes::add);
    }
}
