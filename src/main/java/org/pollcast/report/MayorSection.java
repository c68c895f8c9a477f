package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.pct;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import org.pollcast.election.Election;
import org.pollcast.election.Party;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;

/**
 * The Mayor on the page. The table's columns follow the voting system: a first-past-the-post contest (2024)
 * has no run-off, so it shows no run-off columns; instant-runoff's last two stand for the run-off pair.
 */
final class MayorSection {
    private MayorSection() {}

    static void render(StringBuilder h, ReportInput in, List<ChartSpec> charts) {
        MayorForecast f = in.forecast().mayor();
        LeadWords words = LeadWords.of(in.election());
        h.append("<section id=\"mayor\" aria-labelledby=\"mayor-h\"><h2 id=\"mayor-h\">")
                .append(Html.text(Html.capitalised(words.heading())))
                .append("</h2>\n");
        winTable(h, f, words, in.election());
        for (String id :
                List.of("win-probability", MayorCharts.sharesId(in.election()), "runoff-pairs", "runoff-margin")) {
            AssemblySection.chart(h, charts, id, in);
        }
        overTime(h, in, charts);
        h.append("</section>\n");
    }

    /**
     * The forecast over time, in two kinds an editor must not mix up: how the race moved (every date forecast again
     * now, from the polls known then, by today's model) and what was published run by run (the audit trail).
     */
    private static void overTime(StringBuilder h, ReportInput in, List<ChartSpec> charts) {
        boolean race = charts.stream().anyMatch(c -> c.id().startsWith("race-"));
        boolean history = charts.stream().anyMatch(c -> c.id().equals("history"));
        if (!race && !history) {
            return;
        }
        h.append("<h3 id=\"over-time\">The forecast over time</h3>\n");
        if (race) {
            h.append("<p>How the race moved: the forecast made again as of each date, using only the polls dated by "
                    + "then, so it covers the whole campaign however often this report has been run.</p>\n");
            AssemblySection.chart(h, charts, "race-chances", in);
            AssemblySection.chart(h, charts, "race-share", in);
        }
        if (history) {
            h.append("<p>What was published: the chance of winning at each run of pollcast, as it was then.</p>\n");
            AssemblySection.chart(h, charts, "history", in);
        }
    }

    static void winTable(StringBuilder h, MayorForecast f, LeadWords words, Election election) {
        boolean rounds = !f.system().equals(VotingSystem.FPTP.code());
        // A vote that elects no one but whose options are people (a national popular vote of presidential
        // candidates, office: none) is led as a party vote, but its rows are candidates: "Kamala Harris" under
        // "Party", beside her party's id (dem), read as parties' chances (us-2024).
        boolean ids = words.listLed() && !words.people();
        List<String> header =
                new ArrayList<>(List.of(words.option(), ids ? "Id" : "Party", words.chance(), "± MC s.e."));
        if (rounds) {
            header.add("Wins outright (1st round)");
        }
        if (rounds) {
            header.add("Reaches the " + ReportCharts.finalRound(f));
        }
        header.add(
                // The vote as the lead names it: a list vote, a constituency vote ("the vote"), first preferences, or
                // a first round of two ("First-round votes", beside the charts' own words).
                words.listLed() && !words.oneVote()
                        ? "List vote % (90% range)"
                        : rounds ? words.votesTitle() + " % (90% range)" : "Vote share % (90% range)");
        List<List<String>> rows = new ArrayList<>();
        for (CandidateForecast c : f.listed()) {
            List<String> row = new ArrayList<>(List.of(
                    text(c.name()),
                    // The party's name ("London Real Party"), not its id (london-real), for a reader; the
                    // list vote's rows are parties already, and keep the id beside the name.
                    text(ids ? c.party() : partyName(election, c.party())),
                    Html.pctChance(c.pWin()),
                    Html.se(c.pWinSe(), f.kept())));
            if (rounds) {
                row.add(text(pct(c.pFirstRoundWin())));
            }
            if (rounds) {
                row.add(text(pct(c.pRunoff())));
            }
            row.add(num(c.firstPref().mean(), 1) + " ("
                    + ChartFigures.range(c.firstPref().p05(), c.firstPref().p95()) + ")");
            rows.add(row);
        }
        Html.table(
                h,
                "win-table",
                words.listLed() || election.partyVote()
                        ? "Who will " + words.toWin() + ": each " + words.one() + "'s chance"
                        : "Who will be " + words.heading() + ": each candidate's chance",
                header,
                rows);
        Html.notes(h, f.notes());
    }

