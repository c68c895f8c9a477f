package org.pollcast.poll;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pollcast.election.Scope;

/**
 * One published poll figure set for one contest and scope. Shares are percentages as published (don't-knows
 * excluded), keyed by option id in the order the pollster gave them.
 *
 * @param client         who commissioned it; empty when none or unknown, never null
 * @param fieldworkStart null when unknown
 * @param fieldworkEnd   null when unknown; then {@code published} must be set
 * @param sampleSize     null when not published (the aggregator imputes and flags it)
 * @param population     e.g. {@code adults}, {@code likely voters}; null when not stated
 * @param mode           {@code online}, {@code phone}, ...; null when not stated
 * @param dontKnow       the don't-know percentage where published, else null
 * @param partial        true when the pollster reported only some options (the rest blank or "–")
 * @param citation       the source keys or URLs the figures come from (free text)
 * @param externalId     an id given by the source file (e.g. {@code M2008-07}), or null
 * @param publishedAs    the name the poll was published under ("Savanta ComRes"), where {@code pollster} is the
 *                       house it belongs to ("ComRes"): house effects group by house, tables show this name
 * @param heldUntil      the polling day whose blackout held the poll back ({@link PollingBlackout}), or null: it was
 *                       not public before that day; never stored, set from the election's definition as it is read
 */
