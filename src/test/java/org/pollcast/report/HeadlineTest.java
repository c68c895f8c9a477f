package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.CandidateForecast;

/**
 * The page's one-line answer: the candidate likeliest to win, or, for an election led by its list vote, the party
 * likeliest to win the most seats; the leading two where their chances are close, which is no call.
 */
class HeadlineTest {
    private static AssemblyForecast.PartySeats party(String id, String name, double pLargest) {
        return new AssemblyForecast.PartySeats(id, name, 30, 25, 35, 0, 30, new double[0], pLargest, 1, null, 1);
    }

    private static AssemblyForecast forecast(double pTie, AssemblyForecast.PartySeats... parties) {
        return new AssemblyForecast(
                "senedd", 96, List.of(parties), List.of(), List.of(), List.of(), List.of(), pTie, null);
    }

    @Test
    void aClearLeaderIsNamedAlone() {
        AssemblyForecast a = forecast(0, party("lab", "Labour", 0.975), party("con", "Conservative", 0.025));
        assertThat(AssemblySection.mostSeats(a, "London Assembly", Html::pct))
                .isEqualTo("Labour is 97.5% likely to win the most seats in the London Assembly");
    }

    @Test
    void twoPartiesCloseInChanceAreBothNamed() {
        AssemblyForecast a = forecast(
                0.06,
                party("plaid", "Plaid Cymru", 0.52),
                party("reform", "Reform UK", 0.47),
                party("lab", "Labour", 0.07));
        assertThat(AssemblySection.mostSeats(a, "Senedd", Html::pct))
                .isEqualTo(
                        "Close between Plaid Cymru and Reform UK: 52.0% and 47.0% likely to win the most seats in the"
                                + " Senedd (alone or tied)");
    }

    /** A favourite a few points of chance ahead is no favourite: the headline names both leaders then. */
    @Test
    void aCloseRaceHeadlineNamesBothLeaders() {
        CandidateForecast godwin = new CandidateForecast("godwin", "Helen Godwin", "lab", 0.401, 0, 0, 0, null, null);
        CandidateForecast page = new CandidateForecast("page", "Mary Page", "grn", 0.371, 0, 0, 0, null, null);
        assertThat(HtmlReport.chances(godwin, page, "be elected Mayor"))
                .isEqualTo("Close between Helen Godwin and Mary Page: 40.1% and 37.1% likely to be elected Mayor");
        CandidateForecast far = new CandidateForecast("page", "Mary Page", "grn", 0.30, 0, 0, 0, null, null);
        assertThat(HtmlReport.chances(godwin, far, "be elected Mayor"))
                .isEqualTo("Helen Godwin is 40.1% likely to be elected Mayor");
        assertThat(HtmlReport.chances(godwin, null, "be elected Mayor"))
                .isEqualTo("Helen Godwin is 40.1% likely to be elected Mayor");
    }

    /**
     * A three-way race names all three: Finland 2023's page said "Close between the National Coalition and the Social
     * Democrats" and left out the Finns Party's 26.1% (it came second, 0.7 points behind the winner). A distant third
     * stays out.
     */
    @Test
    void aCloseRaceNamesEveryContenderNotJustTheFirstTwo() {
        AssemblyForecast three = forecast(
                0.01,
                party("kok", "National Coalition", 0.386),
                party("sdp", "Social Democrats", 0.349),
                party("ps", "Finns Party", 0.261),
                party("kesk", "Centre", 0.004));
        assertThat(AssemblySection.mostSeats(three, "Eduskunta", Html::pct))
                .isEqualTo("Close between National Coalition, Social Democrats and Finns Party: 38.6%, 34.9% and 26.1%"
                        + " likely to win the most seats in the Eduskunta (alone or tied)");
        AssemblyForecast two = forecast(
                0,
                party("kok", "National Coalition", 0.50),
                party("sdp", "Social Democrats", 0.45),
                party("ps", "Finns" + " Party", 0.05));
        assertThat(AssemblySection.mostSeats(two, "Eduskunta", Html::pct))
                .isEqualTo("Close between National Coalition and Social Democrats: 50.0% and 45.0% likely to win the"
                        + " most seats in the Eduskunta");
    }

    /**
     * A largest party whose majority is in doubt says its chance of one: South Africa 2024's page led "ANC is 99.2% likely
     * to win the most seats", and the question every reader asked sat in a table below. A sure majority, or none, adds
     * nothing.
     */
    @Test
    void aLargestPartyWhoseMajorityIsInDoubtSaysItsChance() {
        double[] near = new double[97];
        near[48] = 0.6;
        near[49] = 0.4; // a majority of 96 is 49
        AssemblyForecast doubt = forecast(
                0,
                new AssemblyForecast.PartySeats("anc", "ANC", 48, 45, 52, 0, 48, near, 0.99, 1, null, 1),
                party("da", "DA", 0.01));
        assertThat(HtmlReport.majorityInDoubt(doubt))
                .isEqualTo("; its chance of a majority alone (49 of the 96 seats) is 40.0%");
        double[] sure = new double[97];
        sure[60] = 1;
        AssemblyForecast certain = forecast(
                0,
                new AssemblyForecast.PartySeats("anc", "ANC", 60, 60, 60, 0, 60, sure, 1, 1, null, 1),
                party("da", "DA", 0));
        assertThat(HtmlReport.majorityInDoubt(certain)).isEmpty();
    }

    @Test
    void aCloseRacesLikelierCandidateIsNoFavouriteInTheSummary() {
        assertThat(Html.loses(0.401, "chance")).isEqualTo("a 4 in 10 chance loses 6 times in 10");
        assertThat(Html.favouriteLoses(0.7)).isEqualTo("a 7 in 10 favourite loses 3 times in 10");
    }
}
