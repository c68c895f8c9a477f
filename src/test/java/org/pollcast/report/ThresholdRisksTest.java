package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.ingest.ElectionLoader;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.ShareDistribution;

/**
 * The summary's sentence on the lists near the threshold. The Israel trial's 2022 forecast a week out gave Labor 64%,
 * Meretz 59%, Ra'am and Hadash–Ta'al 48% each to pass 3.25%, and its summary spoke of Likud, a majority and the bloc
 * only: the threshold that decided the bloc (Meretz and Balad fell under it) was in a table far below.
 */
class ThresholdRisksTest {
    private static AssemblyForecast.PartySeats party(String id, String name, double pOver) {
        ShareDistribution share = new ShareDistribution(5, 3, 4, 5, 6, 7);
        return new AssemblyForecast.PartySeats(id, name, 5, 0, 9, 0, 5, new double[121], 0, pOver, share, pOver);
    }

    private static final Election KNESSET =
            ElectionLoader.load(Path.of("src/test/resources/ingest/elections/il-2022.yaml"));

    @Test
    void theListsNearTheThresholdAreNamedWithTheirChances() {
        AssemblyForecast a = new AssemblyForecast(
                "knesset",
                120,
                List.of(
                        party("likud", "Likud", 1.0),
                        party("utj", "UTJ", 0.96),
                        party("labor", "Labor", 0.643),
                        party("raam", "Ra'am", 0.477),
                        party("meretz", "Meretz", 0.592),
                        party("balad", "Balad", 0.037),
                        party("other", "Others", 0)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0,
                null);
        assertThat(HtmlReport.thresholdRisks(KNESSET, a))
                .isEqualTo(
                        " Near the 3.25% threshold: Labor is 64.3% likely to pass it, Meretz 59.2% and Ra'am 47.7%.");
    }

    @Test
    void noListNearItSaysNothing() {
        AssemblyForecast a = new AssemblyForecast(
                "knesset",
                120,
                List.of(party("likud", "Likud", 1.0), party("balad", "Balad", 0.01)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0,
                null);
        assertThat(HtmlReport.thresholdRisks(KNESSET, a)).isEmpty();
    }
}
