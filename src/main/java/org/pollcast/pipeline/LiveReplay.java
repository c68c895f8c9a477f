package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pollcast.backtest.ReplayResult;
import org.pollcast.election.ConstituencyVotes;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Declaration;
import org.pollcast.election.Election;
import org.pollcast.ingest.ConstituencyResultsReader;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.simulate.LiveForecast;
import org.pollcast.simulate.LiveSimulator;

/**
 * The election-night model's backtest: a past election's bundled constituency declarations replayed in random
 * orders; after each declaration, the projected London first preferences against the result, and the same from
 * a plain uniform swing (each undeclared constituency's baseline shares moved by the declared constituencies'
 * vote-weighted swing, its votes by their turnout change), which the model must beat. Orders run in parallel,
 * each on its own stream, and are averaged in order, so the table does not depend on the threads.
 */
public final class LiveReplay {
    private static final double FLOOR = 1e-4;

    private LiveReplay() {}

    public static ReplayResult run(Workspace ws, ReplayRequest request) {
        Election election = ws.catalog().resolve(request.election());
        if (election.listLed()) {
            // Refused before the prior's simulations: there is nothing to replay the night from.
            throw new RequestException(
                    "replay",
                    election.constituenciesOnly()
                            ? election.id() + " is a body of constituencies only, led by its vote, and a replay of"
                                    + " such a night is not built: run it with live --declared (a constituency's"
                                    + " results, declared in full, fix its seat)"
                            : election.id() + " is led by its list vote, and a replay declares the list votes"
                                    + " constituency by constituency, but pollcast has no list results by constituency"
                                    + " to read (data/results holds the list vote for the whole area, and by region): a"
                                    + " list-led night can be run with live --declared, not replayed");
        }
        // A replay scores the model on a past night, so its prior is drawn in full whatever each step's draws (4,000
        // by default): one prior for the whole replay.
        LivePrior prior = LivePrior.build(ws, request.election(), Live.PRIOR_SIMS);
        // Matched to the count areas as a declaration is, by name or id in any case.
        Map<String, ConstituencyVotes> rows = ConstituencyResultsReader.byArea(
                ConstituencyResultsReader.read(
                        ws.resultFiles(ResultFiles.Kind.MAYOR_CONSTITUENCY_RESULTS),
                        ws.rowOwners(),
                        prior.election(),
                        prior.contest(),
                        ws.aliases()),
                prior.election().countAreas(prior.contest()));
        List<Declaration> all = new ArrayList<>();
        for (String name : prior.constituencies()) {
            ConstituencyVotes v = rows.get(name);
            if (v == null || !v.countable()) {
                throw new RequestException(
                        "replay",
                        prior.election().id() + ": " + name + " has no complete mayoral result in "
                                + ws.home().results() + " (every candidate's votes, not the leading two: a replay"
                                + " declares the count as it was), so the night cannot be replayed");
            }
            Map<String, Long> votes = new LinkedHashMap<>();
            for (int i = 0; i < v.votes().length; i++) {
                votes.merge(v.options().get(i), v.votes()[i], Long::sum);
            }
            all.add(new Declaration(name, votes, 1, Map.of(), 0));
        }
        ContestResult result = ws.results()
                .firstPreferences(prior.election(), prior.contest().id())
                .orElseThrow(
                        () -> new RequestException("replay", prior.election().id() + ": no result to score"));
        int k = prior.k();
        double[] actual = new double[k];
        double total = result.total();
        result.votes().forEach((id, v) -> actual[prior.option().get(id)] += 100.0 * v / total);
        String winner = ws.results()
                .finalRound(prior.election(), prior.contest().id())
                .orElse(result)
                .topTwo()
                .get(0);
        int winnerOption = prior.option().get(winner);
        int m = prior.m();
        double[][] perOrder = new double[request.orders()][];
        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), r -> {
            Thread t = new Thread(r, "pollcast-replay");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int o = 0; o < request.orders(); o++) {
                int order = o;
                futures.add(pool.submit(() -> {
                    perOrder[order] = replayOne(prior, all, actual, winnerOption, request, order);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("replay failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<ReplayResult.Row> out = new ArrayList<>();
        for (int d = 0; d < m; d++) {
            double[] mean = new double[METRICS];
            for (double[] r : perOrder) {
                for (int x = 0; x < METRICS; x++) {
                    mean[x] += r[d * METRICS + x] / request.orders();
                }
            }
            out.add(new ReplayResult.Row(d, mean[0], mean[1], mean[2], mean[3], mean[4], mean[5], mean[6]));
        }
        List<String> notes = new ArrayList<>(prior.notes().stream()
                .map(n -> n.equals(LivePrior.MAYOR_ONLY) ? LivePrior.REPLAY_MAYOR_ONLY : n)
                .toList());
        notes.add(
                "scored on candidates with 5% or more of the first preferences; 'other' is every untracked candidate");
        return new ReplayResult(
                prior.election().id(),
                prior.election().baseline(),
                request.orders(),
                request.sims(),
                request.seed(),
                winner,
                out,
                notes);
    }

    private static final int METRICS = 7;

    /** One random order: for 0 to m − 1 declared, counted, MAE, coverage, winner's p, log loss, US MAE, better. */
    private static double[] replayOne(
            LivePrior prior, List<Declaration> all, double[] actual, int winner, ReplayRequest request, int order) {
        int m = prior.m();
        List<Declaration> shuffled = new ArrayList<>(all);
        SplittableRandom random = new SplittableRandom(request.seed() * 31 + order);
        for (int i = m - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Declaration t = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, t);
        }
        double finalVotes = 0;
        for (Declaration d : all) {
            finalVotes += d.total();
        }
        double[] out = new double[m * METRICS];
        for (int d = 0; d < m; d++) {
            List<Declaration> declared = shuffled.subList(0, d);
            LiveModels.Built built = LiveModels.build(prior, declared, LiveModels.Parameters.withDefaults());
            LiveForecast f = LiveSimulator.run(
                            built.model(), request.sims(), request.seed() + 7919L * order + d, 1, 0, built.context())
                    .forecast();
            double[] uniform = UniformSwing.project(prior, declared);
            double err = 0;
            double uerr = 0;
            int inside = 0;
            int scored = 0;
            for (int j = 0; j < prior.k(); j++) {
                if (actual[j] < 5) {
                    continue;
                }
                LiveForecast.Candidate c = f.candidates().get(j);
                err += Math.abs(c.firstPref().mean() - actual[j]);
                uerr += Math.abs(uniform[j] - actual[j]);
                inside += actual[j] >= c.firstPref().p05()
                                && actual[j] <= c.firstPref().p95()
                        ? 1
                        : 0;
                scored++;
            }
            double counted = 0;
            for (Declaration x : declared) {
                counted += x.total();
            }
            double p = f.candidates().get(winner).pWin();
            int at = d * METRICS;
            out[at] = counted / finalVotes;
            out[at + 1] = err / scored;
            out[at + 2] = (double) inside / scored;
            out[at + 3] = p;
            out[at + 4] = -Math.log(Math.max(FLOOR, p));
            out[at + 5] = uerr / scored;
            out[at + 6] = err < uerr ? 1 : 0;
        }
        return out;
    }
}
