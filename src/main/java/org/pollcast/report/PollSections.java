package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.aggregate.Trend;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.Party;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;
import org.pollcast.poll.StoredPoll;

/** The polls on the page: the trend and the average, house effects, and every poll used with its source. */
final class PollSections {
    private PollSections() {}

    static void average(StringBuilder h, ReportInput in, List<ChartSpec> charts) {
        h.append("<section id=\"average\" aria-labelledby=\"average-h\"><h2 id=\"average-h\">Polling average</h2>\n");
        // Three figures per candidate answer three questions; a reader who sees 45.6, 47.4 and 43.3 for one
        // candidate on one page deserves to know which is which.
        h.append("<p>Three figures for each " + LeadWords.of(in.election()).one()
                + ", each answering its own question. The chart's line is the "
                + "trend: "
                + (houseEffectsRemoved(in.average()) ? "each pollster's house effect removed, then " : "")
                + "smoothed day by day through every poll, so "
                + "it follows the race as it moved. The table is the average as of "
                + in.average().asOf()
                + ": the newest polls weigh most (recency, sample size, pollster), "
                + (houseEffectsRemoved(in.average())
                        ? "house effects removed"
                        : "with no house effect removed (" + whyNoHouseEffects(in.average()) + ")")
                + ". The "
                + "forecast above starts from that average and then allows for how polls have missed at earlier "
                + "elections, so it can differ from both: "
                + Html.text(in.forecast().mayor().input().source())
                + ".</p>\n");
        String order = in.trend() == null
                ? null
                : leadersDisagree(in.average().shares(), in.trend().trend());
        if (order != null) {
            h.append("<p id=\"trend-order\">").append(text(order)).append("</p>\n");
        }
        String threshold = in.trend() == null
                ? null
                : outrightShare(in)
                        .map(share -> thresholdDisagrees(
                                in.average().shares(), in.trend().trend(), share))
                        .orElse(null);
        if (threshold != null) {
            h.append("<p id=\"trend-threshold\">").append(text(threshold)).append("</p>\n");
        }
        AssemblySection.chart(h, charts, "trend", in);
        List<List<String>> rows = new ArrayList<>();
        for (ShareEstimate s : in.average().shares()) {
            rows.add(List.of(
                    text(s.name()),
                    num(s.share(), 1),
                    num(s.se(), 2),
                    ChartFigures.range(s.low90(), s.high90()),
                    Integer.toString(s.polls()),
                    num(s.effectiveSample(), 0)));
        }
        Html.table(
                h,
                "average-table",
                houseEffectsRemoved(in.average())
                        ? "The weighted polling average, house effects removed"
                        : "The weighted polling average, no house effect removed (" + whyNoHouseEffects(in.average())
                                + ")",
                List.of(
                        LeadWords.of(in.election()).option(),
                        "Share %",
                        "s.e.",
                        "90% interval",
                        "Polls",
                        "Effective sample"),
                rows);
        Html.notes(h, in.average().notes());
        h.append("</section>\n");
    }

    /**
     * Whether the average took house effects out: never with one firm's polls only (Lord Ashcroft's one poll of
     * Runcorn and Helsby 2025), where a lean is relative to other firms and none can be measured; the page said
     * "house effects removed" all the same.
     */
    static boolean houseEffectsRemoved(PollAverage average) {
        return average.settings().adjustHouseEffects() && average.pollsters() > 1;
    }

    /**
     * Why {@code average} took no house effect out: the user asked for none, or its polls are one firm's. Said as one
     * reason, "one firm's polls" was printed beside a source line of three firms under {@code --no-house-adjust}
     * (review).
     */
    static String whyNoHouseEffects(PollAverage average) {
        return !average.settings().adjustHouseEffects()
                ? "house effects not adjusted, as asked (--no-house-adjust)"
                : "one firm's polls only: no firm's lean can be measured";
    }

    /**
     * The sentence a page needs when the trend's line, on its last day, puts the average's two leaders the other way
     * round, else null. With few polls the two part: the trend counts a month-old poll nearly as much as a new one,
     * the average much less, and Caerphilly 2025's page drew Whittle's line above Powell's under a headline making
     * Powell the favourite, with nothing to say which the chances came from.
     */
    static String leadersDisagree(List<ShareEstimate> average, Trend trend) {
        if (trend == null || trend.days() == 0) {
            return null;
        }
        List<ShareEstimate> named = average.stream()
                .filter(s -> !s.option().equals(Option.OTHER))
                .sorted(Comparator.comparingDouble(ShareEstimate::share).reversed())
                .toList();
        if (named.size() < 2) {
            return null;
        }
        ShareEstimate a = named.get(0);
        ShareEstimate b = named.get(1);
        int ia = trend.options().indexOf(a.option());
        int ib = trend.options().indexOf(b.option());
        if (ia < 0 || ib < 0 || a.share() == b.share()) {
            return null;
        }
        int last = trend.days() - 1;
        double ta = trend.mean()[ia][last];
        double tb = trend.mean()[ib][last];
        if (ta >= tb) {
            return null;
        }
        return "Here the two disagree on who leads: the table's average puts " + a.name() + " ahead of " + b.name()
                + " (" + num(a.share(), 1) + " to " + num(b.share(), 1) + "), the trend's line "
                + b.name() + " ahead (" + num(tb, 1) + " to " + num(ta, 1) + "). The trend smooths through every poll,"
                + " so where polls are few it counts an older one nearly as much as the newest; the average weighs the"
                + " newest most, and the chances above come from the average.";
    }

