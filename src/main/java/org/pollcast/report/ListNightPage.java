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
                .append(text(ListNightWords.headline(in)))
                .append("</h1>\n<p class=\"sub\">")
                .append(text(in.election().name()))
                .append(", election night: ")
                .append(text(ListNightWords.progress(in)))
                .append(".</p>\n</header>\n<main>\n<p id=\"summary\">")
                .append(text(ListNightWords.summary(in)))
                .append("</p>\n<nav aria-label=\"Sections\"><a href=\"#seats\">Seats</a> · <a href=\"#constituencies\">"
                        + "Constituencies</a> · <a href=\"#projection\">")
                .append(ListNightWords.capital(vote.words()))
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
                ListNightWords.capital(in.leadVote().plural()) + " declared so far, by constituency",
                List.of(
                        "Constituency",
                        "Status",
                        ListNightWords.capital(in.leadVote().plural()) + " (the three most)"),
                rows);
        int toCome = f.constituencies() - rows.size();
        h.append("<p class=\"note\">")
                .append(toCome)
                .append(toCome == 1 ? " constituency" : " constituencies")
                .append(" still to come. A declaration that names only the leading parties is read as their shares of"
                        + " an estimated total.</p>\n");
    }
}
