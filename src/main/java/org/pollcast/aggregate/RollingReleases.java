package org.pollcast.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.RollingSample;

/**
 * One firm's overlapping releases count once (model 2026.12-24). A rolling tracker publishes every day the last few
 * nights' interviews (Nanos's three-night sample of 1,200, a third of it new each day), so its consecutive releases
 * share most of their respondents. Averaged as polls of their own, a daily tracker's week counted each interview
 * about three times: its weight was its releases', not its interviews', and the average's standard error and
 * effective sample treated the repeats as new people (Canada 2021 as of the eve of poll: an effective sample of
 * 12,000 from 14 releases of 7 firms).
 *
 * <p>So, for each house and client, newest first, a release is kept only when its fieldwork shares no day with a newer
 * release already kept (two clients' surveys in the same days are two samples, as are a survey's two run-off pairs and
 * its two populations): a rolling release sharing a night with a newer kept one, or any
 * other poll half or more of whose days a newer kept one holds, is left out, with a note, so a tracker's interviews
 * count once, in the newest release that holds them, while a poll that shares a day or two with the next keeps its
 * own sample. A release's fieldwork is its stated start and end where
 * the source gives both; otherwise, for a rolling release (the table's "(1/3)" or "rolling", {@link RollingSample}),
 * its window is the firm's release spacing over the new share (daily releases a third new: three nights), the spacing
 * being the shortest gap between the house's rolling releases (one day where it has only one), and a share not
 * printed is taken as a third, the usual tracker's; any other poll with no start date is its last day. Polls whose
 * fieldwork does not overlap (every London firm's) are all kept.
 */
public final class RollingReleases {
    private RollingReleases() {}

    /** The share of a release taken as new where a table says "rolling" but prints no share: a three-night window. */
    static final double UNPRINTED_SHARE = 1.0 / 3;

    /** A release's fieldwork days, and whether its table called it a rolling tracker's. */
    private record Window(Poll poll, long first, long last, boolean rolling) {}

    /**
     * One firm's series for one client, contest, question and population: two clients' surveys in the same days are
     * two samples, not a tracker's releases (a tracker's rows name no client, or the same one), and so are a survey's
     * two run-off pairs (lab v reform, lab v con) and its likely and registered voters (review).
     */
    private record Series(
            String pollster, String client, String contest, Scope scope, Set<String> pair, String population) {
        static Series of(Poll p) {
            return new Series(
                    p.pollster(),
                    p.client() == null ? "" : p.client(),
                    p.contest(),
                    p.scope(),
                    p.scope() == Scope.RUNOFF ? p.shares().keySet() : Set.of(),
                    p.population() == null ? "" : p.population());
        }
    }

    /** {@code polls} less the releases whose every fieldwork day a kept newer release of the same house shares. */
    public static List<Poll> leaveOut(List<Poll> polls, List<String> notes) {
        Map<Series, List<Poll>> byHouse = new LinkedHashMap<>();
        for (Poll p : polls) {
            byHouse.computeIfAbsent(Series.of(p), k -> new ArrayList<>()).add(p);
        }
        Set<Poll> dropped = new HashSet<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (List<Poll> house : byHouse.values()) {
            if (house.size() < 2) {
                continue;
            }
            Map<Poll, Optional<RollingSample>> rolling = new HashMap<>();
            house.forEach(p -> rolling.put(p, RollingSample.of(p)));
            long spacing = spacing(house, rolling);
            List<Window> windows = house.stream()
                    .map(p -> window(p, rolling.get(p), spacing))
                    .sorted(Comparator.comparingLong(Window::last)
                            .thenComparingLong(Window::first)
                            .reversed())
                    .toList();
            long keptFrom = Long.MAX_VALUE;
            int left = 0;
            for (Window w : windows) {
                // A rolling release sharing any night with a newer kept one is left out: its window is the tracker's
                // panel, whose interviews the newer release holds. A poll the table does not call rolling is left out
                // only when half its days or more are a newer one's: one sharing only its last day with the next (Angus
                // Reid's 1-7 April beside its 7-9 April) is a sample of its own, whose days would otherwise count for
                // nothing (review).
                long shared = Math.max(0, w.last() - Math.max(w.first(), keptFrom) + 1);
                if (shared > 0 && (w.rolling() || 2 * shared >= w.last() - w.first() + 1)) {
                    dropped.add(w.poll());
                    left++;
                } else {
                    keptFrom = Math.min(keptFrom, w.first());
                }
            }
            if (left > 0) {
                counts.put(house.get(0).publishedAs(), new int[] {left, house.size()});
            }
        }
        if (dropped.isEmpty()) {
            return polls;
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((name, c) -> parts.add(name + " " + c[0] + " of " + c[1]));
        notes.add(String.format(
                Locale.ROOT,
                "overlapping releases: %d %s of one firm shared fieldwork days with a newer release of the same firm"
                        + " (a rolling tracker's) and %s left out, so each interview counts once: %s",
                dropped.size(),
                dropped.size() == 1 ? "poll" : "polls",
                dropped.size() == 1 ? "is" : "are",
                String.join(", ", parts)));
        return polls.stream().filter(p -> !dropped.contains(p)).toList();
    }

    /** The shortest gap in days between the house's rolling releases, 1 with fewer than two of them. */
    private static long spacing(List<Poll> house, Map<Poll, Optional<RollingSample>> rolling) {
        List<Long> days = house.stream()
                .filter(p -> rolling.get(p).isPresent())
                .map(p -> p.date().toEpochDay())
                .distinct()
                .sorted()
                .toList();
        long best = Long.MAX_VALUE;
        for (int i = 1; i < days.size(); i++) {
            best = Math.min(best, days.get(i) - days.get(i - 1));
        }
        return best == Long.MAX_VALUE ? 1 : best;
    }

    private static Window window(Poll p, Optional<RollingSample> rolling, long spacing) {
        long last = p.date().toEpochDay();
        if (p.fieldworkStart() != null && p.fieldworkEnd() != null) {
            return new Window(
                    p, p.fieldworkStart().toEpochDay(), p.fieldworkEnd().toEpochDay(), rolling.isPresent());
        }
        if (rolling.isEmpty()) {
            return new Window(p, last, last, false);
        }
        double share = rolling.get().newShare().orElse(UNPRINTED_SHARE);
        long days = Math.max(1, Math.round(spacing / share));
        return new Window(p, last - days + 1, last, true);
    }
}
