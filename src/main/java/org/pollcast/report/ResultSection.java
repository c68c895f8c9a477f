package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.pct;
import static org.pollcast.report.Html.text;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.BlocScore;
import org.pollcast.backtest.ResultCheck;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Bloc;
import org.pollcast.election.Contest;

/**
 * "How this forecast did": a forecast made before polling day of an election already held, set beside the official
 * result ({@link ResultCheck}). Plain words first (who won and the chance they were given, said as odds: a 9 in 10
 * favourite who loses is the 1 in 10, not a miss), then each candidate, the final round and the Assembly's seats,
 * then one table of every number, which {@code data/result.csv} holds too. A forecast as of polling day or later is
 * not set beside the result: the page only says who won and how to see the comparison.
 */
final class ResultSection {
    private ResultSection() {}

    /** Whether the page has the section (and the folder {@code data/result.csv}). */
    static boolean shown(ReportInput in) {
        return in.result() != null && in.result().graded();
    }

    /** The sentence a report as of polling day or later has instead of the section; nothing when it has neither. */
    static void afterPollingDay(StringBuilder h, ReportInput in) {
        ResultCheck r = in.result();
        if (r == null || r.graded() || r.race() == null) {
            return;
        }
        h.append("<p id=\"result-known\" class=\"note\">The result is known: ")
                .append(text(r.race().winner().name()))
                .append(' ')
                .append(LeadWords.of(in.election()).won())
                .append(". This forecast is as of ")
                .append(r.asOf())
                .append(r.asOf().equals(r.pollingDay()) ? ", polling day" : ", after polling day")
                .append(", so it is not set beside the result: it could hold a poll published as the polls closed."
                        + " A report as of an earlier date shows how that forecast did (pollcast report ")
                .append(text(r.election()))
                .append(" --as-of ")
                .append(r.pollingDay().minusDays(1))
                .append(").</p>\n");
    }

    static void render(StringBuilder h, ReportInput in) {
        if (!shown(in)) {
            return;
        }
        ResultCheck r = in.result();
        h.append("<section id=\"result\" aria-labelledby=\"result-h\"><h2 id=\"result-h\">How this forecast did</h2>\n")
                .append("<p>This forecast was made as of ")
                .append(r.asOf())
                .append(", ")
                .append(ChronoUnit.DAYS.between(r.asOf(), r.pollingDay()))
                .append(ChronoUnit.DAYS.between(r.asOf(), r.pollingDay()) == 1 ? " day" : " days")
                .append(" before polling day (")
                .append(r.pollingDay())
                .append("). The official result is known, so here it is beside the forecast.</p>\n");
        if (r.race() != null) {
            h.append("<p id=\"result-winner\">")
                    .append(text(raceWords(r.race(), in)))
                    .append("</p>\n");
        }
        Html.notes(h, r.notes());
        LeadWords words = LeadWords.of(in.election());
        firstPrefs(h, r, words);
        if (r.finalRound() != null) {
            ResultCheck.Share s = r.finalRound();
            String round = words.twoRounds() ? "second round" : "final round";
            h.append("<p>In the ")
                    .append(round)
                    .append(" ")
                    .append(text(s.name()))
                    .append(" took ")
                    .append(share(s.actual()))
                    .append(" of the two finalists' votes; the forecast's share for ")
                    .append(text(s.name()))
                    .append(" in a ")
                    .append(round)
                    .append(" against the same opponent was ")
                    .append(rangeWords(s))
                    .append(".</p>\n");
        }
        seats(h, r, in);
        thresholds(h, r);
        List<ResultTable.Row> numbers = ResultTable.rows(r);
        if (numbers.isEmpty()) {
            // A result that names no winner and no share (a by-election whose count gives the leading four of
            // fifteen) has no number to set beside the forecast: the notes above say what it lacks, and an empty
            // table under "every number" read as if the comparison had failed to render.
            h.append("<p id=\"result-nothing\" class=\"note\">No number of this forecast can be set beside the"
                    + " result until the results files hold a complete count.</p>\n</section>\n");
            return;
        }
        Html.table(
                h,
                "result-table",
                "How this forecast did: every number (also in data/result.csv)",
                List.of("", "Forecast", "90% range", "Result", "Miss (forecast − result)", "In the 90% range"),
                ResultTable.htmlRows(numbers, words));
        if (r.score() != null) {
            h.append("<p class=\"note\">* The average miss of the " + words.many()
                    + " with 5% or more, in points, leaving out"
                    + " the others the forecast did not name (the backtest's error); the ranges column counts every"
                    + " row above it, others included.</p>\n");
        }
        h.append("<p class=\"note\">The result is the official count in the results files of the data folder"
                + " (the bundled figures' sources are in data/results/SOURCES.md). The misses and ranges are the ones"
                + " the backtest scores"
                + " (pollcast backtest).</p>\n</section>\n");
    }

