package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.aggregate.AggregateFixtures.average;
import static org.pollcast.aggregate.AggregateFixtures.partialPoll;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.poll.Poll;

/**
 * A partial poll begun after a withdrawal does not by itself make every poll before it one of another race. South
 * Korea 2022: Ahn Cheol-soo withdrew on 3 March; Realmeter's 28 February – 1 March poll (Lee 43.1, Yoon 46.3, Ahn 6.7,
 * Sim 1.9: https://en.yna.co.kr/view/AEN20220302003151315) was the last published before the blackout, and Gallup
 * Korea's 7–8 March survey, published on polling day, printed Lee 40 and Yoon 46 only
 * (https://www.tellerreport.com/news/2022-03-09-all-surveys-conducted-during-the-period-when-public-opinion-polls-were-banned.rJMpHQtLW9.html).
 * Taken as the race after Ahn left, the Gallup figures alone made polling day's average, Sim in no poll.
 */
class PartialPollAfterWithdrawalTest {
    private static final String DEFINITION = """
            id: kr-2022
            name: South Korean presidential election 2022
            date: 2022-03-09
            office: President
            pollingBlackout: 6
            parties:
              - {id: dpk, name: Democratic}
              - {id: ppp, name: People Power}
              - {id: justice, name: Justice}
              - {id: people, name: People}
            contests:
              mayor:
                system: fptp
                candidates:
                  - {id: lee, name: Lee Jae-myung, party: dpk}
                  - {id: yoon, name: Yoon Suk-yeol, party: ppp}
                  - {id: sim, name: Sim Sang-jung, party: justice}
                withdrawn:
                  - {id: ahn, name: Ahn Cheol-soo, party: people, withdrew: 2022-03-03}
            """;
    private static final Poll REALMETER = poll(
            "kr-2022",
            "Realmeter",
            null,
            LocalDate.of(2022, 3, 1),
            1007,
            Map.of("lee", 43.1, "yoon", 46.3, "ahn", 6.7, "sim", 1.9));
    private static final Poll GALLUP_IN_THE_BLACKOUT =
            partialPoll("kr-2022", "Gallup Korea", LocalDate.of(2022, 3, 8), Map.of("lee", 40.0, "yoon", 46.0), null);

    @TempDir
    Path root;

    private Election korea() throws IOException {
        Files.createDirectories(root.resolve("elections"));
        Files.writeString(root.resolve("elections/kr-2022.yaml"), DEFINITION, StandardCharsets.UTF_8);
        return new ElectionCatalog(new DataHome(root)).resolve("kr-2022");
    }

    @Test
    void aPartialPollAfterTheWithdrawalIsAveragedWithThePollsBefore() throws IOException {
        PollAverage avg = average(
                korea(),
                List.of(REALMETER, GALLUP_IN_THE_BLACKOUT),
                LocalDate.of(2022, 3, 9),
                AggregateSettings.withDefaults());
        assertThat(avg.share("sim")).isPresent();
        assertThat(avg.notes())
                .anySatisfy(n -> assertThat(n)
                        .contains("Ahn Cheol-soo withdrew on 2022-03-03 (off the ballot): no poll of every candidate"
                                + " standing begun after that day yet (1 naming only some is averaged with the rest),"
                                + " so the 1 poll taken before it is used"));
    }
}
