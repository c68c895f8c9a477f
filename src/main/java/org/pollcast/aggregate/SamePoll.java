package org.pollcast.aggregate;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pollcast.election.Option;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;

/**
 * One poll published twice under keys that differ: a polling site lists it with no client where an encyclopedia
 * names three ("Evening Standard/LBC/ITV London Tonight"), or spells the client another way ("Times", "The
 * Times"), or dates it by publication where the other gives the end of fieldwork. The store keeps both (their
 * keys differ, and neither source is wrong to be stored), but an average that counts both gives that poll
 * twice its weight. Two polls are taken for one when they are of the same house, contest and scope, under
 * different clients, name at least two options in common (besides "other"), and either share a date with every
 * common figure within {@value #POINTS} point, or are dated within {@value #DAYS} days with every common figure
 * the same. A house does not publish two polls for two clients that close in time and figures; polls for one
 * client (a daily tracker's releases) are never merged, however alike. Of the two, the one naming more options is
 * kept (it says more), else the earlier.
 *
 * <p>A poll dated by month only ({@link DatePrecision#MONTH}: a table's "May 2025", stored as the 15th) stands for
 * its whole month: it is the same poll as one of the house dated exactly in that month whose every common figure is
 * the same and whose sample, where both give one, is the same, whatever the clients. An encyclopedia lists by month
 * the poll a release dates to the day ("published 12 May"), and counted twice the survey weighed double (Find Out
 * Now's May 2025 London poll, from the bundled file and the 2028 article). A tracker's releases are dated exactly,
 * so the one-client rule above still keeps them apart.
 */
public final class SamePoll {
    static final int DAYS = 2;
    static final double POINTS = 1.0;

    /**
     * The most polls of one house, contest and scope a poll is compared with: the latest of the {@value #DAYS} days
     * before it. A house publishes a handful in that time; without a bound, a file of tens of thousands of one
     * house's polls on one day made every pair a comparison (40,000 polls took minutes).
     */
    static final int MOST_RECENT = 64;

    private SamePoll() {}

    /** Whether {@code a} and {@code b} are one poll published twice. */
    public static boolean same(Poll a, Poll b) {
        if (!a.election().equals(b.election())
                || !a.contest().equals(b.contest())
                || a.scope() != b.scope()
                || !a.pollster().equals(b.pollster())) {
            return false;
        }
        if (oneMonth(a, b)) {
            return (a.sampleSize() == null
                            || b.sampleSize() == null
                            || a.sampleSize().equals(b.sampleSize()))
                    && sameFigures(a, b, 0);
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
        if (a.client().equals(b.client()) || days > DAYS) {
            return false;
        }
        return sameFigures(a, b, days == 0 ? POINTS : 0);
    }

    /** One of the two is dated by month only, and the other's date falls in that month. */
    private static boolean oneMonth(Poll a, Poll b) {
        return (a.datePrecision() == DatePrecision.MONTH || b.datePrecision() == DatePrecision.MONTH)
                && YearMonth.from(a.date()).equals(YearMonth.from(b.date()));
    }

    /** At least two options in common besides "other", every common figure within {@code tolerance} points. */
    private static boolean sameFigures(Poll a, Poll b, double tolerance) {
        int common = 0;
        for (Map.Entry<String, Double> s : a.shares().entrySet()) {
            Double other = b.shares().get(s.getKey());
            if (other == null || s.getKey().equals(Option.OTHER)) {
                continue;
            }
            if (Math.abs(other - s.getValue()) > tolerance + 1e-9) {
                return false;
            }
            common++;
        }
        return common >= 2;
    }

    /**
     * {@code polls} with each poll published twice counted once, in the input's order; a note for each in
     * {@code notes}. Each poll is compared only with the latest {@value #MOST_RECENT} polls of its house, contest
     * and scope in the few days before it, so the cost stays linear in the number of polls.
     */
    public static List<Poll> collapse(List<Poll> polls, List<String> notes) {
        return collapse(polls, notes, SamePoll::same);
    }

    /** As {@link #collapse(List, List)}, telling one poll by {@code sameness} (a test counts its calls). */
    static List<Poll> collapse(
            List<Poll> polls, List<String> notes, java.util.function.BiPredicate<Poll, Poll> sameness) {
        // Both callers hand over polls already in date order: sort only when they are not.
        List<Poll> byDate = polls;
        for (int i = 1; i < polls.size() && byDate == polls; i++) {
            if (polls.get(i).date().isBefore(polls.get(i - 1).date())) {
                byDate = new ArrayList<>(polls);
                byDate.sort(Comparator.comparing(Poll::date));
            }
        }
        Map<String, List<Poll>> recent = new HashMap<>();
        Set<Poll> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Poll p : byDate) {
            List<Poll> house = recent.computeIfAbsent(
                    String.join(
                            "\u0000",
                            p.pollster(),
                            p.election(),
                            p.contest(),
                            p.scope().code()),
                    h -> new ArrayList<>());
            // A month-only poll is compared with the house's polls of its month, which stay until the month ends.
            house.removeIf(k -> ChronoUnit.DAYS.between(k.date(), p.date()) > DAYS
                    && !YearMonth.from(k.date()).equals(YearMonth.from(p.date())));
            Poll twin =
                    house.stream().filter(k -> sameness.test(k, p)).findFirst().orElse(null);
            if (twin == null) {
                house.add(p);
                if (house.size() > MOST_RECENT) {
                    house.remove(0);
                }
                continue;
            }
            Poll keep = p.shares().size() > twin.shares().size() ? p : twin;
            Poll drop = keep == p ? twin : p;
            dropped.add(drop);
            if (keep == p) {
                house.set(house.indexOf(twin), p);
            }
            notes.add(String.format(
                    Locale.ROOT,
                    "counted once: %s %s%s and the listing %s%s are one poll published twice",
                    keep.publishedAs(),
                    keep.date(),
                    keep.client().isEmpty() ? " (no client)" : " for " + keep.client(),
                    drop.client().isEmpty() ? "with no client" : "for " + drop.client(),
                    drop.date().equals(keep.date()) ? "" : " dated " + drop.date()));
        }
        return polls.stream().filter(p -> !dropped.contains(p)).toList();
    }
}
