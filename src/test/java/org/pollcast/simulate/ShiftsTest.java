package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What-if moves of the forecast's first preferences: the named move, the rest of the 100 shared in proportion. */
class ShiftsTest {
    private static final List<String> IDS = List.of("lab", "con", "grn", "ind-driscoll", "other");

    private static ShareInput input() {
        return new ShareInput(
                "x-2028",
                LocalDate.of(2028, 4, 1),
                30,
                IDS,
                List.of("Lab", "Con", "Green", "Jamie Driscoll", "Others"),
                List.of("lab", "con", "grn", "ind-driscoll", ""),
                new double[] {40, 30, 15, 10, 5},
                new double[] {2, 2, 1.5, 1.5, 1},
                true,
                "average of 5 polls");
    }

    @Test
    void movesTheNamedOptionAndSharesTheRestInProportion() {
        ShareInput out = Shifts.parse(List.of("lab-6"), input()).apply(input());
        double[] m = out.mean();
        assertThat(m[0]).isCloseTo(34, within(1e-9));
        // 6 points to the other 60, in proportion: con 30 -> 33, grn 15 -> 16.5, ...
        assertThat(m[1]).isCloseTo(33, within(1e-9));
        assertThat(m[2]).isCloseTo(16.5, within(1e-9));
        assertThat(java.util.Arrays.stream(m).sum()).isCloseTo(100, within(1e-9));
        assertThat(out.se()).containsExactly(input().se());
        assertThat(out.source()).startsWith("what if: lab-6.0 points on the forecast's first preferences");
    }

    @Test
    void twoMovesAndAHyphenatedIdByPartyOrId() {
        double[] m = Shifts.parse(List.of("lab - 5", "ind-driscoll+5%"), input())
                .apply(input())
                .mean();
        assertThat(m[0]).isCloseTo(35, within(1e-9));
        assertThat(m[3]).isCloseTo(15, within(1e-9));
        // The moved took nothing net: the others keep their shares.
        assertThat(m[1]).isCloseTo(30, within(1e-9));
        assertThat(Shifts.parse(List.of("grn+1"), input()).text()).containsExactly("grn+1.0");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> Shifts.parse(List.of("reform+5"), input()))
                .hasMessageContaining("--shift: unknown option 'reform' in 'reform+5'; known:");
        assertThatThrownBy(() -> Shifts.parse(List.of("lab5"), input())).hasMessageContaining("is not a move like");
        // 'other' is among the options a condition names, so "unknown" was wrong: it is the rest, and cannot move.
        assertThatThrownBy(() -> Shifts.parse(List.of("other+5"), input()))
                .hasMessageContaining("'other' in 'other+5' cannot be moved: it is what the named options leave");
        assertThatThrownBy(() -> Shifts.parse(List.of("lab+1", "lab-2"), input()))
                .hasMessageContaining("moved twice");
        assertThatThrownBy(
                        () -> Shifts.parse(List.of("lab+40", "con+30"), input()).apply(input()))
                .hasMessageContaining("leaving the others nothing");
    }

    /**
     * A race of two (a second round, Turkey's 2023 Erdoğan v Kılıçdaroğlu) moved both ways at once: the moves net to
     * nothing and no one else is left to take the rest, nor needs to. Before, it was refused as "leaving the others
     * nothing"; moves of both that do not net to nothing are refused saying so.
     */
    @Test
    void bothOfARaceOfTwoMoveWhenTheyNetToNothing() {
        ShareInput two = new ShareInput(
                "tr-2023",
                LocalDate.of(2023, 5, 21),
                7,
                List.of("erdogan", "kilicdaroglu", "other"),
                List.of("Recep Tayyip Erdoğan", "Kemal Kılıçdaroğlu", "Others"),
                List.of("akp", "chp", ""),
                new double[] {49.3, 50.7, 0},
                new double[] {2, 2, 0},
                true,
                "average of 3 polls");
        double[] m = Shifts.parse(List.of("erdogan+2.4", "kilicdaroglu-2.4"), two)
                .apply(two)
                .mean();
        assertThat(m[0]).isCloseTo(51.7, within(1e-9));
        assertThat(m[1]).isCloseTo(48.3, within(1e-9));
        assertThat(m[2]).isZero();
        assertThatThrownBy(() -> Shifts.parse(List.of("erdogan+3", "kilicdaroglu-2"), two)
                        .apply(two))
                .hasMessageContaining("net +1.0 points, with no other option to take the rest of the 100");
    }

    /**
     * A note put first after the moves (a second round's "second round of ...: the first round is counted") comes after
     * the what-if statement, which every output says first and from which a scenario's CSV reads the moves back.
     * Before, the second round's note went first, and a moved second round's forecast read as the forecast.
     */
    @Test
    void aNotePutFirstLaterComesAfterTheMoves() {
        ShareInput moved = Shifts.parse(List.of("lab-6"), input()).apply(input());
        ShareInput noted = moved.withSourceFirst("second round of 2028-05-18: the first round is counted");
        assertThat(noted.source())
                .startsWith("what if: lab-6.0 points on the forecast's first preferences")
                .contains(
                        "not the forecast; second round of 2028-05-18: the first round is counted; average of 5 polls");
        assertThat(Shifts.of(noted)).containsExactly("lab-6.0");
        assertThat(input().withSourceFirst("first").source()).isEqualTo("first; average of 5 polls");
    }
}
