package org.pollcast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.ingest.IngestReport;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.Ingester;
import org.pollcast.poll.ForecastRun;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.report.ChangeReport;
import org.pollcast.report.ReportInput;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "nightly", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"One unattended run for cron: ingest the configured sources, forecast, record the result in the "
                + "store's history, and render the report with what changed since the last run (each new poll's effect, "
                + "the forecast re-run without it with the same seed, and time's). A run that finds nothing new changes "
                + "nothing but the last-checked time. A lock stops two runs overlapping.",
            "Exit status: 0 done, 1 failed (a source failed, the lock is held; the previous report and history are "
                + "left as they were), 2 bad configuration. One summary line on success."},
        footer = {"", "Example (crontab):", "  15 2 * * *  cd /srv/pollcast && ./pollcast nightly --config data/nightly.yaml >> nightly.log 2>&1"})
final class NightlyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The nightly configuration (YAML).")
    Path config;

    @Override
    @SuppressWarnings("try") // the lock is held for the run's duration, never referenced in it
    public Integer call() throws IOException {
        NightlyConfig cfg = NightlyConfig.load(config);
        if (cfg.db() != null && common.db == null) {
            common.db = cfg.db();
        }
        Election election = common.catalog().resolve(cfg.election());
        Path out = cfg.out() != null ? cfg.out() : Path.of("reports", election.id());
        PrintWriter err = spec.commandLine().getErr();
        Path lockFile = common.dbPath().toAbsolutePath().resolveSibling(common.dbPath().getFileName() + ".nightly.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // held by this same process (another run started in-process)
            }
            if (lock == null) {
                err.println("pollcast: nightly: another run holds " + lockFile + "; nothing done");
                return ErrorHandler.FAILED;
            }
            try (FileLock held = lock) {
                return run(cfg, election, out, err);
            }
        }
    }

    private int run(NightlyConfig cfg, Election election, Path out, PrintWriter err) {
        Instant now = Instant.now();
        // 1. Ingest. A source that fails stops the run before anything else changes.
        Ingester ingester = common.ingester();
        IngestSettings settings = IngestSettings.withDefaults().withElection(election).withSkipInvalid(cfg.skipInvalid())
                .withAcceptNewPollsters(cfg.newPollsters()).withTimeout(Duration.ofSeconds(Math.max(1, cfg.timeoutSeconds())));
        int added = 0;
        try (PollStore store = common.openStore()) {
            for (String source : cfg.sources()) {
                try {
                    IngestReport r = ingester.ingest(source, store, settings);
                    added += r.added();
                } catch (BadInputException e) {
                    err.println("pollcast: nightly: source failed, nothing else done (report and history unchanged): " + e.getMessage());
                    e.details().forEach(d -> err.println("  " + d));
                    return ErrorHandler.FAILED;
                }
            }
        }
        // 2. Nothing new since the last run: confirm it, change nothing else.
        AggregateOptions aggregate = new AggregateOptions();
        LocalDate asOf = aggregate.asOf(election);
        List<StoredPoll> stored;
        List<ForecastRun> runs;
        try (PollStore store = common.openStore()) {
            PollSource.ensureLoaded(common, store, election, err);
            stored = store.polls(PollQuery.of(election.id()).withUntil(asOf));
            runs = store.runs(election.id());
        }
        List<Long> ids = stored.stream().map(StoredPoll::id).sorted().toList();
        ForecastRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.pollIds().equals(ids) && last.asOf().equals(asOf)) {
            try (PollStore store = common.openStore()) {
                store.touchRun(last.id(), now);
            }
            spec.commandLine().getOut().println(election.id() + " nightly: nothing new since " + last.runAt() + " (" + ids.size()
                    + " polls, as of " + asOf + "); report unchanged");
            return 0;
        }
        // 3. Forecast, and attribute the move since the last run.
        SimulationOptions sim = new SimulationOptions();
        sim.sims = cfg.sims();
        sim.seed = cfg.seed();
        List<Poll> polls = stored.stream().map(StoredPoll::poll).toList();
        ElectionForecast forecast = ForecastRunner.runWith(common, aggregate, sim, election, polls, asOf, List.of(), err);
        ChangeReport changes = last == null ? null : changes(cfg, election, stored, last, forecast, asOf, aggregate, sim, err);
        Map<String, Double> pWin = new LinkedHashMap<>();
        for (CandidateForecast c : forecast.mayor().candidates()) {
            pWin.put(c.id(), c.pWin());
        }
        ForecastRun run = new ForecastRun(0, election.id(), now, now, asOf, ids, cfg.seed(), forecast.mayor().sims(), pWin);
        // 4. Render first (the previous report stays until the new one is complete), then record the run.
        ReportInput input = ReportInputs.gather(common, aggregate, election, forecast, changes, now, err)
                .withHistoryRun(new ReportInput.HistoryRun(now, asOf, pWin));
        ReportCommand.write(common, input, out);
        try (PollStore store = common.openStore()) {
            store.addRun(run);
        }
        CandidateForecast leader = forecast.mayor().candidates().stream()
                .max(java.util.Comparator.comparingDouble(CandidateForecast::pWin)).orElseThrow();
        String move = last == null ? "first run" : String.format(Locale.ROOT, "%+.1f pts since the last run",
                100 * (leader.pWin() - last.pWin().getOrDefault(leader.id(), 0.0)));
        spec.commandLine().getOut().printf(Locale.ROOT, "%s nightly: %d new poll%s; %s %.1f%% to win (%s); report %s%n", election.id(),
                added, added == 1 ? "" : "s", leader.name(), 100 * leader.pWin(), move, out.resolve("index.html"));
        return 0;
    }

    /**
     * Each new poll's effect: the forecast with it minus the forecast without it (same seed). Time's effect: the
     * last run's polls forecast at today's date, minus the last run. What is left is interaction and noise.
     */
    private ChangeReport changes(NightlyConfig cfg, Election election, List<StoredPoll> stored, ForecastRun last,
            ElectionForecast now, LocalDate asOf, AggregateOptions aggregate, SimulationOptions sim, PrintWriter err) {
        Set<Long> before = new TreeSet<>(last.pollIds());
        List<StoredPoll> fresh = stored.stream().filter(sp -> !before.contains(sp.id())).toList();
        List<String> labels = new ArrayList<>();
        List<ElectionForecast> without = new ArrayList<>();
        for (StoredPoll p : fresh) {
            labels.add(p.poll().pollster() + (p.poll().client().isEmpty() ? "" : "/" + p.poll().client()) + " " + p.poll().date() + " ("
                    + p.poll().contest() + " " + p.poll().scope() + ")");
            List<Poll> rest = stored.stream().filter(sp -> sp.id() != p.id()).map(StoredPoll::poll).toList();
            without.add(ForecastRunner.runWith(common, aggregate, sim, election, rest, asOf, List.of(), err));
        }
        // The last run's polls at today's date. With no new poll they are today's polls, and with one they are the
        // "without it" set just run: the same inputs and seed give the same forecast, so it is not simulated again.
        ElectionForecast oldNow;
        if (fresh.isEmpty()) {
            oldNow = now;
        } else if (fresh.size() == 1) {
            oldNow = without.get(0);
        } else {
            List<Poll> oldPolls = stored.stream().filter(sp -> before.contains(sp.id())).map(StoredPoll::poll).toList();
            oldNow = ForecastRunner.runWith(common, aggregate, sim, election, oldPolls, asOf, List.of(), err);
        }
        List<ChangeReport.OptionChange> options = new ArrayList<>();
        for (CandidateForecast c : now.mayor().candidates()) {
            double then = last.pWin().getOrDefault(c.id(), 0.0);
            double[] byPoll = new double[fresh.size()];
            double explained = 0;
            for (int i = 0; i < fresh.size(); i++) {
                byPoll[i] = c.pWin() - pWin(without.get(i), c.id());
                explained += byPoll[i];
            }
            double byTime = pWin(oldNow, c.id()) - then;
            explained += byTime;
            options.add(new ChangeReport.OptionChange(c.id(), c.name(), then, c.pWin(), byPoll, byTime, c.pWin() - then - explained));
        }
        return new ChangeReport(last.runAt().toString(), last.asOf().toString(), labels, options);
    }

    private static double pWin(ElectionForecast f, String id) {
        return f.mayor().candidates().stream().filter(c -> c.id().equals(id)).mapToDouble(CandidateForecast::pWin).findFirst().orElse(0);
    }
}
