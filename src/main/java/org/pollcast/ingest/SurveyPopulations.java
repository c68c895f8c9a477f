package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.pollcast.poll.Poll;

/**
 * One survey's question published for several populations: American tables print a survey's likely voters' and its
 * registered voters' figures on two rows, with the same pollster and dates (the sample cell says which: {@code 793
 * (LV)}, {@code 1,003 (RV)}). They are one poll with two sets of figures, and a forecast takes one: the likely voters'
 * over the registered voters' over all voters' over all adults', the order in which FiveThirtyEight and the other US
 * aggregators choose a version. The version left out is named in a note, never refused: before, the second row was
 * refused as "the same poll ... but with other figures" (and with --skip-invalid the first row was kept, whichever it
 * was).
 *
 * <p>Polls come in source order; those of one survey (election, pollster, client and date) are held until a poll of
 * another survey comes, so only the rows of one survey are ever held, and versions of a survey are chosen between only
 * when its rows are together, as a table prints them. A version that states no population beside one that does is the
 * survey's whole sample, ranked as adults. Versions both of unknown, or of equal, population are left as they are:
 * two sets of figures for one poll, which the store's check refuses as before.
 */
final class SurveyPopulations {
    /** A valid poll and what it was read from. */
    record Offered(PollNormaliser.Normalised normalised, RawPoll raw) {
        Poll poll() {
            return normalised.poll();
        }
    }

    /**
     * The field a table reader sets on a line that continues the survey above (its firm and date cells spanned), so that
     * versions of the survey nothing else tells apart are counted once.
     */
    static final String FURTHER_LINE = "further_line";

    private final List<Offered> held = new ArrayList<>();
    private final List<SkippedTable> notes = new ArrayList<>();
    /** Which of two versions of a survey is nearer the ballot ({@link SurveyQuestions#nearerBallot}). */
    private final BiFunction<Poll, Poll, SurveyQuestions.Choice> nearerBallot;

    SurveyPopulations() {
        this((a, b) -> SurveyQuestions.Choice.NONE);
    }

    SurveyPopulations(BiFunction<Poll, Poll, SurveyQuestions.Choice> nearerBallot) {
        this.nearerBallot = nearerBallot;
    }

    /** Offers {@code o}; returns the polls now settled: those of the survey before, when {@code o} begins another. */
    List<Offered> offer(Offered o) {
        List<Offered> settled = held.isEmpty() || sameSurvey(held.get(0).poll(), o.poll()) ? List.of() : settle();
        for (int i = 0; i < held.size(); i++) {
            Offered h = held.get(i);
            if (!h.poll().key().equals(o.poll().key()) || h.poll().sameFigures(o.poll())) {
                continue;
            }
            if (otherModes(h.poll(), o.poll())) {
                // One firm's parallel polls by two modes, the same dates (ICM's online and telephone polls of the EU
                // referendum): two surveys, but one key in the store, which refused the whole page for the second.
                // The first printed is kept, and the other named.
                notes.add(modeNote(o, h));
                return settled;
            }
            int keptBasis = VoteBasis.rank(h.poll().notes());
            int offeredBasis = VoteBasis.rank(o.poll().notes());
            if (keptBasis >= 0 && offeredBasis >= 0 && keptBasis != offeredBasis) {
                // A survey printed over valid votes and over cast votes (Peru's tables): the count is of valid votes.
                Offered valid = offeredBasis > keptBasis ? o : h;
                held.set(i, valid);
                notes.add(basisNote(valid == o ? h : o, valid));
                return settled;
            }
            SurveyQuestions.Choice scenario = ballotScenario(h, o);
            if (scenario.sign() != 0) {
                Offered ballot = scenario.sign() > 0 ? h : o;
                Offered other = ballot == o ? h : o;
                held.set(i, ballot);
                notes.add(scenarioNote(other, ballot, scenario.why()));
                return settled;
            }
            int kept = rank(h.poll().population());
            int offered = rank(o.poll().population());
            if (kept < 0 != offered < 0) {
                // One row names whom it counts and the other nothing: the other is the survey's whole sample, as a
                // Chilean table prints Activa's figures and, below them, its likely voters' ("Likely voter (51.6%)").
                // Before, the second row was refused as the same poll with other figures, and the page with it.
                kept = Math.max(kept, 0);
                offered = Math.max(offered, 0);
            }
            if (kept < 0 || offered < 0 || kept == offered) {
                Offered decided = decided(h, o);
                if (decided != null) {
                    held.set(i, decided);
                    notes.add(decidedNote(decided == o ? h : o, decided));
                    return settled;
                }
                if (scenarioOfOneSurvey(h, o)) {
                    notes.add(firstPrintedNote(o, h));
                    return settled; // the first printed stays held
                }
                break; // nothing to choose by: the two sets of figures meet in the store, which refuses the second
            }
            Offered better = offered > kept ? o : h;
            Offered worse = better == o ? h : o;
            held.set(i, better);
            notes.add(note(worse, better));
            return settled;
        }
        held.add(o);
        return settled;
    }