    /**
     * Who won, with the chance they were given, as odds: a favourite's win fits its odds without proving them, and
     * an upset at 1 in 20 is what a right forecast sees about once in 20 races.
     */
    static String raceWords(ResultCheck.Race race, ReportInput in) {
        ResultCheck.Contender w = race.winner();
        ResultCheck.Contender f = race.favourite();
        StringBuilder s = new StringBuilder(w.name())
                .append(' ')
                .append(LeadWords.of(in.election()).won());
        if (race.favouriteWon()) {
            s.append(", as the forecast's favourite: it gave ")
                    .append(w.name())
                    .append(' ')
                    .append(odds(w));
            ResultCheck.Contender second = race.runnerUp();
            if (second != null) {
                s.append(", and ").append(second.name()).append(", second, ").append(odds(second));
            }
            return s.append(". That fits the odds without proving them: ")
                    .append(Html.favouriteLoses(w.pWin()))
                    .append(", so one race cannot tell a good forecast from a lucky one.")
                    .toString();
        }
        s.append(". The forecast gave ")
                .append(w.name())
                .append(' ')
                .append(odds(w))
                .append(" and made ")
                .append(f.name())
                .append(" the favourite at ")
                .append(odds(f))
                .append(". ");
        if (w.pWin() == 0) {
            return s.append(w.name())
                    .append(" won in none of its ")
                    .append(String.format(
                            Locale.ROOT, "%,d", in.forecast().mayor().sims()))
                    .append(" simulated elections: odds that long were too long.")
                    .toString();
        }
        if (w.pWin() >= 0.095) {
            return s.append("At ")
                    .append(Html.chance(w.pWin()))
                    .append(" that was no long shot: a forecast whose odds are right sees it that often.")
                    .toString();
        }
        return s.append("An upset at ")
                .append(Html.chance(w.pWin()))
                .append(": if the forecast's odds are right, races like this end this way about that often, so one")
                .append(" upset does not show the odds were wrong; several would.")
                .toString();
    }

    /**
     * "FDP won 4.6% of the list vote, under its 5% threshold; the forecast gave it 82.4% (8 in 10) to pass." for each
     * list near its threshold: whether a list passes decides its seats and often the government, and a list under 5% is
     * no row of the shares above. A list that missed is never printed at the threshold it missed, and is printed to the
     * decimals that show how near it came (4.98% of 5% as 4.98, not 5.0 nor 4.9). A list under its threshold that won
     * seats all the same is said to have been seated by another route: Saxony's Die Linke won 4.5% in 2024 and 6 seats
     * through two constituencies, and the page said only that it was "under its 5% threshold" beside its 6 seats.
     */
    private static void thresholds(StringBuilder h, ResultCheck r) {
        if (r.thresholds().isEmpty()) {
            return;
        }
        h.append("<p>The threshold:</p>\n<ul>");
        for (ResultCheck.Threshold t : r.thresholds()) {
            h.append("<li>")
                    .append(text(t.name()))
                    .append(" won ")
                    .append(t.passed() ? share(t.actual()) : Tables.missedShareText(t.actual(), t.threshold(), 1) + "%")
                    .append(" of the list vote, ")
                    .append(t.passed() ? "over" : "under")
                    .append(" its ")
                    .append(AssemblyTables.thresholdText(t.threshold()))
                    .append("% threshold; the forecast gave it ")
                    .append(odds(t.pOver()))
                    .append(" to pass")
                    .append(t.passed() ? "" : seatedAnyway(r, t.id()))
                    .append(".</li>");
        }
        h.append("</ul>\n");
    }

