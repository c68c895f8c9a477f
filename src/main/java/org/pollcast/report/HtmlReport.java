package org.pollcast.report;

import static org.pollcast.report.Html.pct;
import static org.pollcast.report.Html.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Bloc;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;

/**
 * The report page: one {@code index.html} (inline CSS, the charts as PNGs in {@code charts/} beside it, the
 * constituency map inline as SVG, nothing from the network, no script). It reads top to bottom as a reader
 * needs it: the headline and a plain-words summary first (what a screen reader reads first), then, for a forecast
 * made before polling day of an election already held, how it did against the result, then the Mayor,
 * the Assembly, how the forecast works, and the polls and settings behind it. The page is one column that
 * fits a 390 px phone: wide tables scroll inside their own box, pictures shrink.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /**
     * The page of {@code in} with {@code charts}; {@code palette} is the election's ({@link Palette#forElection}), the one
     * the charts were coloured by ({@link ReportCharts#all}), for the page's swatches.
     */
    public static String render(ReportInput in, List<ChartSpec> charts, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        CandidateForecast leader = leader(f);
        StringBuilder h = new StringBuilder(96_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(text(in.election().name()))
                .append(" — pollcast forecast</title>\n<style>")
                .append(CSS)
                .append("</style></head>\n<body>\n<a class=\"skip\" href=\"#mayor\">Skip to the forecast tables</a>\n")
                .append("<header>\n<h1 id=\"headline\">")
                .append(text(headline(in, leader)))
                .append("</h1>\n<p class=\"sub\">")
                .append(text(in.election().name()))
                .append(", polling day ")
                .append(in.election().date())
                .append(". Forecast as of ")
                .append(f.input().asOf())
                .append(" (")
                .append(f.input().daysToElection())
                .append(f.input().daysToElection() == 1 ? " day to go): " : " days to go): ")
                .append(text(f.input().source()))
                .append(".</p>\n")
                // The definition's own notes: what its author says a reader must know (a kit on old boundaries, a
                // rule pollcast does not model), which no page showed.
                .append(
                        in.election().notes() == null || in.election().notes().isBlank()
                                ? ""
                                : "<p class=\"sub\" id=\"definition-notes\">About this election's definition: "
                                        + text(in.election().notes().strip()) + "</p>\n")
                .append("</header>\n<main>\n<p id=\"summary\">")
                .append(text(summary(in)))
                .append("</p>\n<nav aria-label=\"Sections\">");
        if (ResultSection.shown(in)) {
            h.append("<a href=\"#result\">How it did</a> · ");
        }
        h.append("<a href=\"#mayor\">")
                .append(text(Html.capitalised(LeadWords.of(in.election()).heading())))
                .append("</a>");
        if (in.forecast().assembly() != null) {
            h.append(" · <a href=\"#assembly\">")
                    .append(text(in.assemblyTitle()))
                    .append("</a>");
        }
        h.append(" · <a href=\"#how\">How this works</a>");
        if (in.average() != null) {
            h.append(" · <a href=\"#average\">Polls</a>");
        }
        h.append(" · <a href=\"forecast.csv\">Data (CSV)</a></nav>\n");
        ResultSection.afterPollingDay(h, in);
        ResultSection.render(h, in);
        if (in.changes() != null) {
            MayorSection.changes(h, in.changes(), LeadWords.of(in.election()).option());
        }
        MayorSection.render(h, in, charts);
        if (in.forecast().assembly() != null) {
            AssemblySection.render(h, in, palette, charts);
        }
        ExplainerSection.howItWorks(h, in);
        if (in.average() != null) {
            PollSections.average(h, in, charts);
            if (!in.average().houseEffects().isEmpty()) {
                PollSections.houseEffects(h, in, charts);
            }
        }
        PollSections.polls(h, in);
        ExplainerSection.settings(h, in);
        h.append("</main>\n<footer><p>Made by pollcast at ")
                .append(text(in.runAt().toString()))
                .append(". Numbers are simulations of what the polls imply, not certainties; see “How this works”.</p>"
                        + "<p>Data: <a href=\"forecast.csv\">forecast.csv</a> (every contest), "
                        + "<a href=\"forecast.json\">forecast.json</a>")
                .append(ResultSection.shown(in) ? ", <a href=\"data/result.csv\">data/result.csv</a> (how it did)" : "")
                .append(".</p></footer>\n</body></html>\n");
        return h.toString();
    }

    static CandidateForecast leader(MayorForecast f) {
        return f.candidates().stream()
                .max(Comparator.comparingDouble(CandidateForecast::pWin))
                .orElseThrow();
    }

    /**
     * The page's one-line answer: who is likeliest to win the contest that leads the forecast; for an election with
     * only an additional-member contest, who is likeliest to win the most seats, which is what it decides.
     */
    static String headline(ReportInput in, CandidateForecast leader) {
        AssemblyForecast asm = in.forecast().assembly();
        if (in.election().listLed() && asm != null) {
            return AssemblySection.mostSeats(asm, in.assemblyTitle(), Html::pct) + majorityInDoubt(asm);
        }
        List<CandidateForecast> byChance = new java.util.ArrayList<>();
        byChance.add(leader);
        in.forecast().mayor().candidates().stream()
                .filter(c -> c != leader)
                .sorted(Comparator.comparingDouble(CandidateForecast::pWin).reversed())
                .forEach(byChance::add);
        return chances(byChance, LeadWords.of(in.election()).toWin());
    }

    /**
     * "Mary Page is 62.0% likely to be elected Mayor", or, where the next in chance ({@code second}, null for none) is
     * within {@link #CLOSE} of the leader, both: a favourite 3 points of chance ahead is no favourite, and West of
     * England 2025's page led "Helen Godwin is 40.1% likely to be elected Mayor" over Mary Page's 37.1%, which a reader
     * takes for a call.
     */
    static String chances(CandidateForecast leader, CandidateForecast second, String toWin) {
        return chances(second == null ? List.of(leader) : List.of(leader, second), toWin);
    }

    /** As above, of the candidates {@code byChance}, likeliest first: a close race names every contender ({@link #likely}). */
    static String chances(List<CandidateForecast> byChance, String toWin) {
        return likely(
                byChance.stream().map(CandidateForecast::name).toList(),
                byChance.stream().mapToDouble(CandidateForecast::pWin).toArray(),
                toWin,
                Html::pct);
    }

    /**
     * "{@code names[0]} is p likely to {@code toWin}", or, where the next is {@link #close}, "Close between A, B and C:
     * p, q and r likely to ...", {@code names} ordered by their chances {@code p}, likeliest first: the candidate's
     * headline and a list-led election's "most seats" alike. A close race names every contender within twice
     * {@link #CLOSE} of the leader, four at most: the Finnish trial's 2023 page said "Close between the National
     * Coalition and the Social Democrats: 38.6% and 34.9%", and the Finns Party's 26.1% (it came second, 0.7 points
     * behind) was left out of a three-way race.
     */
    static String likely(List<String> names, double[] p, String toWin, DoubleFunction<String> chance) {
        if (names.size() < 2 || !close(p[0], p[1])) {
            return names.get(0) + " is " + chance.apply(p[0]) + " likely to " + toWin;
        }
        int n = 2;
        while (n < Math.min(4, names.size()) && p[0] - p[n] < 2 * CLOSE) {
            n++;
        }
        List<String> chances = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            chances.add(chance.apply(p[i]));
        }
        return "Close between " + Html.andList(names.subList(0, n)) + ": " + Html.andList(chances) + " likely to "
                + toWin;
    }

    /**
     * "; its chance of a majority alone (201 of the 400 seats) is 1.7%", where the likeliest largest party's majority is
     * in doubt (1% to 99%): the South African trial's 2024 page led "African National Congress is 100.0% likely to win the
     * most seats", while the question every reader asked, whether it kept its majority, sat in a table below.
     */
    static String majorityInDoubt(AssemblyForecast asm) {
        AssemblyForecast.PartySeats top = AssemblySection.largest(asm);
        if (top.seatDistribution() == null || top.seatDistribution().length == 0) {
            return "";
        }
        double p = AssemblyTables.pMajority(asm, top);
        if (p < 0.01 || p > 0.99) {
            return "";
        }
        return "; its chance of a majority alone (" + AssemblyTables.majority(asm) + " of the " + asm.seats()
                + " seats) is " + Html.pct(p);
    }

    /** Whether chances of winning {@code p} and, next, {@code q} are too close for the first to be called the favourite. */
    static boolean close(double p, double q) {
        return p - q < CLOSE;
    }

    /**
     * Chances of winning closer than this (a fraction) make the headline name the leaders: the second, and any other
     * within twice this of the first.
     */
    static final double CLOSE = 0.10;

    /**
     * " Nor can they see Arron Banks (Reform UK) or Ian Scott (Independent), whose parties did not stand then: their
     * votes are inside Others (1.5%).", or nothing: a forecast from the baseline's result has no share for a candidate
     * whose party did not stand there, and the chances above are blind to them (West of England 2025 before its
     * first poll: Banks, who came second with 22.1%, was named only in a note under the table).
     */
    static String unseen(Election election, MayorForecast f) {
        List<String> names = election.singleWinner(f.contest()).stream()
                .flatMap(c -> c.candidates().stream())
                .filter(c -> !f.input().options().contains(c.id()))
                .map(c -> c.name()
                        + election.party(c.party())
                                .map(p -> " (" + p.name() + ")")
                                .orElse(""))
                .toList();
        if (names.isEmpty()) {
            return "";
        }
        int others = f.input().options().indexOf(Option.OTHER);
        String joined = names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return " Nor can they see " + joined + ", whose " + (names.size() == 1 ? "party" : "parties")
                + " did not stand then: " + (names.size() == 1 ? "their vote is" : "their votes are")
                + " inside Others"
                + (others < 0 ? "" : " (" + Html.num(f.input().mean()[others], 1) + "%)") + ".";
    }

    /** The forecast in two or three plain sentences, chances in words first. */
    static String summary(ReportInput in) {
        MayorForecast f = in.forecast().mayor();
        List<CandidateForecast> byWin = f.candidates().stream()
                .sorted(Comparator.comparingDouble(CandidateForecast::pWin).reversed())
                .toList();
        CandidateForecast a = byWin.get(0);
        StringBuilder s = new StringBuilder();
        s.append(a.name())
                .append(" has ")
                .append(Html.withArticle(Html.chance(a.pWin())))
                .append(" chance (")
                .append(pct(a.pWin()))
                .append(") of ")
                .append(LeadWords.of(in.election()).winning());
        if (byWin.size() > 1) {
            CandidateForecast b = byWin.get(1);
            s.append("; ")
                    .append(b.name())
                    .append(" has ")
                    .append(Html.chance(b.pWin()))
                    .append(" (")
                    .append(pct(b.pWin()))
                    .append(')');
        }
        s.append(". ")
                .append(Possessive.of(a.name()))
                .append(
                        in.election().listLed()
                                ? " share of " + LeadWords.of(in.election()).votes()
                                        + " is as likely to be above as below "
                                : " share of the vote is as likely to be above as below ")
                .append(Html.num(a.firstPref().p50(), 0))
                .append("%, and 9 times in 10 between ")
                .append(Html.num(a.firstPref().p05(), 0))
                .append("% and ")
                .append(Html.num(a.firstPref().p95(), 0))
                .append("%.");
        s.append(secondRoundChance(in.election(), f));
        AssemblyForecast asm = in.forecast().assembly();
        if (asm != null) {
            AssemblyForecast.PartySeats top = asm.parties().stream()
                    .max(Comparator.comparingDouble(AssemblyForecast.PartySeats::pLargest))
                    .orElseThrow();
            s.append(" In the ")
                    .append(in.assemblyTitle())
                    .append(", ")
                    .append(top.name())
                    .append(" is likeliest to be the largest party (")
                    .append(Html.chance(top.pLargest()))
                    .append("), with about ")
                    .append(Html.num(top.seatsMean(), 0))
                    .append(' ')
                    .append(AssemblyHouse.ofTheSeats(asm))
                    .append('.');
            if (AssemblyTables.asksMajority(asm)) {
                // A house of one kind of seat is read for whether anyone governs alone; its table gives each party's.
                double any = asm.parties().stream()
                        .mapToDouble(p -> AssemblyTables.pMajority(asm, p))
                        .sum();
                s.append(" The chance that one party wins a majority alone (")
                        .append(AssemblyTables.majority(asm))
                        .append(" of the ")
                        .append(asm.seats())
                        .append(" seats or more) is ")
                        .append(Html.chance(any))
                        .append('.');
            }
            s.append(coalitionChances(in.election(), asm));
            s.append(thresholdRisks(in.election(), asm));
        }
        if (!f.input().fromPolls() && in.election().baseline() != null) {
            // Said where the chances are read: a by-election's 99% for the seat's last winner is the general
            // election's result carried over, not a finding, and the source line's id alone did not say so.
            // Polls of another contest (the Assembly's list) may be in: then the sentence is the lead contest's alone,
            // where "no poll of this election" stood after an Assembly sentence drawn from one (review).
            boolean otherPolls =
                    in.polls().stream().anyMatch(p -> p.poll().knownBy(f.input().asOf()));
            s.append(
                            otherPolls
                                    ? " No poll of its " + f.contest()
                                            + " contest is in yet: its chances are the result of "
                                    : " No poll of this election is in yet: these chances are the result of ")
                    .append(in.election().baseline())
                    .append(" carried forward by party, with ranges for how far opinion may have moved since; they"
                            + " cannot see a swing since then, which only polls can show.")
                    .append(unseen(in.election(), f));
        }
        // A close race, as the headline calls it, has no favourite to lose: its likelier candidate loses as often.
        boolean close = byWin.size() > 1 && close(a.pWin(), byWin.get(1).pWin());
        s.append(" These are chances, not certainties: ")
                .append(
                        close
                                ? Html.loses(a.pWin(), "chance") + ", and neither is the clear favourite"
                                : Html.favouriteLoses(a.pWin()))
                .append('.');
        return s.toString();
    }

    /** The least and most chance of passing the threshold at which a list is said to be near it. */
    static final double NEAR_THRESHOLD = 0.05;

    /**
     * " Near the 3.25% threshold: Labor is 64% likely to pass it, Meretz 59%, Ra'am 48% and Hadash–Ta'al 48%." for the
     * lists whose chance of the threshold is neither under 5% nor over 95%; "" where none is, the house has no threshold,
     * or a waiver makes the chance another's. The Israel trial's 2022 summary spoke of Likud, a majority and the bloc,
     * and said nothing of the four lists whose threshold decided the bloc (Meretz and Balad fell under it).
     */
    static String thresholdRisks(Election election, AssemblyForecast asm) {
        AdditionalMemberContest house = election.contest(asm.contest())
                .filter(AdditionalMemberContest.class::isInstance)
                .map(AdditionalMemberContest.class::cast)
                .orElse(null);
        if (house == null || house.listRules().waives()) {
            return "";
        }
        List<AssemblyForecast.PartySeats> near = asm.parties().stream()
                .filter(p -> !p.id().equals(Option.OTHER) && house.thresholdOf(p.id()) > 0)
                .filter(p -> p.pOverThreshold() >= NEAR_THRESHOLD && p.pOverThreshold() <= 1 - NEAR_THRESHOLD)
                .sorted(Comparator.comparingDouble(AssemblyForecast.PartySeats::pOverThreshold)
                        .reversed())
                .toList();
        if (near.isEmpty()) {
            return "";
        }
        boolean one =
                near.stream().map(p -> house.thresholdOf(p.id())).distinct().count() == 1;
        StringBuilder s = new StringBuilder(" Near ")
                .append(
                        one
                                ? "the "
                                        + AssemblyTables.thresholdText(
                                                house.thresholdOf(near.get(0).id())) + "% threshold"
                                : "their thresholds")
                .append(": ");
        for (int i = 0; i < near.size(); i++) {
            AssemblyForecast.PartySeats p = near.get(i);
            s.append(i == 0 ? "" : i == near.size() - 1 ? " and " : ", ")
                    .append(p.name()) // plain text: the summary is escaped where it goes into the page
                    .append(i == 0 ? " is " : " ")
                    .append(pct(p.pOverThreshold()))
                    .append(i == 0 ? " likely to pass it" : "");
        }
        return s.append('.').toString();
    }

    /**
     * " Ap+Sp+SV+R+MDG hold at least 85 of 169: 49 in 50 (98.0%)." for each bloc of named parties the definition states.
     * Where no party governs alone (the Storting, the Riksdag), which side can is what a reader asks; the summary gave
     * only the chance of a single-party majority ("less than 1 in 200") and left the blocs to a chart far below.
     */
    private static String coalitionChances(Election election, AssemblyForecast asm) {
        List<String> ofParties = election.contests().values().stream()
                .filter(AdditionalMemberContest.class::isInstance)
                .map(AdditionalMemberContest.class::cast)
                .flatMap(c -> c.blocs().stream())
                .filter(Bloc::ofParties)
                .map(Bloc::id)
                .toList();
        StringBuilder s = new StringBuilder();
        for (AssemblyForecast.BlocForecast b : asm.blocs()) {
            if (ofParties.contains(b.id())) {
                s.append(' ')
                        .append(b.label())
                        .append(": ")
                        .append(Html.chance(b.p()))
                        .append(" (")
                        .append(pct(b.p()))
                        .append(").");
            }
        }
        return s.toString();
    }

    /**
     * " The chance of a second round on 2022-12-06 (no one elected outright: over half of the first-round votes) is 4 in 10
     * (38.4%).", or
     * nothing: said of a two-round election before its first round, where whether anyone wins outright is half the
     * story. Before, the page gave each candidate's chance of being elected and left the run-off's chance to a table
     * column (Georgia's Senate elections of 2020 and 2022, both decided in a run-off after polls of a near tie with a
     * Libertarian on 2 to 5%).
     */
    static String secondRoundChance(Election election, MayorForecast f) {
        if (f.secondRoundOnly() || !VotingSystem.TWO_ROUND.code().equals(f.system())) {
            return "";
        }
        double outright = f.candidates().stream()
                .mapToDouble(CandidateForecast::pFirstRoundWin)
                .sum();
        double p = Math.max(0, 1 - outright);
        Optional<SingleWinnerContest> contest = election.singleWinner(f.contest());
        String day = contest.map(c -> " on " + c.secondRound()).orElse("");
        if (contest.map(c -> OutrightRule.never(c.outright())).orElse(false)) {
            // Boston's preliminary elects no one: a chance of a second round would read as if a majority could.
            return " The first round elects no one: its two leaders meet again in the second round" + day + ".";
        }
        // The contest's own rule: Argentina elects with over 45%, or over 40% with a lead of over 10 points.
        String rule =
                OutrightRule.describe(contest.map(SingleWinnerContest::outright).orElse(List.of()));
        return " The chance of a second round" + day + " (no one elected outright: " + rule
                + " of the first-round votes) is " + Html.chance(p) + " (" + pct(p) + ").";
    }

    /**
     * One column that fits a phone: images and the map shrink to the column, wide tables scroll inside
     * {@code .scroll}. Text and link colours have at least 4.5:1 contrast on white (WCAG 2.1 AA), and focus
     * is visible for keyboard readers.
     */
    static final String CSS = "*{box-sizing:border-box}"
            + "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;margin:0;color:#1d1d1d;background:#fff;"
            + "line-height:1.45;overflow-wrap:break-word}"
            + "header,main,footer{max-width:1240px;margin:0 auto;padding:0 16px}"
            + "h1{font-size:clamp(1.4rem,5vw,2rem);margin:24px 0 6px}h2{border-bottom:2px solid #ddd;padding-bottom:4px;"
            + "margin-top:32px}.sub{color:#555;margin:0 0 12px}#summary{font-size:1.1rem;max-width:60em}"
            + "nav{margin:8px 0 16px}a{color:#0b57a4}a:focus,.scroll:focus,summary:focus{outline:3px solid #1d1d1d;"
            + "outline-offset:2px}.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}"
            + ".scroll{max-width:100%;overflow-x:auto;margin:10px 0}table{border-collapse:collapse;font-size:.9rem}"
            + "caption{text-align:left;font-weight:bold;padding:4px 0;color:#333;position:sticky;left:0;max-width:calc(100vw - 32px)}th,td{border-bottom:1px solid #e3e3e3;"
            + "padding:4px 10px;text-align:left;vertical-align:top}thead th{background:#f4f4f4}"
            + "tbody th{font-weight:normal}.odds{color:#555;white-space:nowrap}.note{color:#555;font-size:.85rem;margin:4px 0}"
            + "figure{margin:18px 0}figure.chart img{max-width:100%;height:auto;border:1px solid #eee}"
            + "figcaption{color:#555;font-size:.85rem}details{font-size:.9rem}summary{cursor:pointer;color:#0b57a4}"
            + ".map-and-table{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}.map{flex:1 1 300px;"
            + "max-width:460px;margin:0}.map-and-table>.scroll{flex:2 1 520px}svg.tilemap{width:100%;height:auto}"
            + ".swatch{display:inline-block;width:.8em;height:.8em;border:1px solid;margin-right:.35em;vertical-align:-.05em}"
            + ".party{white-space:nowrap}.prov{color:#666;font-size:.8rem}footer{color:#555;font-size:.8rem;margin:30px auto}";
}