    /**
     * Whether {@code later} is another printing of {@code first}'s survey that no population ranks above the other: a
     * table's further line of the survey (its firm and date cells spanned), or two lines that each state
     * whom they count and not the same ("66% turnout", "56% turnout"), of one sample. South African tables print a survey for its
     * registered voters and again under one turnout model or several (IRR, April 2019: 49.5, then 51 and 50 for the
     * ANC). Before, the second line was refused as the same poll with other figures, and the whole page with it.
     */
    private static boolean scenarioOfOneSurvey(Offered first, Offered later) {
        if (!Objects.equals(first.poll().sampleSize(), later.poll().sampleSize())) {
            // Samples of their own are two surveys of one day (a Korean firm's two of 26 February 2022), which the
            // readers after this tell apart.
            return false;
        }
        if (!later.raw().value(FURTHER_LINE).isEmpty()) {
            return true;
        }
        String a = first.poll().population();
        String b = later.poll().population();
        return a != null && b != null && !a.equalsIgnoreCase(b);
    }

    private static SkippedTable firstPrintedNote(Offered left, Offered kept) {
        Poll p = left.poll();
        return SkippedTable.at(
                left.normalised().location(),
                p.key() + (p.population() == null ? "" : " among " + p.population()) + " ("
                        + PollShares.printed(p.shares()) + ") is another printing of the survey whose figures at "
                        + SkippedTable.where(kept.normalised().location())
                        + (kept.poll().population() == null
                                ? ""
                                : " among " + kept.poll().population()) + " ("
                        + PollShares.printed(kept.poll().shares()) + ") are kept, the first printed (a turnout"
                        + " model or another scenario, which nothing ranks): one survey is counted once");
    }

    /** The polls still held, at the end of the source. */
    List<Offered> settle() {
        List<Offered> out = List.copyOf(held);
        held.clear();
        return out;
    }

    /** The versions left out so far, each with the one kept; taken once. */
    List<SkippedTable> takeNotes() {
        List<SkippedTable> out = List.copyOf(notes);
        notes.clear();
        return out;
    }

    /**
     * Of two scenarios of one survey (the same question asked with other candidates named: Brazil's pollsters asked
     * August 2018's first round with Lula and again with Haddad in his place), the one nearer the ballot, by {@link
     * SurveyQuestions#nearerBallot}; none when the two name the same options (two sets of figures for one question,
     * which the store refuses, unless their populations tell them apart: below) or tie. Before, the second scenario
     * was refused as the same poll with other figures, and the page with it.
     */
    private SurveyQuestions.Choice ballotScenario(Offered a, Offered b) {
        if (a.poll().shares().keySet().equals(b.poll().shares().keySet())) {
            return SurveyQuestions.Choice.NONE;
        }
        return nearerBallot.apply(a.poll(), b.poll());
    }

    private static SkippedTable scenarioNote(Offered left, Offered kept, String why) {
        Poll p = left.poll();
        return SkippedTable.at(
                left.normalised().location(),
                p.key() + " (" + PollShares.printed(p.shares())
                        + ") is another scenario or question of the survey whose figures at "
                        + SkippedTable.where(kept.normalised().location()) + " ("
                        + PollShares.printed(kept.poll().shares()) + ") are kept, as nearer the ballot (" + why
                        + "): one survey is counted once");
    }

