package org.pollcast.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.aggregate.Trend;

/**
 * {@code pollcast average --format json}: a poll average; no NaN is ever written (unknown numbers are null).
 *
 * @param trend the Kalman method's daily trend; left out for the other methods
 */
public record AverageJson(
        String election,
        String contest,
        String scope,
        LocalDate asOf,
        int polls,
        int pollsters,
        Settings settings,
        List<Share> shares,
        List<HouseEffectsJson.Estimate> houseEffects,
        List<String> notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) Trend trend) {

    public AverageJson {
        shares = List.copyOf(shares);
        houseEffects = List.copyOf(houseEffects);
        notes = List.copyOf(notes);
    }

    public static String write(PollAverage a) {
        return Json.write(of(a));
    }

    public static AverageJson of(PollAverage a) {
        return new AverageJson(
                a.election(),
                a.contest(),
                a.scope(),
                a.asOf(),
                a.polls(),
                a.pollsters(),
                Settings.of(a.settings()),
                a.shares().stream().map(Share::of).toList(),
                HouseEffectsJson.Estimate.all(a.houseEffects()),
                a.notes(),
                a.trend() == null ? null : Trend.of(a.trend()));
    }

    /** The aggregation settings the average was made with. */
    public record Settings(
            String method,
            double halfLifeDays,
            int sampleCap,
            double pollsterShareExponent,
            double shrinkage,
            boolean houseAdjusted,
            String pollsterWeights,
            int defaultSampleSize,
            double driftPerDay) {

        static Settings of(AggregateSettings s) {
            return new Settings(
                    s.method().code(),
                    s.halfLifeDays(),
                    s.sampleCap(),
                    s.pollsterShareExponent(),
                    s.shrinkage(),
                    s.adjustHouseEffects(),
                    s.pollsterWeighting().code(),
                    s.defaultSampleSize(),
                    s.driftPerDay());
        }
    }

    /** One option's average share in percent, its 90% interval and how much polling stands behind it. */
    public record Share(
            String option,
            String name,
            double share,
            double se,
            double low90,
            double high90,
            int polls,
            double effectivePolls,
            double effectiveSample) {

        static Share of(ShareEstimate e) {
            return new Share(
                    e.option(),
                    e.name(),
                    e.share(),
                    e.se(),
                    e.low90(),
                    e.high90(),
                    e.polls(),
                    e.effectivePolls(),
                    e.effectiveSample());
        }
    }

    /** The daily trend from {@code start}, one series per option, rounded to 0.001 points. */
    public record Trend(LocalDate start, int days, Map<String, Series> options) {

        public Trend {
            options = Json.ordered(options);
        }

        static Trend of(org.pollcast.aggregate.Trend t) {
            Map<String, Series> options = new LinkedHashMap<>();
            for (int j = 0; j < t.options().size(); j++) {
                options.put(
                        t.options().get(j), new Series(rounded(t.mean()[j], t.days()), rounded(t.se()[j], t.days())));
            }
            return new Trend(t.start(), t.days(), options);
        }

        private static List<Double> rounded(double[] values, int days) {
            List<Double> out = new ArrayList<>(days);
            for (int d = 0; d < days; d++) {
                out.add(Math.round(values[d] * 1000) / 1000.0);
            }
            return out;
        }
    }

    /** One option's trend: the smoothed mean and its standard error, day by day. */
    public record Series(List<Double> mean, List<Double> se) {

        public Series {
            mean = List.copyOf(mean);
            se = List.copyOf(se);
        }
    }
}
