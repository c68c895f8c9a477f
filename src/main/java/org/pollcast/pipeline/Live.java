package org.pollcast.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.pollcast.BadInputException;
import org.pollcast.election.AssemblyDeclaration;
import org.pollcast.election.Declaration;
import org.pollcast.election.Election;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.AssemblyDeclarationsReader;
import org.pollcast.ingest.DeclarationsReader;
import org.pollcast.simulate.LiveAssembly;
import org.pollcast.simulate.LiveForecast;
import org.pollcast.simulate.LiveSimulator;
import org.pollcast.store.AtomicFile;

/**
 * {@code pollcast live}: the pre-election forecast carried through election night. The declarations so far fix
 * their constituencies' figures and, through the London-wide swing and the similarity between constituencies,
 * move the rest ({@link LiveModels}); the simulation then counts London by the contest's own code. With Assembly
 * declarations the Assembly is simulated alongside, its declared constituency seats fixed ({@link NightAssembly}).
 */
public final class Live {
    /** Simulations of the pre-election forecast that serves as the prior: its mean and 90% range are all it gives. */
    static final long PRIOR_SIMS = 50_000;

    /** The fewest simulations a prior is drawn from, however few the night asks for: its 90% range is read off them. */
    static final long MIN_PRIOR_SIMS = 2_000;

    /**
     * The prior's simulations for a night of {@code sims}: {@link #PRIOR_SIMS}, or fewer when the night itself asks for
     * fewer, down to {@link #MIN_PRIOR_SIMS}. A quick run (--sims 2000) is a quick run throughout: its prior's 90% ranges
     * carry a few per cent of Monte Carlo error, which its own draws carry too, where 50,000 prior draws took most of its
     * time.
     */
    static long priorSims(long sims) {
        return Math.min(PRIOR_SIMS, Math.max(MIN_PRIOR_SIMS, sims));
    }

    private Live() {}

    /**
     * What the places declaring are called for {@code election}'s Mayor: "areas" where its definition lists the
     * contest's own count areas, "constituencies" where it is counted by the Assembly's (London).
     */
    public static String countUnits(Workspace ws, String election) {
        return ws.catalog()
                        .resolve(election)
                        .lead()
                        .filter(SingleWinnerContest::hasOwnAreas)
                        .isPresent()
                ? "areas"
                : "constituencies";
    }

    public static LiveForecast run(Workspace ws, LiveRequest request) {
        // Both declaration files are read and checked before the prior's simulations: on the night, a typo must
        // fail in a moment, not after a forecast. Only the totals check needs the prior (its baseline turnout).
        Election election = ws.catalog().resolve(request.election());
        // Election night's count decides a two-round contest by over half only: with a rule of its own (Argentina's
        // 45%, or 40% and 10 ahead) its projections would give a 48-40 leader a large chance of a run-off. Refused,
        // saying so, until the night's count takes the rule.
        election.lead().filter(c -> !c.outright().isEmpty()).ifPresent(c -> {
            throw new RequestException(
                    "election",
                    election.id() + "'s " + c.id()
                            + (OutrightRule.never(c.outright())
                                    ? "'s first round elects no one"
                                    : " elects in its first round with " + OutrightRule.describe(c.outright()))
                            + "; election night's projection counts by over half only, so it is not made"
                            + " for it (forecast and count take the rule)");
        });
        if (request.declaredAssembly() != null) {
            NightAssembly.requireContest(election);
        }
        List<AssemblyDeclaration> seats = request.declaredAssembly() == null
                ? null
                : AssemblyDeclarationsReader.read(request.declaredAssembly(), election, ws.aliases());
        List<Declaration> declared = request.declared() == null
                ? List.of()
                : DeclarationsReader.read(request.declared(), election, ws.aliases());
        VoteSeats.check(election, declared, request.declared(), seats, request.declaredAssembly());
        LivePrior prior = LivePrior.build(ws, request.election(), priorSims(request.sims()));
        if (request.declared() != null) {
            DeclaredTotals.check(request.declared(), declared, prior);
        }
        if (seats == null && election.listLed() && prior.assembly() != null) {
            // An election led by its list vote is about seats: they are projected from the list draw even before any
            // constituency declaration is given (NightAssembly says that none is fixed).
            seats = List.of();
        }
        LiveSimulator.Run run = project(
                prior,
                declared,
                seats,
                request.declaredAssembly() == null
                        ? null
                        : request.declaredAssembly().toString(),
                request.sims(),
                request.seed(),
                request.threads(),
                request.drawsFile() == null ? 0 : request.drawsCount());
        if (request.drawsFile() != null) {
            writeDraws(request.drawsFile(), run);
        }
        return run.forecast();
    }

    /** The projection from {@code declared}, keeping the first {@code keepDraws} simulations' draws. */
    static LiveSimulator.Run project(
            LivePrior prior, List<Declaration> declared, long sims, long seed, int threads, int keepDraws) {
        return project(prior, declared, null, null, sims, seed, threads, keepDraws);
    }

    /**
     * As above, with the Assembly's declared constituencies when {@code seats} is not null; in a body of constituencies
     * only, also each constituency {@code declared} in full ({@link VoteSeats}).
     */
    static LiveSimulator.Run project(
            LivePrior prior,
            List<Declaration> declared,
            List<AssemblyDeclaration> seats,
            String seatsSource,
            long sims,
            long seed,
            int threads,
            int keepDraws) {
        LiveModels.Parameters params = LiveModels.Parameters.withDefaults();
        LiveModels.Built built = LiveModels.build(prior, declared, params);
        LiveSimulator.Context context = built.context();
        LiveAssembly assembly = null;
        if (seats != null) {
            assembly = NightAssembly.build(prior, seats, VoteSeats.of(prior, declared, seats), params, seatsSource);
            context = new LiveSimulator.Context(
                    context.declared(),
                    context.partial(),
                    context.counted(),
                    context.seats(),
                    context.notes().stream()
                            .filter(n -> !n.equals(LivePrior.MAYOR_ONLY))
                            .toList());
        }
        return LiveSimulator.run(built.model(), sims, seed, threads, keepDraws, context, assembly);
    }

    /** One row per simulation: its number, the winner and each option's London-wide first-preference share. */
    static void writeDraws(Path file, LiveSimulator.Run run) {
        LiveForecast f = run.forecast();
        StringBuilder csv = new StringBuilder("draw,winner");
        for (LiveForecast.Candidate c : f.candidates()) {
            csv.append(',').append(c.id()).append("_first_pref");
        }
        csv.append('\n');
        int k = f.candidates().size();
        for (int s = 0; s < run.drawWinners().length; s++) {
            csv.append(s + 1)
                    .append(',')
                    .append(f.candidates().get(run.drawWinners()[s]).id());
            for (int j = 0; j < k; j++) {
                csv.append(',').append(String.format(Locale.ROOT, "%.3f", run.draws()[s * k + j]));
            }
            csv.append('\n');
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFile.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write the draws: " + e.getMessage());
        }
    }
}
