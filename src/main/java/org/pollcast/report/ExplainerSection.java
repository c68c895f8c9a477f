package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.pollcast.election.Election;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.PollShares;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.PollErrorNote;
import org.pollcast.simulate.SimulationSettings;

/** "How this works" in plain English, and the model's settings and data freshness for those who check. */
final class ExplainerSection {
    private ExplainerSection() {}

    /**
     * A list item saying how many of the polls were published in seats and read as shares (the Netherlands' seat
     * projections), and what that reading costs; "" when none was. Before, the report called them "published polls"
     * like any other, and a reader took 17.3% for a share a pollster printed.
     */
    static String seatPollsItem(List<String> pollNotes) {
        Map<Integer, Integer> byHouse = new TreeMap<>();
        Set<Integer> besideShares = new HashSet<>();
        for (String notes : pollNotes) {
            Integer house = PollShares.seatsHouse(notes);
            if (house != null) {
                byHouse.merge(house, 1, Integer::sum);
                if (PollShares.seatsBesideShares(notes)) {
                    besideShares.add(house);
                }
            }
        }
        StringBuilder li = new StringBuilder();
        for (Map.Entry<Integer, Integer> e : byHouse.entrySet()) {
            int house = e.getKey();
            li.append("<li>")
                    .append(
                            e.getValue() == pollNotes.size()
                                    ? (pollNotes.size() == 1
                                            ? "The one poll was"
                                            : "All " + pollNotes.size() + " polls were")
                                    : e.getValue() + " of the " + pollNotes.size() + " polls were")
                    .append(" published in seats of the ")
                    .append(house)
                    .append(", not shares of the vote: each party's seats are read as a share (seats × 100 / ")
                    .append(house)
                    .append(", so a seat is ")
                    .append(num(100.0 / house, 2))
                    .append(" points")
                    .append(
                            besideShares.contains(house)
                                    ? "; where a poll printed a list below the threshold as a share of the vote, that"
                                            + " share is kept and the seats share out the rest, so a seat is worth a"
                                            + " little less"
                                    : "")
                    .append("). A seat projection rounds each party by up to half a seat and gives nothing to"
                            + " lists short of a seat, so the smallest parties and the others are understated.</li>");
        }
        return li.toString();
    }