    /**
     * Of one survey's two lines of the same options, the one printed without don't-knows where the other prints them
     * (and is read re-based), else null. Central European tables print a survey among all voters, undecided included,
     * and below it among decided voters (Republikon, 18–24 February 2022: Fidesz 40, United for Hungary 39, Mi Hazánk
     * 3, MKKP 2, undecided 16; then 48, 46, 3, 3): the second is the vote intention the firm published, which the
     * first re-based from whole points only approximates (47.62, 46.43, 3.57, 2.38), and a firm's decided voters are
     * no plain re-base of its all voters (Závecz, 21–27 March 2022: 39 and 36 with 19 undecided, 48.1 and 44.4
     * re-based, printed 50 and 46). Before, the first was kept and the second dropped as the same figures on the other
     * base, or, further apart than rounding, refused with the page as the same poll with other figures.
     */
    private static Offered decided(Offered a, Offered b) {
        if (!a.poll().shares().keySet().equals(b.poll().shares().keySet())
                || (a.poll().dontKnow() == null) == (b.poll().dontKnow() == null)) {
            return null;
        }
        return a.poll().dontKnow() == null ? a : b;
    }

    private static SkippedTable decidedNote(Offered left, Offered kept) {
        Poll p = left.poll();
        return SkippedTable.at(
                left.normalised().location(),
                p.key() + " with its don't-knows (" + PollShares.trim(p.dontKnow()) + ", read as "
                        + PollShares.printed(p.shares()) + "): the same survey's figures without them ("
                        + SkippedTable.where(kept.normalised().location()) + ": "
                        + PollShares.printed(kept.poll().shares()) + ", its decided voters) are kept, as the vote"
                        + " intention it published: one survey is counted once");
    }

    private static boolean sameSurvey(Poll a, Poll b) {
        return a.election().equals(b.election())
                && a.pollster().equals(b.pollster())
                && a.client().equals(b.client())
                && Objects.equals(a.date(), b.date());
    }

    /**
     * Likely voters 3, registered voters 2, voters 1 (a table's {@code (V)}: voters, screened no further), adults 0;
     * -1 for a population not given or not one of these.
     */
    static int rank(String population) {
        if (population == null) {
            return -1;
        }
        String p = population.toLowerCase(Locale.ROOT);
        // A turnout model ("60% turnout", "medium turnout") is the firm's estimate of who will vote: its likely voters.
        if (p.contains("likely") || p.contains("turnout")) {
            return 3;
        }
        if (p.contains("registered")) {
            return 2;
        }
        if (p.contains("adult")) {
            return 0;
        }
        return p.contains("voter") ? 1 : -1;
    }

    /** Whether both state a mode, and not the same one (case and spacing aside). */
    private static boolean otherModes(Poll a, Poll b) {
        if (a.mode() == null
                || b.mode() == null
                || a.mode().isBlank()
                || b.mode().isBlank()) {
            return false;
        }
        return !a.mode().strip().equalsIgnoreCase(b.mode().strip());
    }

    private static SkippedTable modeNote(Offered left, Offered kept) {
        Poll p = left.poll();
        return SkippedTable.at(
                left.normalised().location(),
                p.key() + " by " + p.mode().strip() + " (" + PollShares.printed(p.shares()) + "): the same firm's"
                        + " poll of the same dates by " + kept.poll().mode().strip() + " ("
                        + SkippedTable.where(kept.normalised().location()) + ") is kept, the first printed: the store"
                        + " holds one poll of a firm, client and date, so its parallel polls by two modes cannot both"
                        + " be kept (give one its own client in a CSV to keep both)");
    }

    private static SkippedTable basisNote(Offered left, Offered kept) {
        Poll p = left.poll();
        return SkippedTable.at(
                left.normalised().location(),
                p.key() + " over cast votes (" + PollShares.printed(p.shares()) + "): the same survey's figures over"
                        + " valid votes ("
                        + SkippedTable.where(kept.normalised().location()) + ") are kept, as the"
                        + " count is of valid votes: one survey is counted once");
    }

    private static SkippedTable note(Offered left, Offered kept) {
        Location at = left.normalised().location();
        Poll p = left.poll();
        return SkippedTable.at(
                at,
                p.key() + " among " + whom(p) + " (" + PollShares.printed(p.shares()) + "): the same survey's"
                        + " figures among " + whom(kept.poll()) + " ("
                        + SkippedTable.where(kept.normalised().location()) + ")"
                        + " are kept (likely voters over registered voters over voters over adults, as US aggregators"
                        + " choose)");
    }

    /** The population a version counts, or its whole sample where it states none. */
    private static String whom(Poll p) {
        return p.population() == null ? "the whole sample (no population stated)" : p.population();
    }
}
