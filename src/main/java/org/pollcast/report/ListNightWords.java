package org.pollcast.report;

import static org.pollcast.report.Html.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pollcast.election.LeadVote;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.LiveForecast;

/**
 * What {@link ListNightPage} says in words: the headline, how far the count has gone, and the night so far in plain
 * sentences; and whether the seats are counted, which every section of the page asks.
 */
final class ListNightWords {
    private ListNightWords() {}

    /**
     * The one-line answer, as the forecast's page gives it for such an election ({@link HtmlReport#headline}): "Labour
     * is 97.5% likely to win the most seats in the London Assembly (alone or tied)", never 100% until decided.
     */
    static String headline(NightInput in) {
        AssemblyForecast a = in.projection().assembly().forecast();
        if (seatsCounted(in)) {
            return mostSeatsWon(a) + " in the " + in.assemblyTitle();
        }
        // Not every seat counted, so no chance is written as decided.
        return AssemblySection.mostSeats(a, in.assemblyTitle(), p -> NightPage.percent(p, false));
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

    static String capital(String s) {
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
}
