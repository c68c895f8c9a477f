package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.aggregate.AggregateFixtures.election;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;

/**
 * How many firms an average rests on in effect: the forecast's polling error depends on it (pipeline/FirmCount), as a
 * firm's own lean averages out only across firms. Ten polls of one firm are one firm's reading; polls of three firms
 * weighing alike are three; a firm whose last poll is months old weighs almost nothing now.
 */
class EffectiveFirmsTest {
    private static final Election E = election("london-2012");
    private static final LocalDate AS_OF = LocalDate.of(2012, 5, 2);

    private static Poll p(String firm, LocalDate end) {
        return poll("london-2012", firm, "C", end, 1000, Map.of("johnson", 44.0, "livingstone", 40.0));
    }

    private static double firms(List<Poll> polls) {
        return AggregateFixtures.average(E, polls, AS_OF, AggregateSettings.withDefaults())
                .effectiveFirms();
    }

    @Test
    void manyPollsOfOneFirmAreOneFirm() {
        List<Poll> polls = List.of(
                p("YouGov", AS_OF.minusDays(1)),
                p("YouGov", AS_OF.minusDays(3)),
                p("YouGov", AS_OF.minusDays(5)),
                p("YouGov", AS_OF.minusDays(8)));
        assertThat(firms(polls)).isCloseTo(1, within(1e-9));
    }

    @Test
    void firmsWeighingAlikeCountAsTheirNumber() {
        List<Poll> polls = List.of(
                p("YouGov", AS_OF.minusDays(2)), p("ComRes", AS_OF.minusDays(2)), p("Opinium", AS_OF.minusDays(2)));
        assertThat(firms(polls)).isCloseTo(3, within(1e-9));
    }

    @Test
    void aFirmWhoseOnlyPollIsOldWeighsLittle() {
        List<Poll> polls = List.of(p("YouGov", AS_OF.minusDays(1)), p("ComRes", AS_OF.minusDays(60)));
        // 2^(−59/9) of the newer poll's weight: about 1.02 firms
        assertThat(firms(polls)).isBetween(1.0, 1.05);
    }
}