    /**
     * The share that elects a two-round contest's leader in the first round whatever the lead (over half, or the
     * lowest rule that asks no lead: Argentina's 45), if there is one: none where the first round elects no one.
     */
    static Optional<Double> outrightShare(ReportInput in) {
        return in.election()
                .contest(in.forecast().mayor().contest())
                .filter(SingleWinnerContest.class::isInstance)
                .map(SingleWinnerContest.class::cast)
                .filter(c -> c.system() == VotingSystem.TWO_ROUND && !OutrightRule.never(c.outright()))
                .flatMap(c -> c.outright().isEmpty()
                        ? Optional.of(OutrightRule.HALF.share())
                        : c.outright().stream()
                                .filter(r -> r.lead() == 0)
                                .map(OutrightRule::share)
                                .min(Double::compare));
    }

    /**
     * The sentence a page needs when the trend's line, on its last day, and the average put the leader on either side
     * of the share that elects in the first round, else null. Indonesia 2024 a week out (a blind trial): the average
     * gave Prabowo 51.3, the trend's line 48.8, and the chart drew him under the 50% that decides whether there is a
     * second round, beside a table and an outright chance of 62% that put him over it, without a word.
     */
    static String thresholdDisagrees(List<ShareEstimate> average, Trend trend, double threshold) {
        if (trend == null || trend.days() == 0) {
            return null;
        }
        Optional<ShareEstimate> leader = average.stream()
                .filter(s -> !s.option().equals(Option.OTHER))
                .max(Comparator.comparingDouble(ShareEstimate::share));
        if (leader.isEmpty() || trend.options().indexOf(leader.get().option()) < 0) {
            return null;
        }
        ShareEstimate a = leader.get();
        double t = trend.mean()[trend.options().indexOf(a.option())][trend.days() - 1];
        if ((a.share() > threshold) == (t > threshold)) {
            return null;
        }
        return "Here the two sit either side of the " + num(threshold, 0) + "% that elects in the first round: the"
                + " table's average gives " + a.name() + " " + num(a.share(), 1) + ", the trend's line "
                + num(t, 1) + ". The trend smooths through every poll, so it counts older polls more than the average"
                + " does, which weighs the newest most; the chances above, the outright win among them, come from the"
                + " average.";
    }

    static void houseEffects(StringBuilder h, ReportInput in, List<ChartSpec> charts) {
        h.append("<section id=\"house-effects\" aria-labelledby=\"house-h\"><h2 id=\"house-h\">House effects</h2>\n"
                + "<p>How far each firm's figures sit from the consensus, in points (positive: the firm shows more): "
                + "each firm's polls are set against all polls of the same weeks, and every firm counts once, however "
                + "often it polls, so the effects sum to zero. With 90% intervals and the number of polls each "
                + "rests on.</p>\n");
        // The chart's numbers, shown open, are the section's table (ChartFigures.data): a second table here repeated
        // them row for row. ReportCharts draws the chart whenever there are house effects, as this section needs.
        AssemblySection.chart(h, charts, "house-effects", in);
        if (!HouseEffectTables.anyMeasured(in.average().houseEffects())) {
            h.append("<p>None measured yet: no two firms' polls are near enough in time to set one against the other,"
                    + " so every firm's effect is 0 with a wide interval, and no chart is drawn.</p>\n");
        }
        HouseEffectTables.fewPolls(
                        in.average().houseEffects(), in.average().settings().shrinkage())
                .ifPresent(n -> Html.notes(h, List.of(n)));
        h.append("</section>\n");
    }

    /**
     * A house as readers know it: "ComRes (published as Savanta ComRes, Savanta)" when its polls came out under
     * other names. The estimate is the house's, over all of them: a firm's lean does not change with its name.
     */
    static String house(String house, Set<String> names) {
        List<String> other = names.stream().filter(n -> !n.equals(house)).toList();
        return other.isEmpty()
                ? text(house)
                : text(house) + " <span class=\"odds\">(published as " + text(String.join(", ", other)) + ")</span>";
    }

