package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.AssemblyDeclaration;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.AssemblyNight;
import org.pollcast.simulate.LiveAssembly;
import org.pollcast.simulate.LiveForecast;
import org.pollcast.simulate.SimulationSettings;

/**
 * The Assembly on election night from the pre-election Assembly input and the declared constituencies: each
 * declared winner counted by first past the post and fixed; each party's London-wide constituency-ballot share
 * estimated from the declared constituencies' swing from the baseline election.
 *
 * <p>The assumption, kept simple: every declared constituency is one look at the London-wide share through the
 * Assembly model's own swing (uniform for parties at 10% or more at the baseline, proportional below), with that
 * model's local noise (3 points for a 50% party) as its error; the looks are pooled by precision. On top, an
 * error {@value #SHARED_SD} points × scale shared by the constituencies still to come, in proportion to how many
 * are (the order of declarations is not random: the mayoral model's ω), and the pooled estimate updates the
 * prior's share, widened on the night as the Mayor's is, as a normal observation. The list ballot, declared only
 * at the end, is the same update of the forecast's list share: the night's constituency-ballot share plus the
 * forecast's gap between the two ballots, in points (see {@link org.pollcast.simulate.AssemblyNight}). The
 * Assembly declarations do not move the Mayor, and a constituency's swing does not move its neighbours more than
 * the rest.
 *
 * <p>An election led by its list vote ({@link Election#listLed()}) has no Mayor: the night's projection is the list
 * vote itself, updated by the list votes declared in each constituency. Its list seats follow that draw as the
 * pre-election forecast's follow the lead's, and nothing more: the step that carries a Mayor's draw over to the list
 * (the constituency ballot's update plus the gap between the ballots) would move a list vote already counted. The
 * constituency ballot is moved by the list draw by the pre-election forecast's ratio, then pulled toward the declared
 * constituencies as a Mayor's night does.
 */
final class NightAssembly {
    /** ω for the Assembly's constituency ballot, as the Mayor's (points for a 50% party). */
    static final double SHARED_SD = 2.5;

    private NightAssembly() {}

    /**
     * Refuses Assembly declarations for an election with no additional-member contest, naming the option: the
     * file itself may be fine, the election is the wrong one.
     */
    static void requireContest(Election election) {
        if (election.first(AdditionalMemberContest.class).isEmpty()) {
            throw new RequestException(
                    "declared-assembly",
                    election.id() + " has no Assembly (no additional-member contest) to declare; leave the option out"
                            + " or give an election that has one");
        }
    }

