package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.election.Declaration;
import org.pollcast.election.LeadVote;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.LiveForecast;

/**
 * Election night's page for an election whose only contest is additional-member (the Scottish Parliament, an Assembly
 * without a Mayor), which {@code live} follows by its list vote. What it decides is seats, so the page leads with
 * them: the headline is the party likeliest to win the most, then the seats by party, the constituencies on the tile
 * map (declared winners and projected ones), the whole area's list vote as bands with the list votes declared so far,
 * and how the list vote moved with each declaration. A body of constituencies only (the House of Commons) has the same
 * page for its vote ({@link org.pollcast.election.LeadVote}): "the vote", not "the list vote", and one count, since
 * each constituency's declared vote is its seat's result. The Mayor's page ({@link NightPage}) lends its start, its moves
 * and its end; the sections are the Assembly's ({@link NightAssemblySection}, {@link NightAssemblyMap}).
 */
final class ListNightPage {
    private ListNightPage() {}

    /** The page: {@code charts} are how the list vote moved ({@link NightCharts}), {@code seats} the seats chart. */
    static String render(NightInput in, List<ChartSpec> charts, ChartSpec seats, Palette palette) {
        LiveForecast f = in.projection();
        AssemblyForecast a = f.assembly().forecast();
        LeadVote vote = in.leadVote();
        StringBuilder h = new StringBuilder(64_000);
        NightPage.open(h, in, "seats", "seats");
        h.append("<header>\n<h1 id=\"headline\">")
                .append(text(headline(in)))
                .append("</h1>\n<p class=\"sub\">")
                .append(text(in.election().name()))
                .append(", election night: ")
                .append(text(progress(in)))
                .append(".</p>\n</header>\n<main>\n<p id=\"summary\">")
                .append(text(summary(in)))
                .append("</p>\n<nav aria-label=\"Sections\"><a href=\"#seats\">Seats</a> · <a href=\"#constituencies\">"
                        + "Constituencies</a> · <a href=\"#projection\">")
                .append(capital(vote.words()))
                .append("</a> · <a href=\"#moves\">How it moved</a> · <a href=\"projection.csv\">Data (CSV)</a></nav>\n"
                        + "<section id=\"seats\" aria-labelledby=\"seats-h\"><h2 id=\"seats-h\">")
                .append(text(in.assemblyTitle()))
                .append(": seats</h2>\n");
        NightAssemblySection.seats(h, in, seats);
        h.append(
                        "</section>\n<section id=\"constituencies\" aria-labelledby=\"constituencies-h\"><h2 id=\"constituencies-h\">"
                                + "The ")
                .append(a.constituencies().size())
                .append(" constituencies</h2>\n");
        NightAssemblyMap.render(h, in, palette);
        h.append("</section>\n<section id=\"projection\" aria-labelledby=\"projection-h\"><h2 id=\"projection-h\">")
                .append(text(in.wide()))
                .append(' ')
                .append(vote.words())
                .append("</h2>\n");
        NightPage.bands(
                h,
                in,
                palette,
                "the " + vote.words(),
                vote == LeadVote.LIST ? " The list seats follow it." : " The seats still to come follow it.",
                "Projected " + vote.words() + " (%), percentiles");
        declaredListVotes(h, in);
        h.append("</section>\n<section id=\"moves\" aria-labelledby=\"moves-h\"><h2 id=\"moves-h\">How the ")
                .append(vote.words())
                .append(" moved with each declaration</h2>\n<p>The same projection of the ")
                .append(vote.words())
                .append(" re-run on the first 1, 2, … constituencies' ")
                .append(vote.plural())
                .append(", in the order they arrived; 0 is the pre-election forecast the night starts from, its spread"
                        + " widened. The seats above are the latest projection's only.</p>\n");
        NightPage.moves(h, in, charts, " " + vote.words());
        h.append("</section>\n<section id=\"notes\" aria-labelledby=\"notes-h\"><h2 id=\"notes-h\">About these numbers"
                        + "</h2>\n<p>Declared figures are fixed; each constituency's declared ")
                .append(vote.plural())
                .append(" move ")
                .append(text(in.election().area()))
                .append("'s projected ")
                .append(vote.words())
                .append(" and, more, that of similar constituencies. An error shared by every constituency still to"
                        + " come stays on top, because results do not arrive in random order. ")
                .append(
                        vote == LeadVote.LIST
                                ? "The seats follow each simulation's list vote, allocated by the election's own rules,"
                                        + " with the declared constituency winners fixed."
                                : "Each constituency declared is won by whoever won it there; each still to come swings"
                                        + " from its last result by each simulation's vote.")
                .append(" Chances are the share of simulations: a 9 in 10 favourite loses 1 time in 10.</p>\n");
        Html.notes(h, f.notes());
        Html.notes(h, a.notes());
        h.append("</section>\n");
        NightPage.close(h, in, true);
        return h.toString();
    }