    static void howItWorks(StringBuilder h, ReportInput in) {
        MayorForecast f = in.forecast().mayor();
        CandidateForecast leader = HtmlReport.leader(f);
        SimulationSettings s = f.settings();
        h.append("<section id=\"how\" aria-labelledby=\"how-h\"><h2 id=\"how-h\">How this works</h2>\n")
                .append("<h3>What a chance means</h3>\n<p>")
                .append(text(leader.name()))
                .append("'s chance is ")
                .append(text(Html.pct(leader.pWin())))
                .append(", or ")
                .append(Html.chance(leader.pWin()))
                .append(
                        ". That is not a prediction that they win: it says that in elections that look like this one to the"
                                + " polls, they would win about that often and lose the rest: ")
                // The leader's own odds, not a fixed example: a reader of a 99-in-100 race learns nothing from 7 in 10.
                .append(text(Html.favouriteLoses(leader.pWin())))
                .append(". When the forecast is right, its favourites at any odds lose about as often as their odds"
                        + " say, no less and no more.</p>\n")
                .append("<h3>Where the numbers come from</h3>\n<ol>")
                .append(
                        f.input().fromPolls()
                                ? "<li>Every published poll (listed at the bottom, with its source) goes into a weighted"
                                        + " average: newer polls and bigger samples count for more"
                                        + (in.average() != null && !PollSections.houseEffectsRemoved(in.average())
                                                ? ". No house effect (a firm's usual lean) is removed: "
                                                        + PollSections.whyNoHouseEffects(in.average()) + ".</li>"
                                                : ", one firm's frequent polls cannot drown out the others, and each"
                                                        + " firm's usual lean (its house effect) is taken out.</li>")
                                : f.fromTheCount()
                                        ? "<li>No poll of the two finalists is in yet: the forecast starts from the"
                                                + " first round's count, the other candidates' voters dividing between"
                                                + " the two as the model divides them before a first round.</li>"
                                        : "<li>No poll of this election is in yet: the forecast starts from the result"
                                                + " of the last one (its vote by party), with wide ranges for how far"
                                                + " opinion may have moved since.</li>")
                .append(
                        f.input().fromPolls()
                                // each stored poll once: a list-led election's list polls are listed twice, the
                                // second as its lead vote's (PollSource.withLead), under the same id
                                ? seatPollsItem(List.copyOf(in.polls().stream()
                                        .filter(p -> p.poll()
                                                .election()
                                                .equals(in.election().id()))
                                        .collect(java.util.stream.Collectors.toMap(
                                                p -> p.id(),
                                                p -> Objects.toString(p.poll().notes(), ""),
                                                (a, b) -> a,
                                                LinkedHashMap::new))
                                        .values()))
                                : "")
                .append("<li>The computer then plays out the election ")
                .append(String.format(Locale.ROOT, "%,d", f.sims()))
                .append(" times. Each time, ")
                .append(
                        f.fromTheCount()
                                // No poll stands behind it, so none is drawn wrong (CountedSecondRound).
                                ? "the other candidates' voters lean together towards one finalist or the other by an"
                                        + " amount like the run-offs measured before"
                                : "the polls are allowed to be wrong by an amount like the ways polls have been wrong"
                                        + " before")
                .append(
                        ", opinion is allowed to drift until polling day, and the votes are counted by the real rules (")
                .append(text(
                        in.election().listLed()
                                ? "for " + LeadWords.of(in.election()).votes()
                                        + ", each party's share; the party with the most votes leads it"
                                : systemWords(
                                        // Between the rounds the race of two is simulated as fptp; the reader is told
                                        // of the second round, not of a single round (Romania 2025's run-off read so).
                                        f.secondRoundOnly() ? SECOND_ROUND : f.system(),
                                        in.election().electsNoOne()
                                                ? Election.NO_OFFICE
                                                : in.election().office(),
                                        in.election()
                                                .singleWinner(f.contest())
                                                .map(SingleWinnerContest::outright)
                                                .orElse(List.of()))))
                .append(assemblyCount(in))
                .append(
                        in.election().listLed()
                                ? ").</li><li>A party's chance is the share of those elections it wins.</li></ol>\n"
                                : LeadWords.of(in.election()).answers()
                                        ? ").</li><li>An option's chance is the share of those votes it wins.</li></ol>\n"
                                        : ").</li><li>A candidate's chance is the share of those elections they win."
                                                + "</li></ol>\n")
                .append("<h3>How wrong the polls might be</h3>\n");
        String learned = null;
        String none = null;
        String record = null;
        for (String note : f.notes()) {
            if (note.startsWith(PollErrorNote.LEARNED)) {
                learned = note;
            } else if (note.startsWith(PollErrorNote.NONE)) {
                none = note;
            } else if (note.startsWith(PollErrorNote.RECORD)) {
                record = note.substring(note.indexOf(": ") + 2);
            }
        }
        if (f.fromTheCount()) {
            h.append("<p>No poll is behind this forecast: the first round is counted, so no polling error is drawn."
                            + " What is uncertain is how the other candidates' voters divide between the two finalists"
                            + " (each simulation moves them all together, by as much as the run-offs measured before"
                            + " moved) and how far opinion drifts, by about ")
                    .append(num(s.driftPerDay(), 2))
                    .append(" points a day, between the first round and the second.");
        } else {
            sharedError(h, in, f, s, learned, none, record);
        }
        h.append(" The full model is described in plain words in the project's docs/forecast-model.md.</p>\n");
        EvidenceSection.scenarios(h, in);
        EvidenceSection.trackRecord(h, in);
        h.append("</section>\n");
    }

    /**
     * How a forecast from polls (or a baseline's result) allows for polls missing together: the lead's learned
     * correction, {@code learned}, or why there is none, {@code none}, then the shared error and the drift.
     */
    private static void sharedError(
            StringBuilder h,
            ReportInput in,
            MayorForecast f,
            SimulationSettings s,
            String learned,
            String none,
            String record) {
        if (learned != null) {
            // A record of results running ahead of the polls' leaders is the same correction, the other way.
            boolean widened = f.input().source().contains("lead widened");
            String missed = widened ? "understated" : "overstated";
            h.append("<p>Polls miss together: at the earlier elections named below they have "
                            + (widened ? "on the whole " : "often ") + missed
                            + " the leader. The forecast allows for"
                            + " that in two ways. First, it " + (widened ? "widens" : "narrows")
                            + " the leader's lead"
                            + " by the amount polls have " + missed + " it before:</p>\n<p class=\"note\">")
                    .append(text(learned))
                    .append("</p>\n<p>Second, every");
        } else if (none != null) {
            // A place's first elections: its own polls have no record yet, and another place's is not its own.
            h.append("<p>Polls miss together, and where earlier elections of the same place show that they overstated"
                            + " the leader, the forecast narrows the lead by that much. This place has no such record yet,"
                            + " so nothing is narrowed:</p>\n<p class=\"note\">")
                    .append(text(none))
                    .append("</p>\n<p>Every");
        } else {
            h.append("<p>This forecast has no polls to correct: it starts from the baseline election's result, so"
                    + " nothing is narrowed for systematic poll error. Every");
        }
        h.append(" simulated election draws a shared polling error: for a ")
                .append(LeadWords.of(in.election()).one())
                .append(" on 50%, the typical miss is ")
                .append(num(s.pollingErrorSd(), 1))
                .append(
                        record != null
                                ? " points, " + text(record)
                                : in.election().listLed()
                                        ? " points (less than a Mayor's: party polls for a parliament have missed by"
                                                + " less than London's mayoral polls)"
                                        : " points")
                .append(", with occasional bigger misses (a Student-t distribution with ")
                .append(num(s.studentDf(), 0))
                .append(" degrees of freedom). Opinion may also drift by about ")
                .append(num(s.driftPerDay(), 2))
                .append(
                        f.input().fromPolls()
                                ? " points a day between the newest poll and polling day."
                                : " points a day between the last result and polling day.");
    }

