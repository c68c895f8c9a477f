package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pollcast.election.BaselinePartyShares;
import org.pollcast.election.Candidate;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;

class HeadToHeadBaselineTest {
    private static SingleWinnerContest race(String... ids) {
        return new SingleWinnerContest(
                "mayor",
                VotingSystem.FPTP,
                java.util.Arrays.stream(ids)
                        .map(id -> new Candidate(id, id, "np"))
                        .toList(),
                List.of(),
                Set.of(Scope.FIRST_PREF));
    }

    /**
     * A nonpartisan race's baseline carries no share to this election's candidates (they share no party, and the
     * earlier race had others), so it says nothing of what the others win: Forum's Toronto 2018 poll (Tory 56,
     * Keesmaat 29, others 15, everyone placed) is the race, as it is with no baseline. The baseline's "others won 100"
     * left it out (review).
     */
    @Test
    void aBaselineThatCarriesNothingToTheTwoDoesNotOverruleTheOthersColumn() {
        SingleWinnerContest earlier = race("tory", "chow", "ford");
        BaselinePartyShares shares = BaselinePartyShares.of(earlier, Map.of("tory", 40.3, "chow", 23.2, "ford", 33.7));
        SingleWinnerContest now = race("tory2", "keesmaat", "goldy");
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("tory2", 56.0);
        figures.put("keesmaat", 29.0);
        figures.put("other", 15.0);

        HeadToHead.Verdict verdict = HeadToHead.judge(
                "toronto-2018",
                now,
                figures,
                null,
                () -> Optional.of(new BaselineShares.Baseline("toronto-2014", shares)),
                false);

        assertThat(verdict).isInstanceOf(HeadToHead.Verdict.Read.class);
    }

    /**
     * A point of rounding slack is for others who won enough to round: where they won 1.2, a match-up of the two that
     * leaves them nothing (50 and 50) is still a head-to-head, not the race (review: the slack read it as the race).
     */
    @Test
    void noSlackWhereTheOthersWonTooLittleToRound() {
        SingleWinnerContest earlier = new SingleWinnerContest(
                "mayor",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("a0", "a0", "pa"),
                        new Candidate("b0", "b0", "pb"),
                        new Candidate("c0", "c0", "pc")),
                List.of(),
                Set.of(Scope.FIRST_PREF));
        BaselinePartyShares shares = BaselinePartyShares.of(earlier, Map.of("a0", 50.0, "b0", 48.8, "c0", 1.2));
        SingleWinnerContest now = new SingleWinnerContest(
                "mayor",
                VotingSystem.FPTP,
                List.of(new Candidate("a", "a", "pa"), new Candidate("b", "b", "pb"), new Candidate("c", "c", "pc")),
                List.of(),
                Set.of(Scope.FIRST_PREF));
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("a", 50.0);
        figures.put("b", 50.0);

        HeadToHead.Verdict verdict = HeadToHead.judge(
                "x-2024", now, figures, null, () -> Optional.of(new BaselineShares.Baseline("x-2020", shares)), false);

