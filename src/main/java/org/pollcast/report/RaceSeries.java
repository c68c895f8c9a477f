package org.pollcast.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How the race moved: the Mayor's forecast made again as of earlier dates, each from only the polls public by then,
 * by one model version with one seed. Unlike the run-by-run history (what was published, when it was run), it
 * does not depend on when or how often pollcast ran, so it has a line on the first day.
 *
 * @param sims         simulations at each point
 * @param seed         the seed of every point: the same draws at every date, so a move between two points is the
 *                     polls' and time's, not Monte Carlo noise
 * @param modelVersion the model version that made every point
 * @param points       oldest first
 */
public record RaceSeries(long sims, long seed, String modelVersion, List<Point> points) {

    public RaceSeries {
        points = List.copyOf(points);
    }

    /**
     * The forecast as of one date.
     *
     * @param asOf      the date; only polls dated on or before it were used
     * @param polls     the Mayor's first-preference polls public by then
     * @param westminster Westminster polls public by then and after the newest of those, which moved it (the
     *                  Westminster trend: a move with no new mayoral poll is theirs); 0 when none did
     * @param source    where the forecast started ("average of 13 polls, 4 pollsters", or a prior)
     * @param pWin      option id to its chance of winning
     * @param firstPref option id to its first-preference share (mean and 90% range, percent)
     */
    public record Point(
            LocalDate asOf,
            int polls,
            int westminster,
            String source,
            Map<String, Double> pWin,
            Map<String, Share> firstPref) {
        public Point {
            pWin = Map.copyOf(pWin);
            firstPref = Map.copyOf(firstPref);
        }
    }

    /** A first-preference share: its mean and 90% range, in percent. */
    public record Share(double mean, double p05, double p95) {}

    /**
     * The series as one long table for {@code data/race.csv}: a row per date and option, in the order of
     * {@code options} (options a point does not have are left out of that point).
     */
    public Table table(List<String> options, Map<String, String> names) {
        StringColumn asOf = StringColumn.create("as_of");
        IntColumn polls = IntColumn.create("polls");
        StringColumn option = StringColumn.create("option");
        StringColumn name = StringColumn.create("name");
        DoubleColumn win = Tables.chances(DoubleColumn.create("chance_%"));
        DoubleColumn mean = Tables.decimals(DoubleColumn.create("share_mean"), 1);
        DoubleColumn p05 = Tables.decimals(DoubleColumn.create("share_p05"), 1);
        DoubleColumn p95 = Tables.decimals(DoubleColumn.create("share_p95"), 1);
        StringColumn source = StringColumn.create("source");
        for (Point p : points) {
            for (String o : options) {
                Double chance = p.pWin().get(o);
                Share s = p.firstPref().get(o);
                if (chance == null || s == null) {
                    continue;
                }
                asOf.append(p.asOf().toString());
                polls.append(p.polls());
                option.append(o);
                name.append(names.getOrDefault(o, o));
                Tables.append(win, 100 * chance);
                Tables.append(mean, s.mean());
                Tables.append(p05, s.p05());
                Tables.append(p95, s.p95());
                source.append(p.source());
            }
        }
        return Table.create("race", asOf, polls, option, name, win, mean, p05, p95, source);
    }
}
