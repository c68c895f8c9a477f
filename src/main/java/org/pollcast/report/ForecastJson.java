package org.pollcast.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.election.Candidate;
import org.pollcast.election.Contest;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffPair;
import org.pollcast.simulate.ShareDistribution;
import org.pollcast.simulate.Shifts;
import org.pollcast.simulate.SimulationSettings;

/**
 * The forecast as JSON, per docs/forecast-json.md: this record is the document, field for field. Deterministic: no
 * clock time, fixed field order, so the same seed gives the same bytes on any number of threads.
 *
 * @param contests the Mayor under its contest id, then the Assembly's where the election has one
 */
public record ForecastJson(
        String election,
        LocalDate asOf,
        long daysToElection,
        long sims,
        long seed,
        String generator,
        String source,
        Settings settings,
        Map<String, Contest> contests,
        List<String> notes) {

    public ForecastJson {
        contests = Json.ordered(contests);
        notes = List.copyOf(notes);
    }

    public static String write(ElectionForecast forecast) {
        return Json.write(of(forecast));
    }

    public static ForecastJson of(ElectionForecast forecast) {
        MayorForecast f = forecast.mayor();
        Map<String, Contest> contests = new LinkedHashMap<>();
        contests.put(f.contest(), Mayor.of(f));
        if (forecast.assembly() != null) {
            contests.put(forecast.assembly().contest(), AssemblyJson.of(forecast.assembly()));
        }
        return new ForecastJson(
                f.election(),
                f.input().asOf(),
                f.input().daysToElection(),
                f.sims(),
                f.settings().seed(),
                f.generator(),
                f.input().source(),
                Settings.of(f.settings()),
                contests,
                f.notes());
    }

    /** One entry of {@code contests}. */
    public sealed interface Contest permits Mayor, AssemblyJson {}

    /** The error scales and block size the simulation ran with. */
    public record Settings(
            double pollingErrorSd,
            double studentDf,
            double leaderCorrelation,
            double driftPerDay,
            double baselineErrorSd,
            double transferConcentration,
            double targetSe,
            int blockSize) {

        static Settings of(SimulationSettings s) {
            return new Settings(
                    s.pollingErrorSd(),
                    s.studentDf(),
                    s.leaderCorrelation(),
                    s.driftPerDay(),
                    s.baselineErrorSd(),
                    s.transferConcentration(),
                    s.targetSe(),
                    SimulationSettings.BLOCK);
        }
    }

    /** {@code contests.mayor}: the single-winner contest. */
    public record Mayor(
            String system,
            long simsKept,
            List<String> conditions,

            @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
            List<String> shifts,

            List<Candidate> candidates,
            List<Pair> runoffPairs)
            implements Contest {

        public Mayor {
            conditions = List.copyOf(conditions);
            shifts = List.copyOf(shifts);
            candidates = List.copyOf(candidates);
            runoffPairs = List.copyOf(runoffPairs);
        }

        static Mayor of(MayorForecast f) {
            return new Mayor(
                    f.system(),
                    f.kept(),
                    f.conditions(),
                    Shifts.of(f.input()),
                    f.candidates().stream().map(Candidate::of).toList(),
                    f.runoffPairs().stream().map(Pair::of).toList());
        }
    }

    /** One option's chances and simulated shares; {@code party} is null for independents and {@code other}. */
    public record Candidate(
            String id,
            String name,
            String party,
            double pWin,
            double pWinSe,
            double pRunoff,
            double pFirstRoundWin,
            Distribution firstPref,
            Distribution runoffShare) {

        static Candidate of(CandidateForecast c) {
            return new Candidate(
                    c.id(),
                    c.name(),
                    c.party(),
                    c.pWin(),
                    c.pWinSe(),
                    c.pRunoff(),
                    c.pFirstRoundWin(),
                    Distribution.of(c.firstPref()),
                    Distribution.of(c.runoffShare()));
        }
    }

    /** The mean, p05, p50 and p95 of a share distribution (also the Assembly's list shares). */
    public record Distribution(double mean, double p05, double p50, double p95) {

        public static Distribution of(ShareDistribution d) {
            return new Distribution(d.mean(), d.p05(), d.p50(), d.p95());
        }
    }

    /**
     * A final pair with its probability and Monte Carlo error; {@code a} leads in the average. {@code aShare}: a's
     * share of the two's votes when they meet, null when not tallied ({@link RunoffPair#aShare}).
     */
    public record Pair(String a, String b, double p, double se, Distribution aShare) {

        static Pair of(RunoffPair p) {
            return new Pair(p.a(), p.b(), p.p(), p.se(), p.aShare() == null ? null : Distribution.of(p.aShare()));
        }
    }
}
