package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/**
 * A poll counts from the day a reader could see it: its publication, where the source gives an exact one after its
 * fieldwork. London 2021's Redfield & Wilton poll ended fieldwork on 16 April and was published on the 21st; an
 * average "as of" the 18th must not hold it, or a backtest scores a forecast nobody could have made.
 */
class PublishedLaterTest {
    private static Poll poll(LocalDate end, LocalDate published, DatePrecision precision, double khan) {
        return PollBuilder.of("london-2021", "mayor", Scope.FIRST_PREF, "Redfield & Wilton Strategies")
                .ended(end)
                .published(published)
                .precision(precision)
                .sample(1000)
                .shares(Map.of("khan", khan, "bailey", 30.0, "other", 70.0 - khan))
                .build();
    }

    @Test
    void aPollCountsFromItsPublicationWhereThatCameLater() {
        Poll late = poll(LocalDate.of(2021, 4, 16), LocalDate.of(2021, 4, 21), DatePrecision.EXACT, 45);
        assertThat(late.knownFrom()).isEqualTo(LocalDate.of(2021, 4, 21));
        assertThat(late.knownBy(LocalDate.of(2021, 4, 18))).isFalse();
        assertThat(late.knownBy(LocalDate.of(2021, 4, 21))).isTrue();
        assertThat(late.whenKnown()).isEqualTo("dated 2021-04-16, published 2021-04-21");
        // Its date, and so its weight, is still its fieldwork's.
        assertThat(late.date()).isEqualTo(LocalDate.of(2021, 4, 16));
        // A month-only publication (the 15th standing for the month) says nothing about the day it came out.
        Poll month = poll(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 15), DatePrecision.MONTH, 45);
        assertThat(month.knownBy(LocalDate.of(2021, 4, 2))).isTrue();
        Poll onlyPublished = poll(null, LocalDate.of(2021, 4, 21), DatePrecision.EXACT, 45);
        assertThat(onlyPublished.knownFrom()).isEqualTo(LocalDate.of(2021, 4, 21));
    }

    @Test
    void anAverageAsOfADayBeforeAPublicationLeavesThePollOut() {
        Election e = AggregateFixtures.election("london-2021");
        Poll early = poll(LocalDate.of(2021, 4, 10), LocalDate.of(2021, 4, 10), DatePrecision.EXACT, 40);
        Poll late = poll(LocalDate.of(2021, 4, 16), LocalDate.of(2021, 4, 21), DatePrecision.EXACT, 50);
        AggregateSettings s = AggregateSettings.withDefaults();
        PollAverage before = AggregateFixtures.average(e, List.of(early), LocalDate.of(2021, 4, 18), s);
        PollAverage withLate = AggregateFixtures.average(e, List.of(early, late), LocalDate.of(2021, 4, 18), s);
        assertThat(withLate.share("khan").orElseThrow().share())
                .isEqualTo(before.share("khan").orElseThrow().share());
        assertThat(withLate.notes())
                .contains("1 poll taken by 2021-04-18 but published after it is not counted: Redfield & Wilton"
                        + " Strategies (dated 2021-04-16, published 2021-04-21)");
        assertThat(before.notes()).noneMatch(n -> n.contains("published after"));
        PollAverage published = AggregateFixtures.average(e, List.of(early, late), LocalDate.of(2021, 4, 21), s);
        assertThat(published.share("khan").orElseThrow().share()).isGreaterThan(41);
        assertThatThrownBy(() -> AggregateFixtures.average(e, List.of(late), LocalDate.of(2021, 4, 18), s))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("(the first is dated 2021-04-16, published 2021-04-21)");
    }
}