    /** What moved since the last run; {@code option} heads the table's first column ("Candidate", "Party"). */
    static void changes(StringBuilder h, ChangeReport c, String option) {
        h.append(
                        "<section id=\"changes\" aria-labelledby=\"changes-h\"><h2 id=\"changes-h\">What changed since the last "
                                + "run</h2>\n<p>Last run ")
                .append(text(c.lastRunAt()))
                .append(" (as of ")
                .append(text(c.lastAsOf()))
                .append("). New polls: ")
                .append(c.newPolls().isEmpty() ? "none" : text(String.join("; ", c.newPolls())))
                .append(".");
        if (c.modelChanged()) {
            h.append(" The last run used model ")
                    .append(text(c.lastModel()))
                    .append("; this one uses model ")
                    .append(text(c.model()))
                    .append(". The old model cannot be run again, so what the new one changes is counted with time's"
                            + " effect.");
        }
        if (c.dataChanged()) {
            h.append(" The data this run reads besides the polls changed since the last run (an election definition,"
                    + " a result, the transfer prior or the run's settings); the old data is not kept, so what that"
                    + " changes is counted with time's effect.");
        }
        h.append("</p>\n");
        List<String> header = new ArrayList<>(List.of(option, "Then", "Now", "Change"));
        for (int i = 0; i < c.newPolls().size(); i++) {
            header.add("From poll " + (i + 1));
        }
        header.add(
                c.modelChanged() && c.dataChanged()
                        ? "From time, the model and the data"
                        : c.modelChanged()
                                ? "From time and the model change"
                                : c.dataChanged() ? "From time and the data change" : "From time passing");
        // The steps add up to the change, so "other" is nothing but rounding unless a step was run on other inputs.
        boolean other = c.options().stream().anyMatch(o -> Math.abs(o.unexplained()) >= 0.0005);
        if (other) {
            header.add("Other");
        }
        List<List<String>> rows = new ArrayList<>();
        for (ChangeReport.OptionChange o : c.options()) {
            List<String> row = new ArrayList<>(List.of(
                    text(o.name()),
                    text(pct(o.before())),
                    text(pct(o.now())),
                    Tables.signed(Tables.pointsBetweenPrinted(o.before(), o.now()), 1) + " pts"));
            for (double d : o.byPoll()) {
                row.add(signedPts(d));
            }
            row.add(signedPts(o.byTime()));
            if (other) {
                row.add(signedPts(o.unexplained()));
            }
            rows.add(row);
        }
        Html.table(h, "changes-table", "Chance of winning, then and now, and why it moved", header, rows);
        h.append("<p class=\"note\">Time's effect is the last run's polls forecast at today's date"
                + (c.modelChanged() ? " by the new model" : "")
                + ", minus the last run; then the new polls are added one at a time in the order they were published,"
                + " each poll's effect being what adding it changed (same seed), so the effects add up to the change"
                + (other ? "; 'other' is what remains" : "")
                + ".</p></section>\n");
    }

    private static String partyName(Election election, String id) {
        return id == null || id.isBlank()
                ? ""
                : election.party(id).map(Party::name).orElse(id);
    }

    private static String signedPts(double p) {
        return Tables.signed(100 * p, 1) + " pts";
    }
}
