package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;

/**
 * Seeded synthetic polls for benchmarks only (never stored, never shown as real): {@code k} pollsters with
 * fixed house effects poll the first {@code options} candidates of a contest over {@code days} days.
 */
public final class SyntheticPolls {
    private SyntheticPolls() {}

    public static List<Poll> of(Election e, int count, int days, int options, int pollsters, long seed) {
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        List<Candidate> candidates = mayor.candidates()
                .subList(0, Math.min(options, mayor.candidates().size()));
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        double[][] house = new double[pollsters][candidates.size()];
        for (int h = 0; h < pollsters; h++) {
            for (int j = 0; j < candidates.size(); j++) {
                house[h][j] = 2 * (rng.nextDouble() - 0.5);
            }
        }
        double[] base = new double[candidates.size()];
        double total = 0;
        for (int j = 0; j < base.length; j++) {
            base[j] = j < 2 ? 38 : 20.0 / base.length;
            total += base[j];
        }
        List<Poll> polls = new ArrayList<>(count);
        LocalDate end = e.date();
        for (int i = 0; i < count; i++) {
            int h = rng.nextInt(pollsters);
            int day = rng.nextInt(days);
            Map<String, Double> shares = new LinkedHashMap<>();
            double sum = 0;
            for (int j = 0; j < candidates.size(); j++) {
                double v = Math.max(0, base[j] * 95 / total + house[h][j] + 1.5 * (rng.nextDouble() - 0.5) * 2);
                shares.put(candidates.get(j).id(), Math.round(v * 10) / 10.0);
                sum += shares.get(candidates.get(j).id());
            }
            shares.put("other", Math.max(0, Math.round((100 - sum) * 10) / 10.0));
            LocalDate date = end.minusDays(days - day);
            polls.add(new Poll(
                    e.id(),
                    mayor.id(),
                    Scope.FIRST_PREF,
                    "Pollster " + h,
                    "Client " + i,
                    date.minusDays(2),
                    date,
                    null,
                    DatePrecision.EXACT,
                    500 + rng.nextInt(1500),
                    null,
                    null,
                    shares,
                    null,
                    false,
                    null,
                    null,
                    null));
        }
        return polls;
    }
}