    /**
     * "; it won 6 seats all the same, by a route the threshold does not count (constituencies won, or an exemption)",
     * where the result seats a list that missed its threshold; empty otherwise. The forecast seats only lists over
     * the threshold unless the definition states the route ({@code partyThresholds}, {@code thresholdWaiver}).
     */
    private static String seatedAnyway(ResultCheck r, String id) {
        return r.seats().stream()
                .filter(s -> s.id().equals(id) && s.won() > 0)
                .findFirst()
                .map(s -> "; it won " + s.won() + (s.won() == 1 ? " seat" : " seats")
                        + " all the same, by a route the threshold does not count (constituencies won, or an"
                        + " exemption)")
                .orElse("");
    }

    /** "97.1% (49 in 50)". */
    private static String odds(ResultCheck.Contender c) {
        return pct(c.pWin()) + " (" + Html.chance(c.pWin()) + ")";
    }

    private static void firstPrefs(StringBuilder h, ResultCheck r, LeadWords words) {
        if (r.firstPrefs().isEmpty()) {
            return;
        }
        // The shares' own words ("The list vote of each party" for a parliament alone, not "First preferences of
        // each candidate").
        h.append("<p>"
                + words.votesTitle()
                + " of each " + words.one() + " with 5% or more, beside the forecast's share and its"
                + " 90% range (where the result should fall 9 times in 10):</p>\n<ul>");
        for (ResultCheck.Share s : byResult(r.firstPrefs())) {
            h.append("<li>")
                    .append(text(name(s, words)))
                    .append(": ")
                    .append(share(s.actual()))
                    .append("; forecast ")
                    .append(rangeWords(s))
                    .append(".</li>");
        }
        h.append("</ul>\n");
        BacktestRow score = r.score();
        if (score != null && score.scored() == 1 && r.firstPrefs().size() == 2) {
            // A race of two scored on the winner's share alone: "1 of these 1 results" read as a slip.
            h.append("<p>The winner's share fell ")
                    .append(score.in90() == 1 ? "inside" : "outside")
                    .append(" the 90% range and ")
                    .append(score.in50() == 1 ? "inside" : "outside")
                    .append(" the 50% range (over many forecasts, about 9 and 5 in 10; the other's share is its mirror,"
                            + " so the two count once). The ")
                    .append(words.many())
                    .append("' shares were ")
                    .append(num(score.mae(), 1))
                    .append(" points off on average.</p>\n");
        } else if (score != null) {
            h.append("<p>")
                    .append(score.in90())
                    .append(" of these ")
                    .append(score.scored())
                    .append(" results fell inside the 90% range and ")
                    .append(score.in50())
                    .append(" inside the 50% range (over many forecasts, about 9 and 5 in 10). The ")
                    .append(words.many())
                    .append("' shares")
                    .append(" (others aside) were ")
                    .append(num(score.mae(), 1))
                    .append(" points off on average.</p>\n");
        }
    }

    private static void seats(StringBuilder h, ResultCheck r, ReportInput in) {
        if (r.seats().isEmpty()) {
            return;
        }
        long inside = r.seats().stream().filter(ResultCheck.Seats::inside90).count();
        h.append("<p>")
                .append(text(in.assemblyTitle()))
                .append(": ")
                .append(inside)
                .append(" of ")
                .append(r.seats().size())
                .append(" parties won a number of seats inside the forecast's 90% range");
        h.append(", and the forecast was ")
                .append(num(ResultCheck.seatError(r.seats()), 1))
                .append(" seats a party off on average.</p>\n<ul>");
        for (ResultCheck.Seats s : r.seats()) {
            h.append("<li>")
                    .append(text(s.name()))
                    .append(": won ")
                    .append(s.won())
                    .append("; forecast ")
                    .append(num(s.mean(), 1))
                    .append(" (90% range ")
                    .append(num(s.p05(), 0))
                    .append("–")
                    .append(num(s.p95(), 0))
                    .append("), ")
                    .append(s.inside90() ? "inside" : "outside")
                    .append(".</li>");
        }
        h.append("</ul>\n");
        blocs(h, r, in);
    }

