package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.BadInputException;

/**
 * The scenario grammar as a pundit types it: the forms read (any case, a trailing %), the conditions refused before
 * any draw (two winners, a lead of an option over itself), and for each common slip a message that gives the
 * condition meant, in the election's own ids.
 */
class ConditionsTest {
    /** A Mayor in the shape of london-2028's: ids by party but Reform's named candidate, and Others. */
    private static final ShareInput MAYOR = new ShareInput(
            "test",
            LocalDate.of(2030, 4, 20),
            14,
            List.of("lab", "con", "grn", "ref", "other"),
            List.of("Labour candidate", "Conservative candidate", "Green candidate", "Laila Cunningham", "Others"),
            Arrays.asList("lab", "con", "grn", "ref", null),
            new double[] {31, 22, 13, 19, 15},
            new double[] {2, 2, 2, 2, 2},
            true,
            "test");

    /** Parties lab, con, grn, ld, ref, other: ld has no candidate for Mayor here. */
    private static final AssemblyInput ASSEMBLY = AssemblySimulationTest.assembly(
            new double[] {40, 32, 11, 10, 4.5, 2.5}, new double[] {36, 30, 12, 9, 5.2, 7.8}, 2);

    private static Conditions parse(String... texts) {
        return Conditions.parse(List.of(texts), MAYOR, ASSEMBLY);
    }

    private static String refusal(String... texts) {
        try {
            parse(texts);
        } catch (BadInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + String.join(" ", texts));
    }

    @Test
    void readsEveryFormInAnyCaseWithOrWithoutAPercentSign() {
        assertThat(parse("Ref.Wins", "LAB.loses", "GRN.Seats>=3", "grn>=15%", "lab - ref < -2.5%", "Lab-Con<5")
                        .text())
                .containsExactly("ref wins", "lab loses", "grn.seats>=3", "grn>=15", "lab-ref<-2.5", "lab-con<5");
        // One winner and another loser hold together (the loser is implied): only its text repeats it.
        assertThat(parse("ref.wins", "lab.loses").text()).containsExactly("ref wins", "lab loses");
    }

    /**
     * An independent's party is named for them ({@code ind-driscoll}, North East 2024): "ind" means that independent when
     * only one option's party starts so, and the party id itself still reads as a share, not as a lead of ind over
     * driscoll.
     */
    @Test
    void indNamesTheOneIndependent() {
        ShareInput northEast = new ShareInput(
                "test",
                LocalDate.of(2024, 4, 20),
                14,
                List.of("mcguinness", "driscoll", "king", "other"),
                List.of("Kim McGuinness", "Jamie Driscoll", "Aidan King", "Others"),
                Arrays.asList("lab", "ind-driscoll", "ld", null),
                new double[] {35, 33, 11, 21},
                new double[] {2, 2, 2, 2},
                true,
                "test");
        assertThat(Conditions.parse(List.of("lab-ind<5", "ind>30", "ind-driscoll>=30"), northEast, null)
                        .text())
                .containsExactly("mcguinness-driscoll<5", "driscoll>30", "driscoll>=30");
        ShareInput two = new ShareInput(
                "test",
                LocalDate.of(2024, 4, 20),
                14,
                List.of("a", "b", "other"),
                List.of("A", "B", "Others"),
                Arrays.asList("ind-a", "ind-b", null),
                new double[] {40, 40, 20},
                new double[] {2, 2, 2},
                true,
                "test");
        assertThat(Conditions.optionOrParty("ind", two))
                .as("two independents: 'ind' is neither")
                .isEqualTo(-1);
    }

    @Test
    void conditionsThatCannotHoldTogetherAreRefusedBeforeAnyDraw() {
        // More simulations would never meet them, so "try --sims 200000" would be the wrong advice.
        assertThat(refusal("ref.wins", "lab.wins")).contains("'ref.wins' and 'lab.wins' cannot both hold");
        assertThat(refusal("ref.wins", "grn>=5", "ref.loses")).contains("'ref.wins' and 'ref.loses' cannot both hold");
        assertThat(refusal("lab-lab<5")).contains("sets lab against lab");
    }

