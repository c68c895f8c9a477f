package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pollcast.Counted;
import org.pollcast.election.Candidate;
import org.pollcast.election.Contest;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.WithdrawnCandidate;
import org.pollcast.ingest.CampaignPolls;
import org.pollcast.poll.Poll;

/**
 * The polls of one contest and scope up to an as-of date, laid out in primitive arrays for the hot loops:
 * option-major shares with NaN for "not reported", days, pollster indexes and sample sizes (imputed where
 * missing; the notes say how many).
 *
 * <p>Candidates who withdrew ({@link SingleWinnerContest#withdrawn()}) are not options: a poll that gave them
 * {@code w} percent in all has them left out and every other share scaled by {@code 100 / (100 − w)}, as if
 * their supporters split in proportion to everyone else's support (the unreported rest included). The notes say
 * how many polls this touched.
 */
final class PollPanel {
    final String[] options;
    final String[] optionNames;
    final String[] pollsters;
    final int polls;
    final int[] day;
    final int[] pollster;
    /** Share of option j in poll i at {@code y[j * polls + i]}; NaN when the poll does not report it. */
    final double[] y;

    final double[] sample;
    /**
     * 100 minus the tracked options the poll reports: its own "others" figure plus any tracked option it did
     * not name. NaN for a partial poll (one that printed only some options), whose remainder means nothing.
     */
    final double[] impliedOther;

    /**
     * Whether poll i printed an "others" figure of its own: a firm's measure of every option it did not name, where
     * a remainder left unprinted may hold its undecided too.
     */
    final boolean[] printedOther;

    /** Whether option j is new since the baseline election (a party that did not stand then). */
    final boolean[] newOption;

    /**
     * Poll i's remainder (points) where no poll says what the options it left out get, so that how much of it is its
     * undecided and how much those options is unknown; 0 otherwise. "Others" is then no measurement: its error is
     * as wide as that remainder ({@link WeightedAverage}).
     */
    final double[] unknownRest;

    /**
     * The relative standard deviation of the scale poll i's named shares were taken by, where that scale rests on
     * an unknown part of its remainder (0 otherwise): added to its variance beside sampling.
     */
    final double[] rescaleSd;

    final List<String> notes;

    private PollPanel(
            String[] options,
            String[] optionNames,
            String[] pollsters,
            int[] day,
            int[] pollster,
            double[] y,
            double[] sample,
            double[] impliedOther,
            boolean[] printedOther,
            boolean[] newOption,
            double[] unknownRest,
            double[] rescaleSd,
            List<String> notes) {
        this.options = options;
        this.optionNames = optionNames;
        this.pollsters = pollsters;
        this.polls = day.length;
        this.day = day;
        this.pollster = pollster;
        this.y = y;
        this.sample = sample;
        this.impliedOther = impliedOther;
        this.printedOther = printedOther;
        this.newOption = newOption;
        this.unknownRest = unknownRest;
        this.rescaleSd = rescaleSd;
        this.notes = List.copyOf(notes);
    }

    /**
     * The day a candidate of {@code contest} who stays on the ballot stopped campaigning, where a poll of {@code polls}
     * began after it (so that {@link StoppedCampaigns} left out the polls before, which may have named them); else
     * null. A day after the polls averaged said "stopped campaigning on 2021-04-25" of an average as of March.
     */
    private static LocalDate stoppedBefore(Contest contest, String id, List<Poll> polls) {
        LocalDate day = contest instanceof SingleWinnerContest single
                ? single.candidate(id).map(Candidate::withdrew).orElse(null)
                : null;
        return day != null
                        && polls.stream()
                                .anyMatch(p -> StoppedCampaigns.begun(p).isAfter(day))
                ? day
                : null;
    }

    /**
     * @param polls       polls of this contest and scope dated on or before the as-of date
     * @param sampleHints each pollster's median stated sample size over every stored poll, for imputation
     */
    static PollPanel of(Contest contest, List<Poll> polls, Map<String, Integer> sampleHints, int defaultSampleSize) {
        return of(contest, polls, sampleHints, defaultSampleSize, Set.of());
    }