    /**
     * @param declarations the {@code --declared-assembly} file's constituencies ({@code file}; none when it is null)
     * @param byVote       in a body of constituencies only, the seats its complete declarations of the vote fix
     *                     ({@link VoteSeats}): checked and noted with that file already
     */
    static LiveAssembly build(
            LivePrior prior,
            List<AssemblyDeclaration> declarations,
            List<AssemblyDeclaration> byVote,
            LiveModels.Parameters params,
            String file) {
        AssemblyInput in = prior.assembly();
        if (in == null) {
            throw new RequestException(
                    "declared-assembly",
                    prior.election().id() + ": the pre-election forecast has no Assembly model (no baseline election"
                            + " for its constituencies), so there is nothing to fix the declarations in");
        }
        int p = in.size();
        int k = in.constituencies().size();
        int other = in.index("other");
        double noise = SimulationSettings.withDefaults().constituencyNoiseSd();
        int[] fixed = new int[k];
        Arrays.fill(fixed, -1);
        double[] share = new double[k * p];
        Arrays.fill(share, Double.NaN);
        List<LiveForecast.DeclaredSeat> seats = new ArrayList<>();
        DeclaredTotals.checkAssembly(file, declarations, prior);
        List<AssemblyDeclaration> all = new ArrayList<>(declarations);
        all.addAll(byVote);
        for (AssemblyDeclaration d : all) {
            int c = in.constituencies().indexOf(d.constituency());
            long total = d.total();
            int w = d.winner();
            if (total <= 0 || w < 0) {
                throw new BadInputException(file + ":" + d.line() + ": field 'votes': " + d.constituency()
                        + (total <= 0 ? " is declared with no votes" : " names only others, no candidate to win"));
            }
            Arrays.fill(share, c * p, c * p + p, 0);
            double runnerUp = 0;
            for (int i = 0; i < d.votes().length; i++) {
                double s = 100.0 * d.votes()[i] / total;
                share[c * p + party(in, d.parties().get(i), other)] += s;
                // A lumped Others row is many candidates, not a runner-up: a news report's leading two, with the rest
                // estimated as others, read a negative majority over them.
                if (i != w && !d.parties().get(i).equals(Option.OTHER)) {
                    runnerUp = Math.max(runnerUp, s);
                }
            }
            fixed[c] = party(in, d.parties().get(w), other);
            double won = 100.0 * d.votes()[w] / total;
            seats.add(new LiveForecast.DeclaredSeat(
                    d.constituency(), d.parties().get(w), d.labels().get(w), d.votes()[w], won, won - runnerUp));
        }
        int undeclared = 0;
        for (int c = 0; c < k; c++) {
            undeclared += fixed[c] < 0 ? 1 : 0;
        }
        double[] weight = new double[p];
        double[] observed = new double[p];
        double[] sd = new double[p];
        // A body of constituencies only: its constituency ballot is the night's projection itself, which the declared
        // constituencies have moved already; pulled toward them again, they would count twice. Nor is it drawn with an
        // error of its own: its "others", which the projection's draw moves by the forecast's ratio, read Red's 30.5%
        // counted in every constituency as 29.9% with one, and it had no link to the projection's "others" (2.0% with
        // all counted and none left): now it follows them as the parties follow theirs.
        boolean ballotIsLead = prior.election().constituenciesOnly();
        int leadOther = prior.mayorInput().index("other");
        if (ballotIsLead && other >= 0 && leadOther >= 0 && in.mayorOption()[other] < 0) {
            int[] option = in.mayorOption().clone();
            option[other] = leadOther;
            in = in.withMayorOption(option);
        }
        for (int j = 0; j < p; j++) {
            double mean = in.constituencyMean()[j];
            double scale = LiveModels.scale(mean);
            double priorSd = LiveModels.nightSd(in.constituencySe()[j], scale, params);
            if (ballotIsLead) {
                weight[j] = 1;
                continue;
            }
            double precision = 0;
            double sum = 0;
            for (int c = 0; c < k; c++) {
                if (fixed[c] < 0) {
                    continue;
                }
                double base = in.baseline()[c * p + j];
                double london = in.baselineLondon()[j];
                double b = Math.min(Math.max(Math.max(base, mean), 0.5), 99.5);
                // A declared constituency whose baseline was imputed says less about the whole area: where the party
                // started there was a guess, whose error adds to the swing's.
                double guess = in.baselineSd()[c * p + j];
                if (in.regions().size() > 0 && in.leanWithRegion()[c]) {
                    // and so does its region's lean, unknown at a first election (shared by the region's
                    // constituencies, which this treats as independent: several declared in one region count for a
                    // little more than they should)
                    guess = Math.hypot(
                            guess, in.regionLeanSd()[in.regionOf()[c] * p + j] * Math.sqrt(b * (100 - b)) / 50);
                }
                double tau = Math.sqrt(Math.pow(noise * Math.sqrt(b * (100 - b)) / 50, 2) + guess * guess);
                double x;
                double var;
                // The inverse of the Assembly model's swing (AssemblyModel.swing): the London-wide share that
                // would give this constituency's declared share.
                if (london <= 0.01) {
                    x = share[c * p + j];
                    var = tau * tau;
                } else if (london >= 10) {
                    x = london + share[c * p + j] - base;
                    var = tau * tau;
                } else if (base > 0.01) {
                    double ratio = Math.min(5, london / base);
                    x = london * share[c * p + j] / base;
                    var = ratio * ratio * tau * tau;
                } else {
                    continue;
                }
                precision += 1 / var;
                sum += x / var;
            }
            if (precision == 0) {
                weight[j] = 1;
                sd[j] = priorSd;
                continue;
            }
            double shared = SHARED_SD * scale * undeclared / k;
            double obsVar = 1 / precision + shared * shared;
            observed[j] = sum / precision;
            weight[j] = obsVar / (priorSd * priorSd + obsVar);
            sd[j] = priorSd * Math.sqrt(weight[j]);
        }
        boolean listLed = prior.election().listLed();
        String wide = prior.election().area() + "-wide";
        List<String> notes = new ArrayList<>();
        if (ballotIsLead) {
            notes.add(String.format(
                    Locale.ROOT,
                    "seats on the night: %d of %d constituencies declared in full, their winners fixed in every"
                            + " simulation (a declaration of the vote is its seat's result; a running count fixes"
                            + " nothing); the rest swing from the baseline by each simulation's %s vote, the projection"
                            + " above, as in the forecast (there is no list)",
                    k - undeclared,
                    k,
                    wide));
        } else {
            notes.add(assemblyNote(k - undeclared, k, wide, listLed));
        }
        // As for the Mayor's declarations: a party's share far past what was expected there (Reform UK's 4,107 typed
        // 41,070) is counted as given, with the line to check.
        for (AssemblyDeclaration d : declarations) {
            int c = in.constituencies().indexOf(d.constituency());
            long total = d.total();
            if (c < 0 || total <= 0) {
                continue;
            }
            for (int i = 0; i < d.votes().length; i++) {
                int j = in.index(d.parties().get(i));
                if (j < 0 || j == other) {
                    continue;
                }
                double expected =
                        Math.max(0.1, in.baseline()[c * p + j] + in.constituencyMean()[j] - in.baselineLondon()[j]);
                DeclaredTotals.surprise(
                                d.constituency(),
                                d.line(),
                                d.votes()[i],
                                total,
                                d.labels().get(i),
                                expected)
                        .ifPresent(notes::add);
            }
        }
        if (listLed && !ballotIsLead && file == null) {
            notes.add("no constituency declarations were given (--declared-assembly): every constituency seat is"
                    + " simulated from the list draw, so the seats are a projection from the list vote alone");
        }
        return new LiveAssembly(
                in,
                prior.mayorInput(),
                new AssemblyNight(fixed, share, weight, observed, sd, listLed),
                noise,
                seats,
                notes);
    }

    /** The note on an Assembly's constituency seats beside a Mayor's or a list vote's night. */
    private static String assemblyNote(int declared, int k, String wide, boolean listLed) {
        return String.format(
                Locale.ROOT,
                "Assembly on the night: %d of %d constituencies declared, their winners fixed in every simulation;"
                        + " the rest swing from each party's %s constituency-ballot share, the pre-election"
                        + " draw (moved by the night's %s) pulled toward the declared constituencies'"
                        + " swing from the baseline (pooled by precision, with an error of %.1f points shared by those"
                        + " still to come); %s",
                declared,
                k,
                wide,
                listLed ? "list vote" : "mayoral shares",
                SHARED_SD,
                listLed
                        ? "the list seats follow each simulation's " + wide + " list vote, the projection above,"
                                + " which the constituency declarations do not move"
                        : "the list ballot moves with it point for point, keeping the forecast's gap between the two"
                                + " ballots");
    }

    /** The Assembly input's index of a declared party; a party the model does not run counts with others. */
    private static int party(AssemblyInput in, String id, int other) {
        int j = in.index(id);
        return j >= 0 ? j : other;
    }
}
