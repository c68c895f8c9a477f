package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.AddOutcome;
import org.pollcast.store.SourceTransaction;

/**
 * What ingesting one source has found so far, poll by poll: the problems, the polls rejected, and how the
 * valid polls met the store (added, repeated in the file, already stored, conflicting). Without skip-invalid any
 * problem rejects the whole file, so only the first {@value #KEPT} problems and conflicts are kept for the message
 * and the rest are counted: a file of any length, however wrong, takes bounded memory. With skip-invalid every
 * rejected poll is kept, for the rejects file.
 */
final class IngestTally {
    /** Problems (and conflicts) kept for the message when the whole file fails. */
    static final int KEPT = 1_000;

    private final String source;
    private final boolean keepAll;
    final List<Problem> problems = new ArrayList<>();
    final List<RejectedPoll> rejectedPolls = new ArrayList<>();
    final List<AddOutcome.Conflict> conflicts = new ArrayList<>();
    int problemCount;
    int conflictCount;
    /** Polls that passed validation, each key counted once. */
    int valid;
    /** The valid polls by election, contest and scope, for the summary. */
    final Map<IngestReport.ReadAs, Integer> readAs = new LinkedHashMap<>();
    /** The valid polls printed in seats, by the size of the house they were read against. */
    final Map<Integer, Integer> seatPolls = new LinkedHashMap<>();
    /** The houses some of whose seat polls printed lists below the threshold as shares. */
    final Set<Integer> seatHousesBesideShares = new TreeSet<>();
    /** The page's poll tables left out as another ballot's, in page order. */
    final List<SkippedTable> skipped = new ArrayList<>();
    /** Firms the alias table does not know, stored as written. */
    final List<String> newPollsters = new ArrayList<>();

    final List<String> joinedSpellings = new ArrayList<>();
    /** New firms named like a house met before ({@link PollNames#nearHouses}). */
    final List<String> nearHouses = new ArrayList<>();
    /** Polls whose key was stored before with the same figures, by another source or earlier in this one. */
    int duplicates;
    /**
     * The keys of stored polls this source printed again with their figures: a second survey of such a key further on
     * is this page's second survey, as when the page itself stored the first (a mirror of a page stored before).
     */
    private final Set<PollKey> printedHere = new HashSet<>();

    IngestTally(String source, boolean skipInvalid) {
        this.source = source;
        this.keepAll = skipInvalid;
    }

    /** The firms of the valid polls, folded to lower case: a firm named only by rejected rows was stored as nothing. */
    final Set<String> validPollsters = new HashSet<>();

    /** {@code poll} passed validation and goes to the store. */
    void valid(Poll poll) {
        valid++;
        validPollsters.add(poll.pollster().toLowerCase(Locale.ROOT));
        readAs.merge(kind(poll), 1, Integer::sum);
        Integer house = PollShares.seatsHouse(poll.notes());
        if (house != null) {
            seatPolls.merge(house, 1, Integer::sum);
            if (PollShares.seatsBesideShares(poll.notes())) {
                seatHousesBesideShares.add(house);
            }
        }
    }

    private static IngestReport.ReadAs kind(Poll poll) {
        return new IngestReport.ReadAs(poll.election(), poll.contest(), poll.scope());
    }

    /**
     * The problems of the poll rejected last: a table row's two polls (first round, run-off) share its cells, and a
     * fault of a shared cell is one problem, not one per round.
     */
    private Set<Problem> lastRejected = Set.of();

    /** A problem of the source as a whole (an HTML page without poll tables). */
    void problem(Problem p) {
        problemCount++;
        if (keepAll || problems.size() < KEPT) {
            problems.add(p);
        }
    }

    /** {@code raw} is rejected for {@code own}. */
    void reject(RawPoll raw, List<Problem> own) {
        own.stream().filter(p -> !lastRejected.contains(p)).forEach(this::problem);
        lastRejected = Set.copyOf(own);
        if (keepAll) {
            rejectedPolls.add(new RejectedPoll(source, raw.rows(), own));
        }
    }

    /**
     * For a copied table's line that left its pollster and dates blank and took them from the line above: why it was
     * read as that survey, and what would tell it apart.
     */
    private static String carried(RawPoll raw) {
        String above = raw.value(WideCsvPolls.CARRIED_FROM);
        return above.isEmpty()
                ? ""
                : ": line " + raw.location().line()
                        + " leaves the pollster and dates blank, so it is read as the survey"
                        + " of line " + above + " (a page's cells spanning both lines keep their text in the top one"
                        + " when copied); if it is another survey, give its pollster and dates; if it is this survey"
                        + " among another population, say which in its sample cell ('1,003 (RV)', '(LV)', '(A)')";
    }