    /**
     * Whether {@code p}, a poll of a whole ballot ({@code ballot: complete}) printing no "Others", leaves out a candidate
     * standing: its remainder is theirs (and its undecided), and no one else is on the ballot for it to be. Read as
     * "Others", a blind trial's Finnish 2018 polls that left out Laura Huhtasaari (Alma Media's 94, Helsingin Sanomat's
     * 96) gave "Others" 0.4% of the average and a forecast row in a race of eight, all of them listed.
     */
    private static boolean leavesOutOneStanding(Contest contest, Poll p) {
        return contest instanceof SingleWinnerContest single
                && single.completeBallot()
                && !p.shares().containsKey(Option.OTHER)
                && !single.namesEveryCandidate(p.shares().keySet(), StoppedCampaigns.begun(p));
    }

    /** As above, {@code newSinceBaseline} the options that did not stand at the baseline election. */
    static PollPanel of(
            Contest contest,
            List<Poll> polls,
            Map<String, Integer> sampleHints,
            int defaultSampleSize,
            Set<String> newSinceBaseline) {
        List<String> opts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> unpolled = new ArrayList<>();
        List<String> stoppedUnpolled = new ArrayList<>();
        LocalDate stopped;
        for (Option o : contest.options()) {
            if (o.id().equals(Option.OTHER)) {
                continue;
            }
            if (polls.stream().anyMatch(p -> p.shares().containsKey(o.id()))) {
                opts.add(o.id());
                names.add(o.name());
            } else if ((stopped = stoppedBefore(contest, o.id(), polls)) != null) {
                // Polls naming them may have been left out as polls of another race (StoppedCampaigns): "not in any
                // poll" read as if none had named them, beside the note that some were left out.
                stoppedUnpolled.add(
                        o.name() + " (stopped campaigning on " + stopped + "; their support is inside 'other')");
            } else {
                unpolled.add(o.name()); // named as the reader knows them: an id is folded to ASCII (aydin)
            }
        }
        Map<String, Integer> pollsterIndex = new LinkedHashMap<>();
        int n = polls.size();
        int j = opts.size();
        int[] day = new int[n];
        int[] pollster = new int[n];
        double[] y = new double[j * n];
        double[] sample = new double[n];
        double[] impliedOther = new double[n];
        boolean[] printedOther = new boolean[n];
        Arrays.fill(y, Double.NaN);
        List<Integer> stated = new ArrayList<>();
        for (Poll p : polls) {
            if (p.sampleSize() != null) {
                stated.add(p.sampleSize());
            }
        }
        int setMedian = stated.isEmpty() ? defaultSampleSize : median(stated);
        int imputedCount = 0;
        // pollster → [polls imputed, the size given, 1 when from its own median]
        Map<String, int[]> imputed = new TreeMap<>();
        List<WithdrawnCandidate> withdrawn =
                contest instanceof SingleWinnerContest single ? single.withdrawn() : List.of();
        int[] redistributed = new int[withdrawn.size()];
        // A candidate who stopped campaigning, named by some poll begun after that day: a poll begun after it that
        // leaves them out asked the race without them, and reads them as a printed 0. Averaged over the polls naming
        // them alone, Eric Adams (New York, stopped 28 September 2025) kept Fox News's 2% on the eve, where five of the
        // six polls begun after that day left him out; he won 0.3%.
        LocalDate[] stoppedOn = new LocalDate[j];
        int[] readAsZero = new int[j];
        for (int k = 0; k < j; k++) {
            stoppedOn[k] = stoppedBefore(contest, opts.get(k), polls);
        }
        for (int i = 0; i < n; i++) {
            Poll p = polls.get(i);
            day[i] = (int) p.date().toEpochDay();
            pollster[i] = pollsterIndex.computeIfAbsent(p.pollster(), k -> pollsterIndex.size());
            double scale = 1;
            double gone = SharesOfEveryone.withdrawnShare(withdrawn, p.shares());
            for (int w = 0; w < withdrawn.size(); w++) {
                if (p.shares().containsKey(withdrawn.get(w).id())) {
                    redistributed[w]++;
                }
            }
            if (gone > 0) {
                scale = gone < 100
                        ? 100 / (100 - gone)
                        : Double.NaN; // a poll of withdrawn candidates only tells nothing
            }
            double sum = 0;
            double zero = PrintedZero.in(p);
            for (int k = 0; k < j; k++) {
                Double s = p.shares().get(opts.get(k));
                if (s != null) {
                    double read = (s == 0 ? zero : s) * scale;
                    y[k * n + i] = read;
                    sum += read;
                } else if (stoppedOn[k] != null
                        && StoppedCampaigns.begun(p).isAfter(stoppedOn[k])
                        && !Double.isNaN(scale)) {
                    y[k * n + i] = zero * scale;
                    sum += zero * scale;
                    readAsZero[k]++;
                }
            }
            impliedOther[i] = p.partial() || leavesOutOneStanding(contest, p) ? Double.NaN : Math.max(0, 100 - sum);
            printedOther[i] = p.shares().containsKey(Option.OTHER);
            if (p.sampleSize() != null) {
                sample[i] = p.sampleSize();
            } else {
                Integer hint = sampleHints.get(p.pollster());
                sample[i] = hint != null ? hint : setMedian;
                imputedCount++;
                int[] given = imputed.get(p.pollster());
                if (given == null) {
                    given = new int[] {0, (int) sample[i], hint != null ? 1 : 0};
                    imputed.put(p.pollster(), given);
                }
                given[0]++;
            }
        }
        // NaN where a poll leaves no remainder of unknown make-up, so that averaging the remainders is over those that
        // do.
        double[] unknownRest = new double[n];
        Arrays.fill(unknownRest, Double.NaN);
        double[] rescaleSd = new double[n];
        PartialPolls.Counts rebased = PartialPolls.rebase(contest, polls, y, impliedOther, j, unknownRest, rescaleSd);
        List<String> notes = new ArrayList<>();
        notes.addAll(rebased.notes());
        if (stated.isEmpty() && n > 0 && sampleHints.keySet().stream().noneMatch(pollsterIndex::containsKey)) {
            notes.add("no poll states a sample size: every poll is weighted as n = " + defaultSampleSize);
        } else if (imputedCount > 0) {
            List<String> each = new ArrayList<>();
            imputed.forEach((firm, x) -> each.add(firm + " " + x[0] + (x[0] == 1 ? " poll" : " polls") + " as n = "
                    + x[1] + (x[2] == 1 ? " (its median)" : " (these polls' median)")));
            boolean own = imputed.values().stream().anyMatch(x -> x[2] == 1);
            notes.add(imputedCount + " of " + n + " polls " + Counted.word(imputedCount, "states", "state")
                    + " no sample size; imputed: " + String.join(", ", each)
                    + (own
                            ? "; a firm's median is of the sizes its polls of every election up to this date state"
                            : ""));
        }
        CampaignPolls.note(contest, polls).ifPresent(notes::add);
        for (int w = 0; w < withdrawn.size(); w++) {
            if (redistributed[w] > 0) {
                notes.add(withdrawn.get(w).name() + " (withdrew) redistributed in " + redistributed[w]
                        + (redistributed[w] == 1 ? " poll" : " polls")
                        + ": the share is left out and the others scaled up in proportion");
            }
        }
        if (!unpolled.isEmpty()) {
            notes.add("not in any poll: " + String.join(", ", unpolled) + " (their support is inside 'other')");
        }
        for (int k = 0; k < j; k++) {
            if (readAsZero[k] > 0) {
                notes.add(names.get(k) + " (stopped campaigning on " + stoppedOn[k] + ") read as 0 in "
                        + readAsZero[k] + (readAsZero[k] == 1 ? " poll" : " polls")
                        + " begun after that day that left them out");
            }
        }
        for (String s : stoppedUnpolled) {
            notes.add("not in any poll averaged: " + s);
        }
        boolean[] newOption = new boolean[j];
        for (int k = 0; k < j; k++) {
            newOption[k] = newSinceBaseline.contains(opts.get(k));
        }
        return new PollPanel(
                opts.toArray(String[]::new),
                names.toArray(String[]::new),
                pollsterIndex.keySet().toArray(String[]::new),
                day,
                pollster,
                y,
                sample,
                impliedOther,
                printedOther,
                newOption,
                unknownRest,
                rescaleSd,
                notes);
    }

    static int median(List<Integer> values) {
        int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (int) Math.round((v[v.length / 2 - 1] + v[v.length / 2]) / 2.0);
    }

    int optionCount() {
        return options.length;
    }
}
