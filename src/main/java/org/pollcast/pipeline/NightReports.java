package org.pollcast.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pollcast.election.AssemblyDeclaration;
import org.pollcast.election.Declaration;
import org.pollcast.election.Election;
import org.pollcast.ingest.AssemblyDeclarationsReader;
import org.pollcast.ingest.DeclarationsReader;
import org.pollcast.report.NightFiles;
import org.pollcast.report.NightInput;
import org.pollcast.report.Palette;
import org.pollcast.report.ReportException;
import org.pollcast.report.ReportWriter;
import org.pollcast.simulate.LiveForecast;

/**
 * {@code pollcast report ELECTION --declared FILE}: election night's page. The projection from every declaration
 * so far ({@link Live}), and the same projection re-run on the first 1, 2, ... declarations in the order the file
 * gives them (the order they arrived), so the page can show how each declaration moved it. The prior is built
 * once and shared by every step; each step uses the same seed, so two steps differ by their declarations and
 * Monte Carlo noise only. With the Assembly's declarations the projection carries the Assembly too
 * ({@link NightAssembly}); the earlier steps are the lead's alone. An election led by its list vote (no Mayor)
 * always carries its seats, projected from the list vote, with the constituency declarations fixed when given; its page
 * leads with them.
 */
public final class NightReports {
    private NightReports() {}

    public static ReportResult write(Workspace ws, NightReportRequest request) {
        return writePage(ws, request).report();
    }

    /**
     * The page written, and how far the night has gone: {@code over} once every area is declared in full, the count
     * alone decides the winner, and, with the Assembly's declarations, every Assembly constituency is in.
     */
    public record NightPage(ReportResult report, int declared, int areas, boolean over) {}

    /** As {@link #write}, with how far the night has gone ({@code report --watch} stops when it is over). */
    public static NightPage writePage(Workspace ws, NightReportRequest request) {
        long t0 = System.nanoTime();
        Election election = ws.catalog().resolve(request.election());
        if (request.declaredAssembly() != null) {
            NightAssembly.requireContest(election);
        }
        // A folder pollcast would refuse to replace is refused before the night's simulations, not after.
        Path dir = request.out() != null ? request.out() : Path.of("reports", election.id() + "-night");
        Reports.checkReplaceable(dir);
        // Both files are read before anything is simulated or written: a bad file costs a moment and leaves no
        // folder behind. Only the totals checks need the prior (its baseline turnout).
        List<AssemblyDeclaration> seats = request.declaredAssembly() == null
                ? null
                : AssemblyDeclarationsReader.read(request.declaredAssembly(), election, ws.aliases());
        List<Declaration> declared = DeclarationsReader.read(request.declared(), election, ws.aliases());
        VoteSeats.check(election, declared, request.declared(), seats, request.declaredAssembly());
        LivePrior prior = LivePrior.build(ws, request.election(), Live.priorSims(request.sims()));
        DeclaredTotals.check(request.declared(), declared, prior);
        String seatsSource = null;
        if (seats != null) {
            seatsSource = request.declaredAssembly().toString();
            DeclaredTotals.checkAssembly(seatsSource, seats, prior);
        } else if (election.listLed()) {
            if (prior.assembly() == null) {
                throw new RequestException(
                        "declared",
                        election.id() + " is led by its list vote, and its night's page leads with the seats, but the"
                                + " pre-election forecast has none (no baseline election for its constituencies in "
                                + election.source() + "): run live " + election.id() + " --declared FILE for the"
                                + " list vote alone");
            }
            // An election led by its list vote is about seats, and its page leads with them: they are projected from
            // the list draw before any constituency declaration is given, as live projects them (none fixed).
            seats = List.of();
        }
        // The Assembly rides on the projection only: how the projection moved follows the declarations of the lead
        // (the Mayor's, or the list vote's).
        LiveForecast projection = Live.project(
                        prior, declared, seats, seatsSource, request.sims(), request.seed(), request.threads(), 0)
                .forecast();
        // Second preferences are counted after the first round, though a file gives each constituency's beside its
        // first preferences: the steps replay the first preferences, and the second preferences are a step of their
        // own at the end. Taken with each constituency, they showed the race decided at the last constituency's
        // step, on a night whose second preferences came in later (a newsroom's trial).
        List<Declaration> firstRound =
                declared.stream().map(Declaration::withoutTransfers).toList();
        boolean runoff = declared.stream().anyMatch(d -> !d.transfers().isEmpty());
        List<NightInput.Step> steps = new ArrayList<>();
        int firstSteps = runoff ? declared.size() + 1 : declared.size();
        for (int i = 0; i < firstSteps; i++) {
            LiveForecast f = Live.project(
                            prior, firstRound.subList(0, i), request.stepSims(), request.seed(), request.threads(), 0)
                    .forecast();
            steps.add(new NightInput.Step(i, i == 0 ? null : declared.get(i - 1), f, request.stepSims()));
        }
        // The last step is the projection itself, so the table of moves ends where the page's headline stands.
        steps.add(new NightInput.Step(
                declared.size(),
                declared.isEmpty() ? null : declared.get(declared.size() - 1),
                projection,
                request.sims(),
                runoff));
        long t1 = System.nanoTime();
        NightInput input = new NightInput(prior.election(), projection, declared, steps, Instant.now());
        Palette palette = Palette.load(ws.palette());
        int charts;
        try {
            charts = ReportWriter.write(dir, work -> NightFiles.write(input, palette, work))
                    .size();
        } catch (IOException e) {
            throw new ReportException(dir + ": cannot write the report: " + e.getMessage());
        }
        long t2 = System.nanoTime();
        ReportResult written = new ReportResult(dir, charts, projection.sims(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, 0);
        boolean assemblyIn = request.declaredAssembly() == null
                || projection.assembly() == null
                || projection.assembly().declared().size()
                        >= projection.assembly().forecast().constituencies().size();
        boolean over = projection.firstRoundCounted() && projection.decided() && assemblyIn;
        return new NightPage(written, projection.declared(), projection.constituencies(), over);
    }
}