    /**
     * The note for a poll that is a stored one printed on the other base (with its don't-knows, or without them): the
     * same survey, counted as already stored, never a second poll nor a conflict.
     */
    private SkippedTable otherBase(SourceTransaction.Existing<RawPoll> e) {
        Location at = e.tag().location();
        Poll stored = e.stored().poll();
        Poll incoming = e.incoming();
        return SkippedTable.at(
                at,
                incoming.key() + " (" + PollShares.printed(incoming.shares()) + ") is the poll stored from "
                        + e.stored().provenance().source() + ":"
                        + e.stored().provenance().location() + " ("
                        + PollShares.printed(stored.shares()) + ") printed "
                        + (incoming.dontKnow() == null ? "without" : "with")
                        + " its don't-knows: the same survey, counted"
                        + " as already stored");
    }

    /**
     * The note on a survey stored before whose copy here leaves out a figure that one gives, or gives one it leaves out:
     * the stored copy is kept, and the note says what the other holds, so that a user who wants it can ingest the
     * fuller copy first.
     */
    private SkippedTable fewerFigures(SourceTransaction.Existing<RawPoll> e) {
        Poll stored = e.stored().poll();
        Poll incoming = e.incoming();
        List<String> only = new ArrayList<>();
        onlyOne(only, "sample", stored.sampleSize(), incoming.sampleSize());
        onlyOne(only, "first day of fieldwork", stored.fieldworkStart(), incoming.fieldworkStart());
        onlyOne(only, "don't-knows", stored.dontKnow(), incoming.dontKnow());
        return SkippedTable.at(
                e.tag().location(),
                incoming.key() + " (" + PollShares.printed(incoming.shares()) + ") is the poll stored from "
                        + e.stored().provenance().source() + ":"
                        + e.stored().provenance().location()
                        + ", the same shares with " + String.join(" and ", only)
                        + ": the same survey, counted as already stored (the stored copy is kept)");
    }

    private static void onlyOne(List<String> out, String what, Object stored, Object incoming) {
        if (stored == null && incoming != null) {
            out.add("its " + what + " (" + incoming + ") given here only");
        } else if (stored != null && incoming == null) {
            out.add("its " + what + " (" + stored + ") given by the stored copy only");
        }
    }

    /**
     * Whether two polls of one key state samples of different sizes: two surveys, not one printed twice. A firm that
     * runs two series over the same days (the 2022 Swedish table prints two Sifo polls of 2–4 September, 1,999 and 1,942
     * asked) has them on one page under one key (firm, client, date, question); before, the second refused the page.
     */
    private static boolean otherSamples(Poll kept, Poll offered) {
        return (kept.sampleSize() != null
                        && offered.sampleSize() != null
                        && !kept.sampleSize().equals(offered.sampleSize()))
                || otherStarts(kept, offered);
    }

    /**
     * Whether two polls of one key began on different days: two surveys ending the same day, which the key (dated by
     * the last day) cannot tell apart. The 2021 Norwegian table prints Norstat's 4–8 September poll and its 31
     * August–8 September one of 11,500 asked (the first with no sample); before, the second refused the page.
     */
    private static boolean otherStarts(Poll kept, Poll offered) {
        return kept.fieldworkStart() != null
                && offered.fieldworkStart() != null
                && !kept.fieldworkStart().equals(offered.fieldworkStart());
    }

    /** The note for the second of two surveys of one key on a page: the first printed is kept, as for two modes. */
    private SkippedTable otherSample(SourceTransaction.Existing<RawPoll> e) {
        Poll kept = e.stored().poll();
        Poll left = e.incoming();
        return SkippedTable.at(
                e.tag().location(),
                left.key() + " of " + surveyOf(left) + " (" + PollShares.printed(left.shares())
                        + "): the same firm's"
                        + " poll " + (otherStarts(kept, left) ? "ending the same day" : "of the same dates") + " of "
                        + surveyOf(kept) + " ("
                        + storedAt(e)
                        + ") is kept, the first printed: two surveys, but the store holds one poll of a firm, client and"
                        + " date (give one its own client in a CSV to keep both)");
    }

