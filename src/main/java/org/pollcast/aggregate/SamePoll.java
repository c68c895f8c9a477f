package org.pollcast.aggregate;

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
        long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
        if (!a.election().equals(b.election())
                || !a.contest().equals(b.contest())
                || a.scope() != b.scope()
                || !a.pollster().equals(b.pollster())
                || a.client().equals(b.client())
                || days > DAYS) {
            return false;
        }
        double tolerance = days == 0 ? POINTS : 0;
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
            house.removeIf(k -> ChronoUnit.DAYS.between(k.date(), p.date()) > DAYS);
            Poll twin = house.stream().filter(k -> same(k, p)).findFirst().orElse(null);
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