    /**
     * A share's label as a reader knows it: the candidate's short name in a poll of the forecast's lead contest
     * ("Khan 45"), a party's name in an Assembly or Westminster poll ("Labour 38"), "Others"; the id only for what the
     * definition does not name (a withdrawn candidate's). The table read "mcguinness 35, driscoll 33" (a trial).
     */
    static String shareLabel(ReportInput in, Poll p, String id) {
        if (id.equals("other")) {
            return "Others";
        }
        if (p.contest().equals(in.forecast().mayor().contest())) {
            // A party standing as itself (a popular vote's options, named as their parties) has no surname: its last
            // word read "Democratic 21, Québécois 5, Party 4" for the New Democrats, the Bloc and the People's Party.
            String full = ReportCharts.name(in.forecast().mayor(), id);
            boolean isParty = in.forecast().mayor().candidates().stream()
                    .anyMatch(c -> c.id().equals(id) && standsAsItsParty(in.election(), full, c.party()));
            if (isParty) {
                return full;
            }
            String name = ReportCharts.shortName(in.forecast().mayor(), id);
            if (!name.equals(id)) {
                return name;
            }
        }
        return in.election().party(id).map(Party::name).orElse(id);
    }

    /** Whether an option named {@code name} is its party itself ("New Democratic" of the party New Democratic). */
    static boolean standsAsItsParty(Election e, String name, String partyId) {
        return partyId != null
                && e.party(partyId).map(Party::name).filter(name::equals).isPresent();
    }

    static void polls(StringBuilder h, ReportInput in) {
        h.append("<section id=\"polls\" aria-labelledby=\"polls-h\"><h2 id=\"polls-h\">Polls</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        // A rolling tracker's releases whose nights a newer release of the firm holds: listed, but not averaged, as the
        // average itself left them out (after its other steps: a withdrawn leader's polls, a stopped campaign's).
        Set<PollKey> overlapping =
                in.average() == null ? Set.of() : in.average().overlapping();
        for (StoredPoll sp : in.polls()) {
            Poll p = sp.poll();
            // A list-led election's list polls are in the list twice: as stored, and as the lead's average reads them.
            if (!p.knownBy(in.forecast().mayor().input().asOf())
                    || (in.election().listLed()
                            && p.contest().equals(in.forecast().mayor().contest()))) {
                continue;
            }
            StringBuilder shares = new StringBuilder();
            for (Map.Entry<String, Double> s : p.shares().entrySet()) {
                shares.append(shares.length() == 0 ? "" : ", ")
                        .append(shareLabel(in, p, s.getKey()))
                        .append(' ')
                        .append(num(s.getValue(), 0));
            }
            rows.add(List.of(
                    p.date()
                            + switch (p.datePrecision()) {
                                case EXACT -> "";
                                case APPROXIMATE -> " (approx.)";
                                case MONTH -> " (month only)";
                            },
                    text(p.publishedAs()),
                    text(p.client()),
                    text(p.scope().question(p.contest())),
                    p.sampleSize() == null ? "–" : p.sampleSize().toString(),
                    text(shares.toString())
                            + (overlapping.contains(p.key())
                                    ? " (not averaged: a newer release of the firm holds its interviews)"
                                    : ""),
                    text(p.citation()) + " <span class=\"prov\">"
                            + text(sp.provenance().source()) + ':'
                            + text(sp.provenance().location()) + "</span>"));
        }
        if (rows.isEmpty()) {
            // An empty table with its caption reads as a rendering fault, not as "no polls".
            h.append("<p>No polls: the forecast starts from the baseline election's result, with a wide error.</p>\n");
        } else {
            boolean westminster = in.polls().stream().anyMatch(sp -> sp.poll().scope() == Scope.WESTMINSTER);
            boolean assembly = in.polls().stream()
                    .anyMatch(sp ->
                            !sp.poll().contest().equals(in.forecast().mayor().contest())
                                    && sp.poll().scope() != Scope.WESTMINSTER);
            // Each kind of poll moves a different part of the forecast; a newsroom should not read a Westminster
            // poll in this table as a mayoral one.
            if (in.election().listLed()) {
                boolean constituencies = in.election()
                        .first(AdditionalMemberContest.class)
                        .filter(c -> !c.constituencies().isEmpty())
                        .isPresent();
                h.append("<p>Every poll of this election dated by the forecast's date. The list polls make the average")
                        .append(constituencies ? "; constituency polls are pooled into the constituency vote" : "");
            } else {
                // "Mayoral polls" for a Mayor, "Polls" for another office (a President's are not mayoral).
                String leadPolls = LeadWords.of(in.election()).polls().toLowerCase(Locale.ROOT);
                h.append("<p>Every poll of this election dated by the forecast's date. The ")
                        .append(leadPolls)
                        .append(" make the average")
                        .append(
                                overlapping.isEmpty()
                                        ? ""
                                        : ", less a rolling tracker's releases whose interviews a newer release holds"
                                                + " (marked)");
            }
            if (assembly && !in.election().listLed()) {
                h.append("; Assembly polls are pooled into the Assembly's shares");
            }
            if (westminster) {
                h.append("; Westminster polls never enter the mayoral average, and move the forecast only when"
                        + " newer than the newest mayoral poll, each candidate by half their party's change (the forecast's"
                        + " source line says when they did)");
            }
            h.append(".</p>\n");
            Html.table(
                    h,
                    "polls-table",
                    "Every poll of this election by the forecast's date, with its source",
                    List.of("Date", "Pollster", "Client", "Question", "n", "Shares", "Source"),
                    rows);
        }
        h.append("</section>\n");
    }
}