    /**
     * The one-line answer, as the forecast's page gives it for such an election ({@link HtmlReport#headline}): "Labour
     * is 97.5% likely to win the most seats in the London Assembly (alone or tied)", never 100% until decided.
     */
    static String headline(NightInput in) {
        AssemblyForecast a = in.projection().assembly().forecast();
        if (seatsCounted(in)) {
            return mostSeatsWon(a) + " in the " + in.assemblyTitle();
        }
        return AssemblySection.mostSeats(
                a,
                in.assemblyTitle(),
                NightPage.percent(AssemblySection.largest(a).pLargest(), seatsCounted(in)));
    }

    /**
     * Whether every seat is counted: in a body of constituencies only, once every constituency is declared (there is
     * no list to come). A list-led night's seats stay projected until the list is counted, which the night does not
     * take.
     */
    static boolean seatsCounted(NightInput in) {
        LiveForecast.Assembly night = in.projection().assembly();
        return in.leadVote() == LeadVote.CONSTITUENCY
                && night.declared().size() == night.forecast().constituencies().size();
    }

    /** "Blue Party has won the most seats" (or "Red Party and Blue Party have tied for the most seats"), once counted. */
    private static String mostSeatsWon(AssemblyForecast a) {
        List<String> top =
                mostSeats(a).stream().map(AssemblyForecast.PartySeats::name).toList();
        return top.size() == 1
                ? top.get(0) + " has won the most seats"
                : String.join(" and ", top) + " have tied for the most seats";
    }

    /** The parties with the most seats once every seat is counted (more than one when tied); never Others. */
    static List<AssemblyForecast.PartySeats> mostSeats(AssemblyForecast a) {
        double most = a.parties().stream()
                .filter(p -> !p.id().equals("other"))
                .mapToDouble(AssemblyForecast.PartySeats::seatsMean)
                .max()
                .orElse(0);
        return a.parties().stream()
                .filter(p -> !p.id().equals("other") && p.seatsMean() > most - 0.5)
                .toList();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * How far the count has gone, on both ballots: "the list votes of 1 of 14 constituencies declared (7% of the
     * expected list vote counted); 3 of 14 constituency results declared".
     */
    static String progress(NightInput in) {
        LiveForecast f = in.projection();
        LeadVote vote = in.leadVote();
        // A body of constituencies only has one ballot: a constituency's declared vote is its seat's result, so one
        // count says both (the seats apart only where --declared-assembly gives more).
        StringBuilder s = new StringBuilder(vote == LeadVote.LIST ? "the list votes of " : "")
                .append(f.declared())
                .append(" of ")
                .append(f.constituencies())
                .append(" constituencies declared");
        if (f.partial() > 0) {
            s.append(", ").append(f.partial()).append(" counting");
        }
        s.append(" (")
                .append(num(100 * f.counted(), 0))
                .append("% of the expected ")
                .append(vote.words())
                .append(" counted)");
        int seats = f.assembly().declared().size();
        if (vote == LeadVote.LIST || seats != f.declared()) {
            s.append("; ")
                    .append(seats)
                    .append(" of ")
                    .append(f.assembly().forecast().constituencies().size())
                    .append(vote == LeadVote.LIST ? " constituency results declared" : " seats declared");
        }
        return s.toString();
    }