    /**
     * Where the kept survey was read: its table and row, or its line, in this source or another. A bare number read as a
     * sample ("... of 1999 begun 2022-09-02 (20)" was a line number beside a year-like sample).
     */
    private String storedAt(SourceTransaction.Existing<RawPoll> e) {
        String at = e.stored().provenance().location();
        String where = at.matches("\\d+") ? "line " + at : at;
        String from = e.stored().provenance().source();
        return from.equals(source) ? where : from + " " + where;
    }

    /** A survey as the note names it: its sample, and its first day where two began on different days. */
    private static String surveyOf(Poll p) {
        String sample =
                p.sampleSize() == null ? "no stated sample" : String.format(Locale.ROOT, "%,d asked", p.sampleSize());
        return p.fieldworkStart() == null ? sample : sample + ", begun " + p.fieldworkStart();
    }

    /**
     * {@code poll}, a page's report dated by its publication, is {@code stored}, a survey a table gave with its days
     * ({@link ReportedSurveys}): counted as already stored, with a note naming it.
     */
    void reportOf(Poll poll, RawPoll raw, StoredPoll stored) {
        duplicates++;
        skipped.add(SkippedTable.at(
                raw.location(),
                poll.pollster() + " (" + PollShares.printed(poll.shares()) + "), dated by its publication on "
                        + poll.published() + ", is the survey stored from "
                        + stored.provenance().source() + ":"
                        + stored.provenance().location() + " (fieldwork to "
                        + stored.poll().fieldworkEnd()
                        + ", the same figures): a report of it, counted as already stored"));
    }

    /** Sorts the polls the store did not add because their key was stored: repeats, duplicates, conflicts. */
    void existing(List<SourceTransaction.Existing<RawPoll>> existing) {
        for (SourceTransaction.Existing<RawPoll> e : existing) {
            boolean same = e.stored().poll().sameFigures(e.incoming());
            if (!same && e.stored().poll().sameSurveyOtherBase(e.incoming())) {
                same = true;
                skipped.add(otherBase(e));
            }
            if (!same && e.stored().poll().sameSurveyFewerFigures(e.incoming())) {
                same = true;
                skipped.add(fewerFigures(e));
            }
            // The same page read again: its second survey of one key meets the first, stored from it before, and is
            // left out again with its note (the page adds nothing), not refused as a conflict.
            // So is a mirror's copy of a page stored before, whose first survey of the key met the stored one: the
            // 2022 Swedish table's second Sifo poll of 2–4 September refused wikimili's copy after gpedia's was stored.
            boolean againOtherSurvey = !same
                    && otherSamples(e.stored().poll(), e.incoming())
                    && (source.equals(e.stored().provenance().source())
                            || printedHere.contains(e.stored().poll().key()));
            if (same) {
                printedHere.add(e.stored().poll().key());
            }
            if (e.earlierInSource() || againOtherSurvey) {
                if (same) {
                    duplicates++;
                } else if (otherSamples(e.stored().poll(), e.incoming())) {
                    skipped.add(otherSample(e));
                } else {
                    reject(
                            e.tag(),
                            List.of(new Problem(
                                    source,
                                    e.tag().location(),
                                    null,
                                    "the same poll (" + e.incoming().key() + ") as at "
                                            + e.stored().provenance().location() + " but with other figures"
                                            + carried(e.tag()))));
                }
                valid--; // counted when offered; the earlier one stands for this key
                readAs.merge(kind(e.incoming()), -1, Integer::sum);
                Integer house = PollShares.seatsHouse(e.incoming().notes());
                if (house != null) {
                    seatPolls.merge(house, -1, Integer::sum);
                }
                continue;
            }
            if (same) {
                duplicates++;
                continue;
            }
            conflictCount++;
            if (keepAll || conflicts.size() < KEPT) {
                conflicts.add(new AddOutcome.Conflict(e.incoming(), e.location(), e.stored()));
            }
            if (keepAll) {
                rejectedPolls.add(new RejectedPoll(
                        source,
                        e.tag().rows(),
                        List.of(new Problem(
                                source,
                                e.tag().location(),
                                null,
                                "conflicts with the stored poll " + e.incoming().key() + " from "
                                        + e.stored().provenance().source() + ":"
                                        + e.stored().provenance().location() + ": stored "
                                        + e.stored().poll().shares() + ", this file "
                                        + e.incoming().shares()
                                        + ConflictHint.of(e.stored().poll(), e.incoming())))));
            }
        }
    }
}
