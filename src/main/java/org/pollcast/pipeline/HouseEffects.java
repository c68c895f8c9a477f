package org.pollcast.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.ListLead;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollStore;

/** Each pollster's house effect, relative to the average pollster or to the official result. */
public final class HouseEffects {
    private HouseEffects() {}

    public static HouseEffectsResult compute(Workspace ws, AverageRequest request, boolean relativeToResult) {
        // Between the rounds with no poll of the pair, or one firm's only, the firms' leans are those of the first
        // round's polls, said so:
        // the second round's average, which the command would otherwise take, has nothing to measure them on.
        Optional<String> unpolled = Averages.unpolledSecondRound(ws, request);
        PollAverage average = unpolled.isPresent()
                ? firstRoundInstead(Averages.compute(ws, request.withScope(Scope.FIRST_PREF)), unpolled.get())
                : Averages.compute(ws, request);
        Election election = ws.catalog().resolve(request.election());
        List<Poll> averaged = averagedPolls(ws, election, average);
        Map<String, List<String>> publishedAs = publishedAs(averaged);
        Map<String, String> modes = modes(averaged);
        if (!relativeToResult || average.houseEffects().isEmpty()) {
            return new HouseEffectsResult(
                    average, relativeToResult ? "result" : "average", average.houseEffects(), publishedAs, modes);
        }
        // A list-led election's list average is measured against its list result, the list vote's.
        String contest = election.listLedBy()
                .filter(a -> a.id().equals(average.contest())
                        && average.scope().equals(a.leadBallot().code()))
                .map(ListLead::id)
                .orElse(average.contest());
        // Between a two-round election's rounds the average is the second round's (a run-off average of the finalists):
        // set beside the first round's count, every firm read some 25 points over on both.
        boolean secondRound = average.scope().equals(Scope.RUNOFF.code());
        ContestResult result = (secondRound
                        ? ws.results().finalRound(election, contest)
                        : ws.results().firstPreferences(election, contest))
                .orElseThrow(() -> new RequestException(
                        "reference",
                        election.id() + ": no result for " + average.contest()
                                + " in data/results; use the average as reference"));
        return new HouseEffectsResult(
                average, "result", Aggregator.relativeToResult(average, result), publishedAs, modes);
    }

    /**
     * {@code average}, the first round's, with a note of why the second round has no lean to measure ({@code why}: "no
     * poll of A v B", "only FM3 Research polled A v B").
     */
    private static PollAverage firstRoundInstead(PollAverage average, String why) {
        return average.withNoteFirst(why + " after the first round: the house effects are the first round's polls'"
                + " (--scope first_pref)");
    }

    /** The stored polls of the averaged contest and ballot known by the average's date, read once for the notes. */
    private static List<Poll> averagedPolls(Workspace ws, Election election, PollAverage average) {
        try (PollStore store = ws.openStore()) {
            return PollSource.polls(ws, store, election).stream()
                    .filter(p -> p.contest().equals(average.contest())
                            && p.scope().code().equals(average.scope())
                            && p.knownBy(average.asOf()))
                    .toList();
        }
    }

    /**
     * Each house's one stated mode among {@code polls}, by its one name ({@link #modeName}: "Telephone", "Online"), or
     * "" where its polls state none or more than one (ICM's parallel online and phone polls of 2016): such a firm's
     * lean is no one mode's.
     */
    private static Map<String, String> modes(List<Poll> polls) {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (Poll p : polls) {
            seen.computeIfAbsent(p.pollster(), k -> new TreeSet<>()).add(modeName(p.mode()));
        }
        Map<String, String> out = new TreeMap<>();
        seen.forEach((house, modes) ->
                out.put(house, modes.size() == 1 ? modes.iterator().next() : ""));
        return out;
    }

    /**
     * A stated mode by one name whatever the firm wrote: "Phone", "telephone" and "Tel." are one mode, "Internet" and
     * "online" another; grouped by each firm's spelling, one firm's "Online" and another's "online" were two modes.
     */
    static String modeName(String stated) {
        String m = stated == null ? "" : stated.strip().toLowerCase(Locale.ROOT);
        if (m.isEmpty()) {
            return "";
        }
        if (m.matches("(tele)?phone.*|tel\\.?|cati|landline.*|mobile.*|live (caller|phone).*")) {
            return "Telephone";
        }
        if (m.matches("online.*|internet.*|web.*|cawi|opt-in.*")) {
            return "Online";
        }
        if (m.matches("ivr.*|automated.*|robo.*")) {
            return "IVR";
        }
        if (m.matches("face[- ]to[- ]face.*|in[- ]person.*|f2f|capi")) {
            return "Face to face";
        }
        return Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    /** The names other than the house's under which the averaged polls of each house came out. */
    private static Map<String, List<String>> publishedAs(List<Poll> polls) {
        Map<String, Set<String>> names = new TreeMap<>();
        for (Poll p : polls) {
            if (!p.publishedAs().equals(p.pollster())) {
                names.computeIfAbsent(p.pollster(), k -> new TreeSet<>()).add(p.publishedAs());
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        names.forEach((house, as) -> out.put(house, List.copyOf(as)));
        return out;
    }
}