        assertThat(verdict).isInstanceOf(HeadToHead.Verdict.LeaveOut.class);
    }

    /**
     * A nominee replaced by another (Biden by Harris, 21 July 2024, listed as withdrawn) was polled as the party's
     * candidate: a Biden v Trump poll leaves the others what everyone but the Democrats and Republicans won at the
     * baseline (2020: 1.8), not everyone but the Republicans (53.2, Biden's own party's vote among "the others"). So
     * Quinnipiac's 19-21 July registered voters, Biden 45, Trump 48, is read as the race it was then (stored as a poll
     * naming the withdrawn nominee, whom the average leaves out), and HarrisX's Biden 47, Trump 53 (leaners pushed, no
     * room) is still a match-up, measured against 1.8. US popular-vote results of 2020 (FEC).
     */
    @Test
    void aWithdrawnNomineesPartyIsNoneOfTheOthers() {
        SingleWinnerContest earlier = new SingleWinnerContest(
                "popular",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("biden", "Joe Biden", "dem"),
                        new Candidate("trump", "Donald Trump", "rep"),
                        new Candidate("jorgensen", "Jo Jorgensen", "lib")),
                List.of(),
                Set.of(Scope.FIRST_PREF));
        BaselinePartyShares shares =
                BaselinePartyShares.of(earlier, Map.of("biden", 51.31, "trump", 46.85, "jorgensen", 1.18));
        SingleWinnerContest now = new SingleWinnerContest(
                "popular",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("harris", "Kamala Harris", "dem"),
                        new Candidate("trump", "Donald Trump", "rep"),
                        new Candidate("kennedy", "Robert F. Kennedy Jr.", "ind-kennedy")),
                List.of(new org.pollcast.election.WithdrawnCandidate("biden", "Joe Biden", "dem", "replaced")),
                Set.of(Scope.FIRST_PREF));
        Map<String, Double> quinnipiac = new LinkedHashMap<>();
        quinnipiac.put("biden", 45.0);
        quinnipiac.put("trump", 48.0);
        Map<String, Double> harrisX = new LinkedHashMap<>();
        harrisX.put("biden", 47.0);
        harrisX.put("trump", 53.0);
        java.util.function.Supplier<Optional<BaselineShares.Baseline>> baseline =
                () -> Optional.of(new BaselineShares.Baseline("us-2020", shares));

        assertThat(HeadToHead.judge("us-2024", now, quinnipiac, null, baseline, false))
                .isInstanceOf(HeadToHead.Verdict.Read.class);
        assertThat(HeadToHead.judge("us-2024", now, harrisX, null, baseline, false))
                .isInstanceOfSatisfying(
                        HeadToHead.Verdict.LeaveOut.class,
                        v -> assertThat(v.why()).contains("it leaves 0 to the others, who won 1.8 at us-2020"));
    }

    /**
     * With no baseline, a poll placing everyone with the others on 2 is the race's in a polarised field (Istanbul's
     * March 2019), but a match-up where the same source has polled a third contender on 5 or more (New York's Lander):
     * review, Emerson's Cuomo 52, Mamdani 46, other 2 had been read as a four-way primary's first preferences.
     */
    @Test
    void aPolarisedFieldsPollIsTheRaceUnlessTheSourcePolledAThirdContender() {
        SingleWinnerContest primary = race("cuomo", "mamdani", "lander", "adams");
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("cuomo", 52.0);
        figures.put("mamdani", 46.0);
        figures.put("other", 2.0);

        assertThat(HeadToHead.judge("nyc-2025", primary, figures, null, Optional::empty, false))
                .isInstanceOf(HeadToHead.Verdict.Read.class);
        assertThat(HeadToHead.judge("nyc-2025", primary, figures, null, Optional::empty, true))
                .isInstanceOf(HeadToHead.Verdict.LeaveOut.class);
        assertThat(HeadToHead.namesAThirdWhoPolls(
                        Map.of("cuomo", 35.0, "mamdani", 30.0, "lander", 10.0, "other", 25.0)))
                .isTrue();
        assertThat(HeadToHead.namesAThirdWhoPolls(Map.of("a", 50.9, "b", 46.6, "c", 0.5, "other", 2.0)))
                .isFalse();
    }

    /**
     * A joint list new since the baseline won nothing there under its name: the others' share counts its parties' own
     * lists, and the message says so. Hungary 2018's list vote (Fidesz–KDNP 49.27, Jobbik 19.06, MSZP–P 11.91, LMP
     * 7.06, DK 5.37, Momentum 3.06, MKKP 1.73, Együtt 0.66) under 2022's United for Hungary (the joint list of DK,
     * Jobbik, MSZP, Momentum, LMP and Párbeszéd) beside Mi Hazánk: the others "won 50.7 at hu-2018", with nothing to
     * say that most of it was the joint list's parties.
     */
    @Test
    void aListNewSinceTheBaselineIsNamedInTheMessage() {
        SingleWinnerContest earlier = new SingleWinnerContest(
                "popular",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("fidesz", "Fidesz–KDNP", "fidesz"),
                        new Candidate("jobbik", "Jobbik", "jobbik"),
                        new Candidate("mszp-p", "MSZP–Párbeszéd", "mszp-p"),
                        new Candidate("lmp", "LMP", "lmp"),
                        new Candidate("dk", "DK", "dk"),
                        new Candidate("momentum", "Momentum", "momentum"),
                        new Candidate("mkkp", "MKKP", "mkkp"),
                        new Candidate("egyutt", "Együtt", "egyutt")),
                List.of(),
                Set.of(Scope.FIRST_PREF));
        BaselinePartyShares shares = BaselinePartyShares.of(
                earlier,
                Map.of(
                        "fidesz",
                        49.27,
                        "jobbik",
                        19.06,
                        "mszp-p",
                        11.91,
                        "lmp",
                        7.06,
                        "dk",
                        5.37,
                        "momentum",
                        3.06,
                        "mkkp",
                        1.73,
                        "egyutt",
                        0.66));
        SingleWinnerContest now = new SingleWinnerContest(
                "popular",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("fidesz", "Fidesz–KDNP", "fidesz"),
                        new Candidate("em", "United for Hungary", "em"),
                        new Candidate("mh", "Mi Hazánk", "mh"),
                        new Candidate("mkkp", "MKKP", "mkkp")),
                List.of(),
                Set.of(Scope.FIRST_PREF));
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("fidesz", 50.0); // Závecz Research, 21–27 March 2022, decided voters
        figures.put("em", 46.0);

        HeadToHead.Verdict verdict = HeadToHead.judge(
                "hu-2022",
                now,
                figures,
                null,
                () -> Optional.of(new BaselineShares.Baseline("hu-2018", shares)),
                false);

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        HeadToHead.Verdict.LeaveOut.class,
                        out -> assertThat(out.why())
                                .contains(
                                        "it leaves 4 to the others, who won 50.7 at hu-2018 (United for Hungary did not stand"
                                                + " at hu-2018 under that name: parties it joins or succeeds are counted among those"
                                                + " others)"));
    }

    /** Two nominees of a two-party race with minor candidates beside them: New Jersey's governor race of 2021. */
    private static SingleWinnerContest newJersey() {
        return new SingleWinnerContest(
                "governor",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("murphy", "Phil Murphy", "dem"),
                        new Candidate("ciattarelli", "Jack Ciattarelli", "rep"),
                        new Candidate("hoffman", "Madelyn Hoffman", "green")),
                List.of(),
                Set.of(Scope.FIRST_PREF));
    }

    /**
     * With no baseline, a poll that prints the others beside its undecided, placing everyone, is the race's in a
     * polarised field: Research Co.'s New Jersey poll of 2021 (Murphy 50, Ciattarelli 44, other 1, undecided 5), as the
     * encyclopedia prints it. It was left out as a match-up, and with it the page's only whole row (a blind trial).
     */
    @Test
    void withNoBaselineOthersBesideTheUndecidedPlaceEveryoneInAPolarisedField() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("murphy", 50.0);
        figures.put("ciattarelli", 44.0);
        figures.put("other", 1.0);

        assertThat(HeadToHead.judge("nj-2021", newJersey(), figures, 5.0, Optional::empty, false))
                .isInstanceOf(HeadToHead.Verdict.Read.class);
        // Where a third contender polled before, "someone else" beside the undecided is still a match-up's.
        assertThat(HeadToHead.judge("nj-2021", newJersey(), figures, 5.0, Optional::empty, true))
                .isInstanceOf(HeadToHead.Verdict.LeaveOut.class);
    }

    /**
     * Where the others won a little over two points at the baseline (New Jersey's minor candidates, 2.1 in 2017), a
     * poll of the two nominees and its undecided, rounded to 101, is the race: Emerson's Murphy 50, Ciattarelli 44,
     * undecided 7. Only others under 2 points were read so, and it was left out as a match-up (a blind trial). A
     * match-up leaving nothing with no undecided (the same survey's leaners pushed, 52 and 48) still is one.
     */
    @Test
    void theUndecidedLeaveRoomForMinorCandidatesWhoWonUnderFive() {
        SingleWinnerContest earlier = new SingleWinnerContest(
                "governor",
                VotingSystem.FPTP,
                List.of(
                        new Candidate("murphy0", "Phil Murphy", "dem"),
                        new Candidate("guadagno", "Kim Guadagno", "rep")),
                List.of(),
                Set.of(Scope.FIRST_PREF));
        BaselinePartyShares shares = BaselinePartyShares.of(earlier, Map.of("murphy0", 56.03, "guadagno", 41.89));
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("murphy", 50.0);
        figures.put("ciattarelli", 44.0);

        assertThat(HeadToHead.judge(
                        "nj-2021",
                        newJersey(),
                        figures,
                        7.0,
                        () -> Optional.of(new BaselineShares.Baseline("nj-2017", shares)),
                        false))
                .isInstanceOf(HeadToHead.Verdict.Read.class);
        Map<String, Double> leaners = new LinkedHashMap<>();
        leaners.put("murphy", 52.0);
        leaners.put("ciattarelli", 48.0);
        assertThat(HeadToHead.judge(
                        "nj-2021",
                        newJersey(),
                        leaners,
                        null,
                        () -> Optional.of(new BaselineShares.Baseline("nj-2017", shares)),
                        false))
                .isInstanceOf(HeadToHead.Verdict.LeaveOut.class);
    }

    /**
     * A match-up left out where the election has no baseline says how to let the others be measured: New Jersey's
     * 2021 table lost every row (Rutgers-Eagleton's Murphy 50, Ciattarelli 42 while Hoffman stood), and the message
     * offered only a scope column a published page cannot have (a blind trial).
     */
    @Test
    void aMatchUpLeftOutWithNoBaselineSaysToGiveOne() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("murphy", 50.0);
        figures.put("ciattarelli", 42.0);

        HeadToHead.Verdict verdict = HeadToHead.judge("nj-2021", newJersey(), figures, null, Optional::empty, false);

        assertThat(verdict).isInstanceOf(HeadToHead.Verdict.LeaveOut.class);
        assertThat(((HeadToHead.Verdict.LeaveOut) verdict).why())
                .endsWith("; with no baseline nothing says what the others win: give nj-2021's definition a baseline"
                        + " election whose result does");
    }
}