    /**
     * The night so far in plain sentences: who is likeliest to win the most seats, how many, each bloc's chance; who
     * leads the list vote and by how much; and how much of each ballot is in.
     */
    static String summary(NightInput in) {
        LiveForecast f = in.projection();
        LiveForecast.Assembly night = f.assembly();
        AssemblyForecast a = night.forecast();
        StringBuilder s = new StringBuilder();
        if (f.declared() + f.partial() == 0 && night.declared().isEmpty()) {
            s.append("No constituency has declared yet: this is ")
                    .append(NightCharts.PRIOR)
                    .append(". ");
        }
        List<AssemblyForecast.PartySeats> byLargest = a.parties().stream()
                .sorted(Comparator.comparingDouble(AssemblyForecast.PartySeats::pLargest)
                        .reversed())
                .toList();
        AssemblyForecast.PartySeats top = byLargest.get(0);
        boolean counted = seatsCounted(in);
        if (counted) {
            // Every seat of a body of constituencies only declared: counted, not projected, and nothing is "likely".
            s.append(mostSeatsWon(a))
                    .append(", ")
                    .append(num(top.seatsMean(), 0))
                    .append(' ')
                    .append(AssemblyHouse.ofTheSeats(a));
        } else {
            s.append(top.name())
                    .append(" is projected to win the most seats")
                    .append(AssemblySection.tiesShare(a) > 0.005 ? " (alone or tied)" : "");
            NightAssemblySection.chanceAndSeats(s, top, a);
        }
        if (!counted && byLargest.size() > 1 && byLargest.get(1).pLargest() >= 0.005) {
            AssemblyForecast.PartySeats next = byLargest.get(1);
            s.append("; ")
                    .append(next.name())
                    .append(" has ")
                    .append(LiveForecast.chance(next.pLargest(), false))
                    .append(" (")
                    .append(NightPage.percent(next.pLargest(), false))
                    .append(')');
        }
        s.append(". ");
        for (AssemblyForecast.BlocForecast b : a.blocs()) {
            // A sentence each: the labels are the definition's own words, capitals and all.
            s.append(b.label())
                    .append(": ")
                    .append(NightPage.percent(b.p(), counted))
                    .append(" (")
                    .append(LiveForecast.chance(b.p(), counted))
                    .append("). ");
        }
        LeadVote vote = in.leadVote();
        LiveForecast.Candidate lead = in.leader();
        s.append("On the ").append(vote.words()).append(", ").append(lead.name());
        if (f.firstRoundCounted()) {
            // Counted, not projected: a range from 40.0% to 40.0% says nothing.
            s.append(" has ")
                    .append(num(lead.firstPref().p50(), 1))
                    .append("% ")
                    .append(in.wide());
        } else {
            s.append(" is most likely at ")
                    .append(num(lead.firstPref().p50(), 1))
                    .append("% ")
                    .append(in.wide())
                    .append(", 9 times in 10 between ")
                    .append(num(lead.firstPref().p05(), 1))
                    .append("% and ")
                    .append(num(lead.firstPref().p95(), 1))
                    .append('%');
        }
        s.append(", with ")
                .append(Html.withArticle(NightPage.percent(lead.pWin(), f.decided())))
                .append(" chance of ")
                .append(in.most())
                .append(". So far ")
                .append(f.declared())
                .append(" of ")
                .append(f.constituencies())
                .append(
                        f.declared() == 1
                                ? " constituencies has declared its "
                                : " constituencies have declared their ")
                .append(vote.plural())
                .append(" (")
                .append(num(100 * f.counted(), 0))
                .append("% of the expected ")
                .append(vote.words());
        if (f.partial() > 0) {
            s.append(", ").append(f.partial()).append(" more counting");
        }
        s.append(')');
        if (vote == LeadVote.LIST || night.declared().size() != f.declared()) {
            // A body of constituencies only says its seats apart only when a seat file gives more than the votes do.
            s.append(", and ")
                    .append(night.declared().size())
                    .append(" of ")
                    .append(a.constituencies().size())
                    .append(vote == LeadVote.LIST ? " their constituency results" : " their seats");
        }
        if (!night.declared().isEmpty()) {
            List<String> won = new ArrayList<>();
            in.assemblyDeclared().forEach((party, n) -> won.add(NightAssemblySection.name(a, party) + " " + n));
            s.append(", won by ").append(String.join(", ", won));
        }
        return s.append('.').toString();
    }

    /**
     * The list votes declared so far, constituency by constituency: where they came from and what they said, as
     * declared (a news report may name only the leading parties). The constituencies still to come are counted, not
     * listed: their projected list votes are in the data files.
     */
    private static void declaredListVotes(StringBuilder h, NightInput in) {
        LiveForecast f = in.projection();
        List<List<String>> rows = new ArrayList<>();
        for (LiveForecast.Seat s : f.constituencyStatus()) {
            Declaration d = NightMap.declaration(in, s.constituency());
            if (d == null) {
                continue;
            }
            List<String> votes = new ArrayList<>();
            d.votes().entrySet().stream()
                    .filter(e -> !e.getKey().equals("other"))
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .limit(3)
                    .forEach(e -> votes.add("<span class=\"party\">"
                            + text(NightInput.of(f, e.getKey()).name())
                            + String.format(Locale.ROOT, " %,d", e.getValue()) + "</span>"));
            rows.add(List.of(
                    text(s.constituency()),
                    d.complete() ? "Declared" : "Counting (" + num(100 * d.counted(), 0) + "% counted)",
                    votes.isEmpty() ? "–" : String.join(", ", votes)));
        }
        if (rows.isEmpty()) {
            h.append("<p>No constituency has declared its ")
                    .append(in.leadVote().plural())
                    .append(" yet.</p>\n");
            return;
        }
        Html.table(
                h,
                in.leadVote() == LeadVote.LIST ? "night-list-table" : "night-vote-table",
                capital(in.leadVote().plural()) + " declared so far, by constituency",
                List.of("Constituency", "Status", capital(in.leadVote().plural()) + " (the three most)"),
                rows);
        int toCome = f.constituencies() - rows.size();
        h.append("<p class=\"note\">")
                .append(toCome)
                .append(toCome == 1 ? " constituency" : " constituencies")
                .append(" still to come. A declaration that names only the leading parties is read as their shares of"
                        + " an estimated total.</p>\n");
    }
}