    /**
     * Each bloc of named parties against the forecast's chance of it: "Ap+Sp+SV+R+MDG hold at least 85 of 169: it did,
     * with 100 seats; the forecast gave that 98.0% (49 in 50)." Where no party governs alone, which side won a majority
     * is the result a reader asks the forecast about first; the page compared only each party's seats. A bloc with a
     * party the result gives no seats row is left out, as its seats are not known.
     */
    private static void blocs(StringBuilder h, ResultCheck r, ReportInput in) {
        if (in.forecast().assembly() == null) {
            return;
        }
        Map<String, Integer> won = new HashMap<>();
        r.seats().forEach(s -> won.put(s.id(), s.won()));
        // The seats listed leave out each party that won none and was forecast under half a seat; such a party won
        // none. Read as unknown, a bloc holding one was left out: Italy 2022's centre-right with Us Moderates (no
        // proportional seat) went unscored, where the backtest, reading the results file, scored it.
        if (!won.isEmpty()) {
            for (Contest c : in.election().contests().values()) {
                if (c instanceof AdditionalMemberContest ams) {
                    ams.blocs().stream()
                            .filter(Bloc::ofParties)
                            .forEach(b -> b.parties().forEach(p -> won.putIfAbsent(p, 0)));
                }
            }
        }
        StringBuilder items = new StringBuilder();
        for (BlocScore b : BlocScore.of(in.election(), 0, in.forecast().assembly(), won)) {
            items.append("<li>")
                    .append(text(b.label()))
                    .append(": ")
                    .append(b.held() ? "it did, with " : "it did not, with ")
                    .append(b.seats())
                    .append(" seats; the forecast gave that ")
                    .append(b.held() ? odds(b.p()) : odds(1 - b.p()))
                    .append(".</li>");
        }
        if (!items.isEmpty()) {
            h.append("<p>The blocs:</p>\n<ul>").append(items).append("</ul>\n");
        }
    }

    /** "97.1% (49 in 50)". */
    private static String odds(double p) {
        return pct(p) + " (" + Html.chance(p) + ")";
    }

    /**
     * "39.2% (90% range 30.6–47.8%): inside it", or which side of it the result fell. Where the result and the end it
     * passed print alike to one decimal, both are given to two (three where two are alike too), so that the page never
     * says a result is above a range it seems to end on: Chega's 23.1% of Portugal's 2025 vote, a day out, was "above"
     * a range printed "14.7–23.1%".
     */
    static String rangeWords(ResultCheck.Share s) {
        String where = s.inside90()
                ? "inside it"
                : (s.actual() > s.p95() ? "the result was above it" : "the result was below it");
        double end = s.actual() > s.p95() ? s.p95() : s.p05();
        if (!s.inside90() && num(s.actual(), 1).equals(num(end, 1))) {
            int places = num(s.actual(), 2).equals(num(end, 2)) ? 3 : 2;
            if (!num(s.actual(), places).equals(num(end, places))) {
                where += " (" + num(s.actual(), places) + "% against " + num(end, places) + "%)";
            }
        }
        return share(s.mean()) + " (90% range " + num(s.p05(), 1) + "–" + share(s.p95()) + "): " + where;
    }

    /** The forecast's pooled "others" is not a candidate: it is named for what it is. */
    static String name(ResultCheck.Share s) {
        return s.id().equals("other") ? "Others (the candidates the forecast did not name)" : s.name();
    }

    /**
     * The same in the page's words: a list vote's others are the parties it did not name. The French trial's page
     * said "Others (the candidates the forecast did not name): 9.7%" of the 31 lists left out of 38.
     */
    private static String name(ResultCheck.Share s, LeadWords words) {
        return s.id().equals("other") ? "Others (the " + words.many() + " the forecast did not name)" : s.name();
    }

    private static String share(double v) {
        return num(v, 1) + "%";
    }

    static List<ResultCheck.Share> byResult(List<ResultCheck.Share> shares) {
        return shares.stream()
                .sorted(Comparator.comparingDouble(ResultCheck.Share::actual).reversed())
                .toList();
    }
}