public record Poll(
        String election,
        String contest,
        Scope scope,
        String pollster,
        String client,
        LocalDate fieldworkStart,
        LocalDate fieldworkEnd,
        LocalDate published,
        DatePrecision datePrecision,
        Integer sampleSize,
        String population,
        String mode,
        Map<String, Double> shares,
        Double dontKnow,
        boolean partial,
        String notes,
        String citation,
        String externalId,
        String publishedAs,
        LocalDate heldUntil) {

    public Poll {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(pollster, "pollster");
        client = client == null ? "" : client;
        datePrecision = datePrecision == null ? DatePrecision.EXACT : datePrecision;
        if (fieldworkEnd == null && published == null) {
            throw new IllegalArgumentException("a poll needs a fieldwork end or a publication date");
        }
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        publishedAs = publishedAs == null || publishedAs.isBlank() ? pollster : publishedAs.strip();
    }

    /** A poll published under its house's own name. */
    public Poll(
            String election,
            String contest,
            Scope scope,
            String pollster,
            String client,
            LocalDate fieldworkStart,
            LocalDate fieldworkEnd,
            LocalDate published,
            DatePrecision datePrecision,
            Integer sampleSize,
            String population,
            String mode,
            Map<String, Double> shares,
            Double dontKnow,
            boolean partial,
            String notes,
            String citation,
            String externalId) {
        this(
                election,
                contest,
                scope,
                pollster,
                client,
                fieldworkStart,
                fieldworkEnd,
                published,
                datePrecision,
                sampleSize,
                population,
                mode,
                shares,
                dontKnow,
                partial,
                notes,
                citation,
                externalId,
                pollster,
                null);
    }

    /** This poll with other shares (everything else, the published name included, kept). */
    public Poll withShares(Map<String, Double> other) {
        return with(contest, scope, other, published);
    }

    /** The same figures read as another contest's question ({@link org.pollcast.election.ListLead}'s list vote). */
    public Poll asQuestionOf(String otherContest, Scope otherScope) {
        return with(otherContest, otherScope, shares, published);
    }

    private Poll with(String contest, Scope scope, Map<String, Double> other, LocalDate published) {
        return with(contest, scope, other, published, heldUntil);
    }

    private Poll with(
            String contest, Scope scope, Map<String, Double> other, LocalDate published, LocalDate heldUntil) {
        return new Poll(
                election,
                contest,
                scope,
                pollster,
                client,
                fieldworkStart,
                fieldworkEnd,
                published,
                datePrecision,
                sampleSize,
                population,
                mode,
                other,
                dontKnow,
                partial,
                notes,
                citation,
                externalId,
                publishedAs,
                heldUntil);
    }

    /** This poll, not public before {@code pollingDay}, whose blackout it was dated inside ({@link PollingBlackout}). */
    public Poll heldBackUntil(LocalDate pollingDay) {
        return with(contest, scope, shares, published, pollingDay);
    }

    /** Whether the source gives the exact day the poll was published. */
    public boolean exactlyPublished() {
        return published != null && datePrecision == DatePrecision.EXACT;
    }

    /** The date the poll speaks for: the end of fieldwork, else the publication date. */
    public LocalDate date() {
        return fieldworkEnd != null ? fieldworkEnd : published;
    }

    /**
     * The day the poll became public: its publication, where the source gives both the end of fieldwork and an exact
     * publication day after it; else its date. A forecast as of a past day (the backtest's, a report's "how the race
     * moved") takes only what a reader could have seen then: London 2021's Redfield & Wilton poll, fieldwork ending 16
     * April and published on the 21st, was in an average "as of" the 18th. Its weight still runs from its date, when its
     * opinions were measured. A poll a polling blackout held back ({@link #heldUntil}) is known from that polling day:
     * every forecast "as of" a past day reads its polls through here, so none counts a poll no voter could read.
     */
    public LocalDate knownFrom() {
        LocalDate known =
                fieldworkEnd != null && exactlyPublished() && published.isAfter(fieldworkEnd) ? published : date();
        return heldUntil != null && heldUntil.isAfter(known) ? heldUntil : known;
    }

    /** Whether a polling blackout held this poll back: dated inside it, it was not public before polling day. */
    public boolean heldBack() {
        return heldUntil != null && heldUntil.isAfter(date());
    }

    /**
     * "dated 2021-04-26", or "dated 2021-04-26, published 2021-04-30" where it became public later, or "dated
     * 2021-11-20, inside the polling blackout before 2021-11-21" where a blackout held it back.
     */
    public String whenKnown() {
        if (heldBack()) {
            return "dated " + date() + ", inside the polling blackout before " + heldUntil;
        }
        return "dated " + date() + (knownFrom().equals(date()) ? "" : ", published " + knownFrom());
    }

    /**
     * This poll as measured: its publication day dropped where it came after the fieldwork, so that it counts from its
     * date. For an average of opinion at a past day seen from today (the Westminster trend's starting point, when the
     * newest mayoral poll was taken), not of what was known on that day: a poll taken before it and published after
     * belongs to it, and counted only at the end it read as movement since.
     */
    public Poll asMeasured() {
        return knownFrom().equals(date()) ? this : with(contest, scope, shares, null, null);
    }

    /** Whether the poll was public by {@code day} ({@link #knownFrom}). */
    public boolean knownBy(LocalDate day) {
        return !knownFrom().isAfter(day);
    }

    public PollKey key() {
        return new PollKey(election, contest, scope, pollster, client, date(), PollKey.pairOf(scope, shares.keySet()));
    }

    public double shareSum() {
        double sum = 0;
        for (double s : shares.values()) {
            sum += s;
        }
        return sum;
    }

    /** True when the numbers and descriptive fields agree (what re-ingesting the same poll must give). */
    public boolean sameFigures(Poll other) {
        return key().equals(other.key())
                && shares.equals(other.shares)
                && Objects.equals(sampleSize, other.sampleSize)
                && Objects.equals(fieldworkStart, other.fieldworkStart)
                && Objects.equals(dontKnow, other.dontKnow);
    }

    /**
     * True when {@code other} is this survey printed with fewer of its figures: the key and the shares agree, and so do
     * the sample, the first day of fieldwork and the don't-knows wherever both give them, one copy leaving out what the
     * other prints. A firm's tracking table repeats its earlier surveys without their samples (Forum Research's Toronto
     * release of 24 June 2023 gives 9 June's shares, its release of 11 June those and its sample of 1,047), and a table
     * that prints only the last day of fieldwork leaves out the first: the second copy was refused as a conflict ("the
     * shares agree, the other figures differ: sample size stored none, this file 1047").
     */
    public boolean sameSurveyFewerFigures(Poll other) {
        return key().equals(other.key())
                && shares.equals(other.shares)
                && agreeWhereBothGive(sampleSize, other.sampleSize)
                && agreeWhereBothGive(fieldworkStart, other.fieldworkStart)
                && agreeWhereBothGive(dontKnow, other.dontKnow);
    }

    private static boolean agreeWhereBothGive(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }

    /**
     * How far two printings of one survey's share may differ by rounding alone: each printed to a whole point (0.5),
     * and the one printed with its don't-knows re-based from whole points (Ipsos B&A's 38 of 63 is 60.3, printed
     * without its don't-knows as 60).
     */
    public static final double OTHER_BASE_ROUNDING = 1.5;

    /**
     * True when {@code other} is this survey as printed on the other base: one of the two gives its don't-knows (printed
     * with them, and re-based when read) and the other does not, as an encyclopedia's table leaves them out, and they
     * agree otherwise: the key, the options, the sample and fieldwork where both give them, and each share within
     * {@link #OTHER_BASE_ROUNDING} points. Irish Times/Ipsos B&A, 12–14 October 2025, printed Connolly 38, Humphreys
     * 20, Gavin 5, undecided 18 (read as 60.32, 31.75, 7.94), and 60, 32, 8 excluding the undecided: a file of the
     * second after the first was refused as conflicting with it.
     */
    public boolean sameSurveyOtherBase(Poll other) {
        if (!key().equals(other.key())
                || (dontKnow == null) == (other.dontKnow == null)
                || !shares.keySet().equals(other.shares.keySet())
                || (sampleSize != null && other.sampleSize != null && !sampleSize.equals(other.sampleSize))
                || (fieldworkStart != null
                        && other.fieldworkStart != null
                        && !fieldworkStart.equals(other.fieldworkStart))) {
            return false;
        }
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            if (!(Math.abs(e.getValue() - other.shares.get(e.getKey())) <= OTHER_BASE_ROUNDING)) {
                return false;
            }
        }
        return true;
    }
}
