package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.TransferPrior;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.RowOwners;
import org.pollcast.ingest.TransferTableReader;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.RunoffSwing;
import org.pollcast.simulate.ShareInput;

/**
 * Which second-preference table a forecast uses, in order: a cross-table for this election in the given
 * file; the baseline election's cross-table, carried over by party (a row or column whose party did not
 * stand last time falls back to the prior); else the party-bloc prior of {@code data/transfers/prior.yaml}.
 *
 * @param source one line saying which, for every output
 * @param prior  whether it is the party-bloc prior: no counted second preferences of this election's series
 * @param swing  how a two-round contest's other candidates' voters lean together between its finalists (none for
 *               other systems: their second preferences are marked on the same ballot)
 * @param counted the table's rows taken from a count, {@code [option]}: all of a counted table's own rows, none of
 *               the prior's; a counted table's row filled from the prior (a candidate it lacks) is not
 */
public record TransferChoice(
        TransferTable table, String source, boolean prior, RunoffSwing swing, List<Boolean> counted) {

    public TransferChoice {
        counted = List.copyOf(counted);
    }

    /** A choice with no common lean: not yet a two-round contest's ({@link #withRunoffPolls}). */
    public TransferChoice(TransferTable table, String source, boolean prior) {
        this(table, source, prior, RunoffSwing.none());
    }

    /** A choice whose rows are all counted, or (the prior) none. */
    public TransferChoice(TransferTable table, String source, boolean prior, RunoffSwing swing) {
        this(table, source, prior, swing, Collections.nCopies(table.size(), !prior));
    }

    /**
     * @param tables          the cross-tables to look in, in order: each file named on the command line, or the
     *                        {@code data/results/} files read as one ({@link TransferTableReader#parse})
     * @param ownTableAllowed whether this election's own cross-table may be used: only when the user named the
     *                        file; by default it may not, because an election's counted transfers are known only
     *                        after it (a backtest of 2021 must not see 2021's table)
     */
    public static TransferChoice choose(
            ShareInput input,
            Election election,
            SingleWinnerContest contest,
            List<TransferTableReader.Rows> tables,
            boolean ownTableAllowed,
            ElectionCatalog catalog,
            AliasTable aliases,
            TransferPriorFit fitted) {
        double[] support = input.mean();
        TransferTable priorTable = fitted.prior().table(input.options(), input.parties(), support);
        RowOwners owners = tables.stream().allMatch(TransferTableReader.Rows::isEmpty) ? null : RowOwners.of(catalog);
        for (TransferTableReader.Rows rows : tables) {
            if (rows.isEmpty()) {
                continue;
            }
            Optional<TransferTableReader.Found> own = ownTableAllowed
                    ? TransferTableReader.table(rows, election, contest.id(), aliases, owners)
                    : Optional.empty();
            if (own.isPresent()) {
                return new TransferChoice(
                        restrict(own.get(), input, priorTable),
                        "second preferences: " + election.id() + " cross-table from "
                                + own.get().describe() + filled(rowsOf(own.get(), input.options()), input),
                        false,
                        RunoffSwing.none(),
                        rowsOf(own.get(), input.options()));
            }
            // The nearest earlier election with a cross-table, following baselines (2028's is 2024, counted by FPTP:
            // 2021's table).
            Election earlier = election;
            for (int depth = 0; depth < 20 && earlier.baseline() != null; depth++) {
                earlier = catalog.resolve(earlier.baseline());
                Optional<TransferTableReader.Found> previous =
                        earlier.contest(contest.id()).isPresent()
                                        && earlier.contest(contest.id()).get() instanceof SingleWinnerContest
                                ? TransferTableReader.table(rows, earlier, contest.id(), aliases, owners)
                                : Optional.empty();
                if (previous.isPresent()) {
                    SingleWinnerContest base =
                            (SingleWinnerContest) earlier.contest(contest.id()).orElseThrow();
                    int[] map = byPartyMap(previous.get().table(), base, input);
                    List<Boolean> carried = Arrays.stream(map)
                            .mapToObj(m -> hasRow(previous.get(), m))
                            .toList();
                    return new TransferChoice(
                            byParty(previous.get(), map, input, priorTable),
                            "second preferences: " + earlier.id() + " cross-table from "
                                    + previous.get().describe() + ", carried over by party" + filled(carried, input),
                            false,
                            RunoffSwing.none(),
                            carried);
                }
            }
        }
        return new TransferChoice(
                priorTable,
                "second preferences: party-bloc prior (" + fitted.describe() + "; no earlier cross-table found)"
                        + strangers(input, fitted.prior()),
                true);
    }

    /**
     * What the prior means where no two of the options share a bloc (another country's parties, which its blocs do not
     * name): the blocs then say nothing, and each candidate's voters divide among the rest in proportion to their
     * first preferences. A pundit reading "London's blocs" on a Chilean forecast should learn that; empty otherwise.
     */
    private static String strangers(ShareInput input, TransferPrior prior) {
        boolean[][] same = prior.sameBloc(input.options(), input.parties());
        for (int i = 0; i < same.length; i++) {
            for (int j = 0; j < same.length; j++) {
                if (i != j && same[i][j]) {
                    return "";
                }
            }
        }
        return ": no two of these candidates share a bloc, so each one's voters divide among the others in"
                + " proportion to their first preferences";
    }

    /**
     * The transfer note of a count by {@code system}, with the swing's: a two-round contest's as {@link
     * #inSecondRound} says it, any other's the table's source.
     */
    String note(VotingSystem system, ShareInput input) {
        return (system == VotingSystem.TWO_ROUND ? inSecondRound() : source) + swingNote(input);
    }

    /**
     * The transfer note as a two-round contest's reader needs it: its second round has no second preferences, but the
     * other candidates' voters vote again. With the prior, the swing's return of them choose between the finalists as
     * the table's second preferences for the two divide them; a counted table says itself where they went (its "no
     * usable second preference" for those who stayed at home or spoiled their ballot).
     */
    String inSecondRound() {
        String prefix = "second preferences: ";
        String body = source.startsWith(prefix) ? source.substring(prefix.length()) : source;
        if (!swing.returns()) {
            return "the other candidates' voters in the second round, drawn as second preferences are (a second"
                    + " preference left unused is a voter staying at home or spoiling the ballot): " + body;
        }
        double back = swing.returning();
        String who = prior ? "" : " (those the counted table has no row for; its own rows say who came back)";
        return (back >= 1
                        ? "the other candidates' voters in the second round" + who + ": they come back as the"
                                + " finalists' own do (the transfer prior's secondRoundReturn, 1.00), and divide"
                                + " between the two as second preferences for them would: "
                        : String.format(
                                Locale.ROOT,
                                "the other candidates' voters in the second round%s: %.2f of them vote for a finalist"
                                        + " for every one of the finalists' own voters (the transfer prior's"
                                        + " secondRoundReturn), dividing between the two as second preferences for"
                                        + " them would: ",
                                who,
                                back))
                + body;
    }

    /**
     * This choice, when it is the prior, with its second preferences among the candidates some survey paired in a
     * run-off tilted to what those surveys say ({@link RunoffPollLean}); else this choice. A counted cross-table is
     * left as it is: it is what voters did, where a run-off question is what they said they would do.
     *
     * <p>A two-round contest's choice also takes its {@link RunoffSwing}: {@code secondRoundSwing} for every pair, its
     * mean {@code secondRoundLean} towards the first round's runner-up, both narrowed for a pair whose run-off surveys
     * tilted the table as its gap's uncertainty is, by
     * √(shrinkage / (shrinkage + the pair's effective surveys)): the prior counts as {@link RunoffPollLean#SHRINKAGE}
     * surveys.
     *
     * @param polls            the contest's polls, any scope and date (those after {@code asOf} are left out)
     * @param system           the contest's count, by which each pair's final round is taken
     * @param secondRoundSwing the transfer prior's second-round swing (used by a two-round contest only)
     * @param secondRoundLean  the transfer prior's second-round lean (likewise)
     * @param secondRoundReturn the transfer prior's second-round return of the other candidates' voters (likewise, and
     *                         only with the prior's table)
     */
    TransferChoice withRunoffPolls(
            List<Poll> polls,
            ShareInput input,
            LocalDate asOf,
            double halfLifeDays,
            VotingSystem system,
            double secondRoundSwing,
            double secondRoundLean,
            double secondRoundReturn) {
        // A counted table of where each candidate's voters went in a second round says who came back; the prior's
        // second preferences, and a counted table's rows filled from them, do not (docs/calibration.md, "A second
        // round's voters come back").
        boolean[] own = new boolean[counted.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = counted.get(i);
        }
        RunoffSwing swing = system == VotingSystem.TWO_ROUND
                ? RunoffSwing.uniform(input.size(), secondRoundSwing, secondRoundLean, secondRoundReturn)
                        .withCounted(own)
                : RunoffSwing.none();
        TransferChoice swung = swing.any() ? new TransferChoice(table, source, prior, swing, counted) : this;
        if (!prior) {
            return swung;
        }
        String alone = system == VotingSystem.INSTANT_RUNOFF ? RunoffPollLean.aloneNote(polls, asOf) : "";
        return RunoffPollLean.measure(polls, input, table, asOf, halfLifeDays, system, swing)
                .map(lean -> new TransferChoice(
                        lean.table(), source + "; " + lean.note(input) + alone, true, lean.narrowed(swing)))
                .orElse(alone.isEmpty() ? swung : new TransferChoice(table, source + alone, true, swing));
    }

    /**
     * What a two-round contest's note adds about its swing: the common lean and, for pairs surveys narrowed, their
     * own; empty without a swing.
     */
    String swingNote(ShareInput input) {
        if (!swing.any() || swing.base() <= 0) {
            // no swing drawn (secondRoundSwing 0): nothing leans together, whatever comes back
            return "";
        }
        double base = swing.base();
        List<String> narrowed = new ArrayList<>();
        int k = input.size();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (swing.sd(a, b) < base - 1e-9) {
                    narrowed.add(String.format(
                            Locale.ROOT,
                            "%s v %s %.2f",
                            input.names().get(a),
                            input.names().get(b),
                            swing.sd(a, b)));
                }
            }
        }
        return String.format(
                        Locale.ROOT,
                        "; a second round is a vote of its own, and the other candidates' voters lean together: their"
                                + " split between the finalists moves in each simulation by one common step on the"
                                + " log-odds scale, standard deviation %.2f (the transfer prior's secondRoundSwing;"
                                + " 1.0, its default, is measured on the corpus's second rounds in docs/calibration.md)%s",
                        base,
                        swing.lean() == 0
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        ", and leaning %.2f towards the first round's runner-up on average (the"
                                                + " transfer prior's secondRoundLean)",
                                        swing.lean()))
                + (narrowed.isEmpty()
                        ? ""
                        : ", narrower for the pairs run-off surveys asked (" + String.join(", ", narrowed) + ")")
                + (swing.returns() && base > 1.5 * TransferPrior.DEFAULT_SECOND_ROUND_SWING
                        // A data folder copied before model 2026.12-47 states the 2.5 fitted when a third of the other
                        // voters came back: with all of them back it is the widest setting measured and the worst
                        // scored (docs/calibration.md), and nothing else said so (review).
                        ? String.format(
                                Locale.ROOT,
                                "; with every other voter back a swing of %.2f is wider than the corpus's second rounds"
                                        + " support (a prior file copied before model 2026.12-47 states 2.5, fitted"
                                        + " when a third of them came back): set secondRoundSwing to 1.0",
                                base)
                        : "");
    }

    /**
     * A table over the election's options narrowed to the input's (others fold into "other" when present). A row the
     * table gives no figures for is the prior's: read as the table's, its candidate's voters went nowhere (a table of
     * one candidate's transfers left every other's voters at home, review).
     */
    private static TransferTable restrict(TransferTableReader.Found found, ShareInput input, TransferTable fallback) {
        TransferTable t = found.table();
        int k = input.size();
        List<Boolean> own = rowsOf(found, input.options());
        double[][] rows = new double[k][k];
        for (int i = 0; i < k; i++) {
            int from = own.get(i) ? t.ids().indexOf(input.options().get(i)) : -1;
            for (int j = 0; j < k; j++) {
                int to = t.ids().indexOf(input.options().get(j));
                rows[i][j] = i == j ? 0 : from >= 0 && to >= 0 ? t.share(from, to) : fallback.share(i, j);
            }
            normalise(rows[i]);
        }
        return TransferTable.fromShares(input.options(), rows);
    }

    /**
     * What the note adds of the options a counted table gives no row for, whose rows are the prior's: "" when it
     * gives every one (a reader of "cross-table from F" took every row for the file's, review).
     */
    private static String filled(List<Boolean> rows, ShareInput input) {
        List<String> own = new ArrayList<>();
        List<String> prior = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (rows.get(i) ? own : prior).add(input.names().get(i));
        }
        if (prior.isEmpty()) {
            return "";
        }
        if (own.size() <= 3) {
            return "; its rows for " + String.join(", ", own) + " alone, the party-bloc prior's for the other "
                    + prior.size() + " (it gives them no figures)";
        }
        return "; the party-bloc prior's rows for "
                + (prior.size() <= 3
                        ? String.join(", ", prior)
                        : String.join(", ", prior.subList(0, 3)) + " and " + (prior.size() - 3) + " more")
                + ", which it gives no figures for";
    }

    /** Whether each option has a row of its own in the counted table ({@link #hasRow}). */
    private static List<Boolean> rowsOf(TransferTableReader.Found found, List<String> options) {
        return options.stream().map(o -> found.counted().contains(o)).toList();
    }

    /**
     * Whether row {@code from} of the counted table is the count's: its files give that first preference some row (a
     * second choice, or "none" alone: counted abstentions); a table names every candidate, and a row it was given no
     * figures for is the prior's (false for −1, no row).
     */
    private static boolean hasRow(TransferTableReader.Found found, int from) {
        return from >= 0 && found.counted().contains(found.table().ids().get(from));
    }

    private static TransferTable byParty(
            TransferTableReader.Found found, int[] map, ShareInput input, TransferTable fallback) {
        TransferTable previous = found.table();
        int k = input.size();
        double[][] rows = new double[k][k];
        for (int i = 0; i < k; i++) {
            // a row the baseline's table gives no figures for is the prior's, as in restrict
            boolean own = hasRow(found, map[i]);
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    rows[i][j] = own && map[j] >= 0 ? previous.share(map[i], map[j]) : fallback.share(i, j);
                }
            }
            normalise(rows[i]);
        }
        return TransferTable.fromShares(input.options(), rows);
    }

    /** Each option's row in the baseline's counted table, by party; −1 for none. */
    private static int[] byPartyMap(TransferTable previous, SingleWinnerContest base, ShareInput input) {
        int k = input.size();
        int[] map = new int[k];
        for (int i = 0; i < k; i++) {
            String party = input.parties().get(i);
            map[i] = -1;
            if (input.options().get(i).equals("other")) {
                map[i] = previous.ids().indexOf("other");
            } else if (party != null && !party.equals("ind")) {
                List<Candidate> same = base.candidates().stream()
                        .filter(c -> party.equals(c.party()))
                        .toList();
                if (same.size() == 1) {
                    map[i] = previous.ids().indexOf(same.get(0).id());
                }
            }
        }
        return map;
    }

    private static void normalise(double[] row) {
        double s = 0;
        for (double v : row) {
            s += v;
        }
        if (s > 1) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= s;
            }
        }
    }
}
