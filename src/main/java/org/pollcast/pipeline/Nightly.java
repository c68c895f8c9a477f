package org.pollcast.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pollcast.BadInputException;
import org.pollcast.Counted;
import org.pollcast.election.Election;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.IngestReport;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.Ingester;
import org.pollcast.ingest.NightlyConfig;
import org.pollcast.poll.ForecastRun;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.report.ChangeReport;
import org.pollcast.report.ReportException;
import org.pollcast.report.ReportFolder;
import org.pollcast.report.ReportInput;
import org.pollcast.report.ReportWriter;
import org.pollcast.report.Tables;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * One unattended run for cron: ingest the configured sources, forecast, render the report with what changed
 * since the last run, then record the run in the store's history. A lock beside the store stops two runs
 * overlapping; a source that fails stops the run before anything changes; a run that finds nothing new
 * changes only the last run's checked time.
 */
public final class Nightly {
    private Nightly() {}

    /** Runs {@code cfg} in {@code ws} (whose store is the config's when it names one and the workspace was not given one). */
    @SuppressWarnings("try") // the lock is held for the run's duration, never referenced in it
    public static NightlyResult run(Workspace ws, NightlyConfig cfg) throws IOException {
        Election election = ws.catalog().resolve(cfg.election());
        Path out = cfg.out() != null ? cfg.out() : Path.of("reports", election.id());
        Path db = ws.store().toAbsolutePath();
        Path lockFile = lockFile(db);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this same process (another run started in-process)
            }
            if (lock == null) {
                return new NightlyResult(
                        NightlyResult.Outcome.LOCKED, "another run holds " + lockFile + "; nothing done", List.of());
            }
            try (FileLock held = lock) {
                return locked(ws, cfg, election, out);
            }
        }
    }

    /** The settings of a run that change its forecast or report (sources add polls, which are compared as polls). */
    private static String settings(NightlyConfig cfg, Election election) {
        return "election=" + election.id() + ";sims=" + cfg.sims() + ";seed=" + cfg.seed() + ";raceChart="
                + cfg.raceChart();
    }

    /**
     * The fingerprint of what this run reads besides its polls ({@link RunInputs}): the data folder, and the files it
     * reads from elsewhere, which a newsroom edits as readily. A definition named by its path (a .yml, or one outside
     * data/elections) and the alias files given with --aliases, merged after data/aliases.yaml, change the forecast
     * as much as a file in data/ does; left out, an edit to one left the run saying "nothing new" over a stale report.
     */
    static String inputs(Workspace ws, NightlyConfig cfg, Election election, Path out) {
        List<Path> elsewhere = new ArrayList<>();
        if (ElectionCatalog.isPath(cfg.election())) {
            elsewhere.add(Path.of(cfg.election()));
        }
        elsewhere.addAll(ws.extraAliases());
        return RunInputs.fingerprint(ws.home(), settings(cfg, election), List.of(out, ws.store()), elsewhere);
    }

    /** The lock beside the store; its name matches {@code *.nightly.lock}, which .gitignore lists. */
    public static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".nightly.lock");
    }

    private static NightlyResult locked(Workspace ws, NightlyConfig cfg, Election election, Path out)
            throws IOException {
        Instant now = Instant.now();
        // 0. A report folder that is not pollcast's (someone put a file in it) is refused before anything is stored:
        // checked only when rendering, the run had already ingested and forecast, and the polls it stored then went
        // into the next run as if that run had found them.
        ReportWriter.checkReplaceable(out);
        // 1. Ingest. A source that fails stops the run before anything else changes.
        Ingester ingester = ws.ingester();
        IngestSettings settings = IngestSettings.withDefaults()
                .withElection(election)
                .withSkipInvalid(cfg.skipInvalid())
                .withAcceptNewPollsters(cfg.newPollsters())
                .withTimeout(Duration.ofSeconds(Math.max(1, cfg.timeoutSeconds())))
                .withMaxDownloadBytes((long) cfg.maxDownloadMb() << 20);
        List<String> skipped = new ArrayList<>();
        try (PollStore store = ws.openStore()) {
            // The bundled polls first: once a source has put polls of a contest into an empty store, that contest's
            // bundled polls would never be loaded (they load only for a contest the store has no polls of), and the
            // forecast would rest on the sources alone.
            PollSource.ensureLoaded(ws, store, election);
            for (int i = 0; i < cfg.sources().size(); i++) {
                NightlyConfig.Source source = cfg.sources().get(i);
                try {
                    IngestReport r = ingester.ingest(
                            source.location(),
                            store,
                            source.contest() == null ? settings : settings.withContest(source.contest()));
                    skipped.addAll(skippedLines(r));
                } catch (BadInputException e) {
                    List<String> details = new ArrayList<>(
                            e.details().stream().map(Nightly::inConfigTerms).toList());
                    if (source.contest() == null && e.getMessage().contains("--contest")) {
                        // The message is ingest's, for its command line; nightly has none.
                        details.add("in the nightly configuration, give the source with its contest:" + " {source: "
                                + source.location() + ", contest: ID}");
                    }
                    // Unattended, the log is all a newsroom sees: it must say which source, and that the published
                    // report is still the last good one rather than one missing a source.
                    return new NightlyResult(
                            NightlyResult.Outcome.SOURCE_FAILED,
                            "source failed, nothing else done (report and history unchanged"
                                    + (i == 0 ? "" : "; the polls of the sources before it are stored and kept")
                                    + "): " + located(inConfigTerms(e.getMessage()), source.location()),
                            details);
                }
            }
        }
        // 2. Nothing new since the last run: confirm it, change nothing else.
        LocalDate asOf = Averages.asOf(ws, election, null);
        List<StoredPoll> stored;
        List<ForecastRun> runs;
        try (PollStore store = ws.openStore()) {
            PollSource.ensureLoaded(ws, store, election);
            stored =
                    PollSource.read(store, election, PollQuery.of(election.id()).withUntil(asOf));
            runs = store.runs(election.id());
        }
        List<Long> ids = stored.stream().map(StoredPoll::id).sorted().toList();
        ForecastRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        String inputs = inputs(ws, cfg, election, out);
        boolean nothingNew = last != null
                && last.pollIds().equals(ids)
                && last.asOf().equals(asOf)
                && last.modelVersion().equals(Forecasts.MODEL_VERSION)
                && last.inputs().equals(inputs);
        // The report must still be there to be "unchanged": a folder cleaned out or moved away by a deploy left the
        // run saying "report unchanged" of no report, night after night until a poll came.
        boolean reportGone = ReportFolder.inspect(out).owner() != ReportFolder.Owner.POLLCAST;
        if (nothingNew && !reportGone) {
            try (PollStore store = ws.openStore()) {
                store.touchRun(last.id(), now);
            }
            return new NightlyResult(
                    NightlyResult.Outcome.UNCHANGED,
                    election.id() + " nightly: nothing new since "
                            + last.runAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " ("
                            + Counted.of(ids.size(), "poll", "polls") + ", as of " + asOf + "); report unchanged"
                            + skippedNote(skipped),
                    skipped);
        }
        // 3. Forecast, and attribute the move since the last run.
        ForecastRequest request = ForecastRequest.of(election.id(), asOf).withSimulation(simulation(cfg));
        List<Poll> polls = stored.stream().map(StoredPoll::poll).toList();
        ForecastOutcome outcome;
        try {
            outcome = Forecasts.runAsOf(ws, request, election, polls, asOf, true);
        } catch (BadInputException | RequestException e) {
            if (skipped.isEmpty()) {
                throw e;
            }
            // The rows skipInvalid left out are why there is nothing to forecast from, when every row was: the run
            // said only "no polls", and a newsroom's log held nothing to fix.
            List<String> details = new ArrayList<>(e instanceof BadInputException b ? b.details() : List.of());
            details.addAll(shown(skipped));
            throw new BadInputException(
                    e.getMessage() + "; the sources' rows left out by skipInvalid are listed below", details);
        }
        ElectionForecast forecast = outcome.forecast();
        ChangeReport changes =
                last == null ? null : changes(ws, request, election, stored, last, forecast, asOf, inputs);
        Map<String, Double> pWin = new LinkedHashMap<>();
        for (CandidateForecast c : forecast.mayor().candidates()) {
            pWin.put(c.id(), c.pWin());
        }
        ForecastRun run = new ForecastRun(
                0,
                election.id(),
                now,
                now,
                asOf,
                ids,
                request.simulation().seed(),
                forecast.mayor().sims(),
                pWin,
                Forecasts.MODEL_VERSION,
                inputs);
        // 4. Render first (the previous report stays until the new one is complete), then record the run.
        ReportInput input = Explanations.add(
                        ws, request, outcome, ReportInputs.gather(ws, outcome, request.averaging(), changes, now))
                .withHistoryRun(new ReportInput.HistoryRun(now, asOf, pWin, Forecasts.MODEL_VERSION));
        if (cfg.raceChart()) {
            input = input.withRace(RaceOverTime.compute(
                    ws, request, election, polls, asOf, outcome.forecast().mayor()));
        }
        try {
            Reports.write(ws, input, out);
        } catch (ReportException e) {
            // The run is recorded only once its report is out: unrecorded, the next run makes the forecast again.
            return new NightlyResult(
                    NightlyResult.Outcome.REPORT_FAILED,
                    "report not written, so the run was not recorded (the previous report and the history are as"
                            + " they were; the next run forecasts again): " + e.getMessage(),
                    List.of());
        }
        try (PollStore store = ws.openStore()) {
            store.addRun(run);
        }
        // New since the last run, as the report's "what changed" counts them: a run killed after its ingest, or an
        // `ingest` between runs, stored polls this run did not add, and the line said "0 new polls" over a move. On
        // the first run every poll is new, the bundled ones included (it said "0 new polls" of a store it had just
        // given seven).
        Set<Long> lastIds = last == null ? Set.of() : new TreeSet<>(last.pollIds());
        int fresh = (int) ids.stream().filter(id -> !lastIds.contains(id)).count();
        CandidateForecast leader = forecast.mayor().candidates().stream()
                .max(Comparator.comparingDouble(CandidateForecast::pWin))
                .orElseThrow();
        String move = last == null
                ? "first run"
                : String.format(
                        Locale.ROOT,
                        "%s pts since the last run%s",
                        Tables.signed(
                                Tables.pointsBetweenPrinted(last.pWin().getOrDefault(leader.id(), 0.0), leader.pWin()),
                                1),
                        (last.modelVersion().equals(Forecasts.MODEL_VERSION)
                                        ? ""
                                        : ", partly the model's: model " + last.modelVersion() + " -> "
                                                + Forecasts.MODEL_VERSION)
                                + (changes != null && changes.dataChanged()
                                        ? ", partly the data's (definitions, results or settings changed)"
                                        : ""));
        return new NightlyResult(
                NightlyResult.Outcome.UPDATED,
                String.format(
                                Locale.ROOT,
                                "%s nightly: %d new poll%s; %s %s%% to %s (%s); report %s",
                                election.id(),
                                fresh,
                                fresh == 1 ? "" : "s",
                                leader.name(),
                                Tables.chance(leader.pWin(), true),
                                election.leadVote()
                                        .map(v -> "win the most " + v.plural())
                                        .orElse("win"),
                                move,
                                out.resolve("index.html"))
                        + (nothingNew && reportGone ? " (written again: nothing new, but the report was gone)" : "")
                        + skippedNote(skipped),
                skipped);
    }

    /**
     * Time's effect: the last run's polls forecast at today's date, minus the last run. Then each new poll's effect,
     * taking them in the order they were published: the forecast with it and the new polls before it, minus the
     * forecast with only those before it (same seed). The effects add up to the change, as a newsroom reads them.
     * Each poll's effect used to be the forecast with every new poll minus the forecast without that one: two polls
     * saying the same thing each seemed to change nothing (the other still said it), and the move of 8.9 points
     * they made together was left to "other".
     */
    private static ChangeReport changes(
            Workspace ws,
            ForecastRequest request,
            Election election,
            List<StoredPoll> stored,
            ForecastRun last,
            ElectionForecast now,
            LocalDate asOf,
            String inputs) {
        if (!election.lastPollDay().equals(election.date())
                && !last.asOf().isAfter(election.date())
                && asOf.isAfter(election.date())) {
            // The first round was counted between the runs: the race is now the finalists', not a move of the last
            // run's to attribute poll by poll (whose polls may hold no poll of the pair, which stopped every night's
            // run with an error from then on).
            return null;
        }
        Set<Long> before = new TreeSet<>(last.pollIds());
        List<StoredPoll> fresh = stored.stream()
                .filter(sp -> !before.contains(sp.id()))
                .sorted(Comparator.comparing((StoredPoll sp) -> sp.poll().date())
                        .thenComparingLong(StoredPoll::id))
                .toList();
        List<String> labels = new ArrayList<>();
        for (StoredPoll p : fresh) {
            // The name the poll was published under (Savanta), as the report's poll table gives it, not its house
            // (ComRes), which an editor would not recognise as the poll just published.
            labels.add(p.poll().publishedAs()
                    + (p.poll().client().isEmpty() ? "" : "/" + p.poll().client()) + " "
                    + p.poll().date() + " ("
                    + p.poll().scope().question(p.poll().contest()) + ")");
        }
        // steps.get(i): the last run's polls and the first i new ones, at today's date; the last step is today's
        // forecast itself (the same inputs and seed give the same forecast, so it is not simulated again).
        List<ElectionForecast> steps = new ArrayList<>();
        Set<Long> in = new HashSet<>(before);
        for (int i = 0; i < fresh.size(); i++) {
            List<Poll> polls = stored.stream()
                    .filter(sp -> in.contains(sp.id()))
                    .map(StoredPoll::poll)
                    .toList();
            steps.add(
                    Forecasts.runAsOf(ws, request, election, polls, asOf, true).forecast());
            in.add(fresh.get(i).id());
        }
        steps.add(now);
        ElectionForecast oldNow = steps.get(0);
        List<ChangeReport.OptionChange> options = new ArrayList<>();
        for (CandidateForecast c : now.mayor().candidates()) {
            double then = last.pWin().getOrDefault(c.id(), 0.0);
            double[] byPoll = new double[fresh.size()];
            double explained = 0;
            for (int i = 0; i < fresh.size(); i++) {
                byPoll[i] = pWin(steps.get(i + 1), c.id()) - pWin(steps.get(i), c.id());
                explained += byPoll[i];
            }
            double byTime = pWin(oldNow, c.id()) - then;
            explained += byTime;
            options.add(new ChangeReport.OptionChange(
                    c.id(), c.name(), then, c.pWin(), byPoll, byTime, c.pWin() - then - explained));
        }
        return new ChangeReport(
                last.runAt().toString(),
                last.asOf().toString(),
                last.modelVersion(),
                Forecasts.MODEL_VERSION,
                // A run recorded before the fingerprint was kept cannot say whether the data changed: not claimed.
                !last.inputs().equals(inputs) && !last.inputs().equals("unrecorded"),
                labels,
                options);
    }

    /** The most lines of skipped rows a run prints: the rest are counted, not listed. */
    private static final int SKIPPED_SHOWN = 20;

    /**
     * What a source's ingest left out and why, one line each: the rows {@code skipInvalid} skipped (file, line, field)
     * and the tables a page's headings put aside. Without them a bad row in a followed file was dropped without a
     * word, and the run said "nothing new", exit 0, night after night.
     */
    private static List<String> skippedLines(IngestReport r) {
        List<String> lines = new ArrayList<>(r.notes());
        r.rejectedPolls().stream()
                .flatMap(p -> p.problems().stream())
                .forEach(p -> lines.add("skipped (skipInvalid): " + p));
        return lines;
    }

    /** "; 2 problems skipped (skipInvalid), listed below" when a source's rows were left out. */
    private static String skippedNote(List<String> skipped) {
        long n = skipped.stream().filter(l -> l.startsWith("skipped")).count();
        return n == 0 ? "" : "; " + n + (n == 1 ? " problem" : " problems") + " skipped (skipInvalid), listed below";
    }

    /** At most {@link #SKIPPED_SHOWN} of {@code lines}, then how many more. */
    public static List<String> shown(List<String> lines) {
        if (lines.size() <= SKIPPED_SHOWN) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, SKIPPED_SHOWN));
        shown.add("... and " + (lines.size() - SKIPPED_SHOWN) + " more");
        return shown;
    }

    /**
     * A download's message as nightly's user can act on it: ingest's says "raise --timeout", but nightly has no
     * command-line options for its sources; its configuration's fields are named instead.
     */
    static String inConfigTerms(String message) {
        return message.replace("(raise --timeout)", "(raise timeoutSeconds in the nightly configuration)")
                .replace("(raise --max-download)", "(raise maxDownloadMb in the nightly configuration)")
                .replace(
                        "(--skip-invalid stores the valid polls and writes the rest to a rejects file)",
                        "(skipInvalid: true in the nightly configuration stores the valid polls and lists the rest)")
                .replace("but --election ", "but the nightly configuration's election ");
    }

    /**
     * {@code message} beginning with the source it is about, when it does not name it already: a reader's message
     * names its file or page, but not every message of a store or a check is a reader's.
     */
    static String located(String message, String location) {
        String path = location.startsWith("file:") ? fileUrlPath(location) : null;
        if (message.contains(location) || (path != null && message.contains(path))) {
            return message;
        }
        return location + ": " + message;
    }

    private static String fileUrlPath(String location) {
        try {
            return Path.of(java.net.URI.create(location)).toString();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }

    private static SimulationSettings simulation(NightlyConfig cfg) {
        SimulationSettings s = SimulationSettings.withDefaults().withSims(cfg.sims());
        return cfg.seed() == null ? s : s.withSeed(cfg.seed());
    }

    private static double pWin(ElectionForecast f, String id) {
        return f.mayor().candidates().stream()
                .filter(c -> c.id().equals(id))
                .mapToDouble(CandidateForecast::pWin)
                .findFirst()
                .orElse(0);
    }
}