    static void settings(StringBuilder h, ReportInput in) {
        MayorForecast f = in.forecast().mayor();
        SimulationSettings s = f.settings();
        String lastPoll = in.polls().stream()
                .map(sp -> sp.poll().date())
                .max(Comparator.naturalOrder())
                .map(Object::toString)
                .orElse("none");
        String lastIngest = in.polls().stream()
                .map(sp -> sp.provenance().ingestedAt())
                .max(Comparator.naturalOrder())
                .map(Object::toString)
                .orElse("none");
        h.append("<section id=\"model\" aria-labelledby=\"model-h\"><h2 id=\"model-h\">Model and data</h2>\n");
        List<List<String>> rows = List.of(
                List.of("Simulations", String.format(Locale.ROOT, "%,d", f.sims())),
                List.of("Seed", Long.toString(s.seed())),
                List.of("Generator", text(f.generator())),
                List.of(
                        "Polling error (sd, 50% " + LeadWords.of(in.election()).one() + ")",
                        num(s.pollingErrorSd(), 1) + " points, Student-t with " + num(s.studentDf(), 0) + " df"),
                List.of("Drift per day", num(s.driftPerDay(), 2) + " points"),
                List.of("Transfer concentration", num(s.transferConcentration(), 0)),
                List.of("Latest poll", text(lastPoll)),
                List.of("Latest ingest", text(lastIngest)));
        Html.table(h, "settings-table", "Settings behind this forecast", List.of("Setting", "Value"), rows);
        h.append("</section>\n");
    }

    /** {@link #systemWords}'s key for a two-round election's second round forecast on its own. */
    private static final String SECOND_ROUND = "two-round: second round";

    /** The lead's rules in a sentence; {@code outright}: a two-round contest's rules of a first-round win. */
    private static String systemWords(String system, String office, List<OutrightRule> outright) {
        String forWhom = office.equalsIgnoreCase(Election.NO_OFFICE)
                ? "for the vote, which elects no one here, "
                : "for " + (office.equals("Mayor") ? "the Mayor" : office) + ", ";
        return forWhom
                + switch (system) {
                    case "supplementary-vote" ->
                        "the Supplementary Vote: if nobody has half the first"
                                + " preferences, the top two go to a run-off on second preferences";
                    case "two-round" ->
                        OutrightRule.never(outright)
                                // Boston's preliminary: a majority elects no one, so "if nobody has half" was wrong.
                                ? "two rounds: the top two of the first round meet in a second round, whatever their"
                                        + " shares, where everyone votes again"
                                :
                                // Argentina's rule is 45%, or 40% and a 10-point lead: "half" there was the wrong rule.
                                "two rounds: if nobody has "
                                        + (outright.isEmpty()
                                                ? "half the votes"
                                                : OutrightRule.describe(outright) + " of the votes")
                                        + " of the first round, the top two meet in a second round, where everyone votes"
                                        + " again";
                    case SECOND_ROUND ->
                        "the second round of two rounds: the two who led the first round meet again, and the one with"
                                + " more votes wins";
                    case "fptp" -> "first past the post: most votes wins";
                    case "instant-runoff" ->
                        "instant run-off: the last candidate drops out and their votes"
                                + " move on, until one has a majority";
                    default -> system;
                };
    }

    /**
     * How the Assembly's seats are counted, after the lead's rules: "; for the London Assembly, 14 constituency winners
     * and 11 top-up list seats", or for a pure list body "; for the Senedd, 96 list seats"; "" without an Assembly.
     */
    private static String assemblyCount(ReportInput in) {
        var a = in.forecast().assembly();
        if (a == null) {
            return "";
        }
        int k = a.constituencies().size();
        return "; for the " + Html.text(in.assemblyTitle()) + ", "
                + (k == 0
                        ? a.seats() + " list seats"
                        : k + " constituency winners and " + (a.seats() - k) + " top-up list seats"
                                + (a.house() == null
                                        ? ""
                                        : ", the whole house shared by list vote, and kept when a party wins more"
                                                + " constituencies than its share (overhang)"));
    }
}