    @Test
    void aPunditsSlipsGetTheConditionTheyMeant() {
        assertThat(refusal("ref wins")).contains("is not a condition").contains("ref.wins");
        assertThat(refusal("lab won")).contains("lab.wins");
        assertThat(refusal("lab lost")).contains("lab.loses");
        assertThat(refusal("lab>ref")).contains("lab-ref>0 (lab ahead of ref)");
        assertThat(refusal("lab < ref")).contains("lab-ref<0 (lab behind ref)");
        assertThat(refusal("lab-ref")).contains("has no comparison").contains("lab-ref<5");
        assertThat(refusal("grn.seats")).contains("grn.seats>=3");
        assertThat(refusal("grn = 15")).contains("--if \"grn>=14.5\" --if \"grn<15.5\"");
        assertThat(refusal("grn.seats=3")).contains("--if \"grn.seats>=3\" --if \"grn.seats<=3\"");
        assertThat(refusal("grn=>10")).contains("write grn>=10");
        assertThat(refusal("grn.seats>=3%")).contains("seats are counted, not a percentage");
        assertThat(refusal("grn.seats>=26")).contains("26 seats").contains("more than the Assembly's 11");
        // A text that names nothing known gets the forms, with this election's ids, not another's.
        assertThat(refusal("lab+ref>50"))
                .contains("is not a condition")
                .contains("lab>=30")
                .contains("lab-con<5")
                .contains("con.wins")
                .contains("lab.seats>=9")
                .contains("ref (Laila Cunningham)");
        assertThat(refusal(" ")).startsWith("--if: an empty condition");
    }

    /**
     * Conditions no draw can meet are refused, not run until "no simulation met the scenario; try more simulations":
     * a share under 0, seats over the house, a lead beyond 100, bounds on one quantity with nothing between them.
     */
    @Test
    void conditionsNoDrawCanMeetAreRefused() {
        assertThat(refusal("lab<0")).contains("'lab<0' cannot hold (a share runs from 0 to 100)");
        assertThat(refusal("lab>100")).contains("cannot hold");
        assertThat(refusal("lab-con>100")).contains("a lead runs from -100 to 100 points");
        assertThat(refusal("lab>=40", "lab<=30")).contains("'lab>=40' and 'lab<=30' cannot all hold");
        assertThat(refusal("lab>30", "lab<30")).contains("cannot all hold");
        // Bounds that leave room, or are on two quantities, are kept.
        parse("lab>=25", "lab<=30");
        parse("lab>=30", "lab<=30");
        parse("lab>=40", "con<=30");
    }

    @Test
    void aNameThatIsNoIdPointsToTheOneMeant() {
        // A candidate's name where the id is the party's: said with the name, so the id can be found.
        assertThat(refusal("cunningham.wins"))
                .contains("unknown option 'cunningham'")
                .contains("did you mean 'ref' (Laila Cunningham)?");
        assertThat(refusal("laila-cunningham.wins")).contains("did you mean 'ref' (Laila Cunningham)?");
        // Of a lead, the side that is unknown.
        assertThat(refusal("lab-cunningham<5")).contains("unknown option 'cunningham' in 'lab-cunningham<5'");
        assertThat(refusal("greens>=15")).contains("did you mean 'grn'?");
        // A party with no candidate for Mayor, in a mayoral condition: its Assembly ballots.
        assertThat(refusal("ld>=10"))
                .contains("ld has no candidate forecast on their own for Mayor (none stood, or theirs is counted among")
                .contains("ld.list");
        // A candidate in an Assembly condition: their party.
        assertThat(refusal("cunningham.seats>=3"))
                .contains("unknown party 'cunningham'")
                .contains("Laila Cunningham is a candidate for Mayor, and the Assembly is counted by party: ref.seats");
        // Names that fit several candidates ("candidate") suggest none of them.
        assertThat(refusal("candidate.wins"))
                .contains("unknown option 'candidate'")
                .doesNotContain("did you mean");
    }
}
