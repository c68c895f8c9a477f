package org.pollcast.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.election.Bloc;
import org.pollcast.election.Constituency;
import org.pollcast.election.Party;
import org.pollcast.simulate.AssemblyForecast;

/**
 * {@code contests.assembly} of the forecast JSON (docs/forecast-json.md).
 *
 * @param house the house's size over the simulations where overhang is kept and it grows; left out for a fixed house
 */
public record AssemblyJson(
        String system,
        int seats,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        AssemblyForecast.House house,

        List<Party> parties,
        List<Constituency> constituencies,
        List<Bloc> blocs,
        List<String> notes,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<Region> regions)
        implements ForecastJson.Contest {

    public AssemblyJson {
        parties = List.copyOf(parties);
        constituencies = List.copyOf(constituencies);
        blocs = List.copyOf(blocs);
        notes = List.copyOf(notes);
        regions = List.copyOf(regions);
    }

    /** A list region's expected list seats by party id (parties with none on average left out). */
    public record Region(String id, String name, int listSeats, Map<String, Double> listSeatsMean) {
        static Region of(AssemblyForecast a, AssemblyForecast.RegionSeats r) {
            Map<String, Double> mean = new LinkedHashMap<>();
            for (int j = 0; j < a.parties().size(); j++) {
                if (r.listSeatsMean()[j] > 0) {
                    mean.put(a.parties().get(j).id(), r.listSeatsMean()[j]);
                }
            }
            return new Region(r.id(), r.name(), r.listSeats(), mean);
        }
    }

    public static AssemblyJson of(AssemblyForecast a) {
        return new AssemblyJson(
                "additional-member",
                a.seats(),
                a.house(),
                a.parties().stream().map(p -> Party.of(a, p)).toList(),
                a.constituencies().stream().map(Constituency::of).toList(),
                a.blocs().stream().map(Bloc::of).toList(),
                a.notes(),
                a.regions().stream().map(r -> Region.of(a, r)).toList());
    }

    /**
     * A party's seats; {@code seatDistribution[s]} is P(total seats = s). {@code pEligible}, the chance it could win
     * list seats (over the threshold or spared it by the waiver's constituency seats), is there only where the contest
     * has a waiver. {@code pMajority}, the chance of more than half the seats alone, is there only in a house of one kind
     * of seat (constituencies only, or lists only), where it is the question the forecast is read for.
     */
    public record Party(
            String id,
            String name,
            double seatsMean,
            double seatsP05,
            double seatsP95,
            double constituencySeatsMean,
            double listSeatsMean,
            List<Double> seatDistribution,
            double pLargest,
            double pOverThreshold,
            ForecastJson.Distribution listShare,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            Double pEligible,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            Double pMajority) {

        public Party {
            seatDistribution = List.copyOf(seatDistribution);
        }

        static Party of(AssemblyForecast a, AssemblyForecast.PartySeats p) {
            return new Party(
                    p.id(),
                    p.name(),
                    p.seatsMean(),
                    p.seatsP05(),
                    p.seatsP95(),
                    p.constituencyMean(),
                    p.listMean(),
                    Arrays.stream(p.seatDistribution()).boxed().toList(),
                    p.pLargest(),
                    p.pOverThreshold(),
                    ForecastJson.Distribution.of(p.listShare()),
                    Double.isNaN(p.pEligible()) ? null : p.pEligible(),
                    AssemblyTables.asksMajority(a) ? AssemblyTables.pMajority(a, p) : null);
        }
    }

    /** A constituency's winning chances by party id; parties that never win it are left out. */
    public record Constituency(String name, boolean baselineImputed, Map<String, Double> pWin) {

        public Constituency {
            pWin = Json.ordered(pWin);
        }

        static Constituency of(AssemblyForecast.ConstituencyForecast c) {
            Map<String, Double> pWin = new LinkedHashMap<>();
            for (int j = 0; j < c.parties().size(); j++) {
                if (c.pWin()[j] > 0) {
                    pWin.put(c.parties().get(j), c.pWin()[j]);
                }
            }
            return new Constituency(c.name(), c.imputed(), pWin);
        }
    }

    /** The probability of one seat threshold in the election definition. */
    public record Bloc(String id, String label, double p, double se) {

        static Bloc of(AssemblyForecast.BlocForecast b) {
            return new Bloc(b.id(), b.label(), b.p(), b.se());
        }
    }
}
