package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.simulate.ShareInput;

/**
 * A candidate who stopped campaigning with no poll since keeps a fifth of their polled share. Turkey 2023: Muharrem
 * İnce withdrew on 11 May, three days before polling day, inside the ten-day blackout; the average of the week before
 * (Areda Survey 1–3 May, SONAR 27 April–2 May and five more) gave him 4.5%, the forecast a day before kept it (90% 2.1
 * to 8.0), and he won 0.43%. Ireland 2025: Jim Gavin withdrew on 5 October and Ipsos B&A asked the race after it.
 */
class StoppedSupportTest {
    @TempDir
    Path root;

    private SingleWinnerContest contest(String yaml, String id) throws IOException {
        Files.createDirectories(root.resolve("elections"));
        Files.writeString(root.resolve("elections/" + id + ".yaml"), yaml, StandardCharsets.UTF_8);
        Election e = new ElectionCatalog(new DataHome(root)).resolve(id);
        return e.lead().orElseThrow();
    }

    private static Poll poll(String election, String firm, LocalDate start, LocalDate end, Map<String, Double> shares) {
        return PollBuilder.of(election, "president", Scope.FIRST_PREF, firm)
                .fieldwork(start, end)
                .sample(1000)
                .shares(shares)
                .build();
    }

    private static final String TURKEY = """
            id: tr-2023
            name: Turkish presidential election 2023
            date: 2023-05-14
            parties:
              - {id: akp, name: AK Parti}
              - {id: chp, name: Cumhuriyet Halk Partisi}
              - {id: ata, name: ATA Alliance}
              - {id: memleket, name: Memleket Partisi}
            contests:
              president:
                system: two-round
                secondRound: 2023-05-28
                candidates:
                  - {id: erdogan, name: Recep Tayyip Erdoğan, party: akp}
                  - {id: kilicdaroglu, name: Kemal Kılıçdaroğlu, party: chp}
                  - {id: ogan, name: Sinan Oğan, party: ata}
                  - {id: ince, name: Muharrem İnce, party: memleket, withdrew: 2023-05-11}
            """;

    /** The average of 13 May 2023 as the trial's forecast printed it (its 0.0 Others left out). */
    private static ShareInput turkishAverage() {
        return new ShareInput(
                "tr-2023",
                LocalDate.of(2023, 5, 13),
                1,
                List.of("erdogan", "kilicdaroglu", "ogan", "ince"),
                List.of("Recep Tayyip Erdoğan", "Kemal Kılıçdaroğlu", "Sinan Oğan", "Muharrem İnce"),
                Arrays.asList("akp", "chp", "ata", "memleket"),
                new double[] {45.9, 46.1, 3.4, 4.6},
                new double[] {1.09, 0.96, 0.32, 0.36},
                true,
                "average of 7 polls from 7 pollsters as of 2023-05-13");
    }

    @Test
    void withNoPollSinceTheCandidateKeepsAFifthAndTheRestGoesToTheOthersInProportion() throws IOException {
        SingleWinnerContest president = contest(TURKEY, "tr-2023");
        List<Poll> before = List.of(
                poll(
                        "tr-2023",
                        "Areda Survey",
                        LocalDate.of(2023, 5, 1),
                        LocalDate.of(2023, 5, 3),
                        Map.of("erdogan", 50.8, "kilicdaroglu", 41.9, "ogan", 3.6, "ince", 3.7)),
                poll(
                        "tr-2023",
                        "SONAR",
                        LocalDate.of(2023, 4, 27),
                        LocalDate.of(2023, 5, 2),
                        Map.of("erdogan", 48.8, "kilicdaroglu", 44.1, "ogan", 3.5, "ince", 3.6)));
        ShareInput in = turkishAverage();
        ShareInput out = StoppedSupport.apply(president, in, before, LocalDate.of(2023, 5, 13));
        assertThat(out.mean()[3]).isCloseTo(0.92, within(1e-9));
        assertThat(out.se()[3]).isCloseTo(0.072, within(1e-9));
        // his 3.68 points spread over 95.4: Erdoğan 45.9 + 3.68 × 45.9 / 95.4
        assertThat(out.mean()[0]).isCloseTo(45.9 + 3.68 * 45.9 / 95.4, within(1e-9));
        assertThat(Arrays.stream(out.mean()).sum()).isCloseTo(100, within(1e-9));
        assertThat(out.source())
                .contains(
                        "Muharrem İnce stopped campaigning on 2023-05-11 with no poll of the whole race begun since: the forecast keeps"
                                + " 20% of the 4.6% the polls gave them (0.9)");
        // before his withdrawal nothing moves
        assertThat(StoppedSupport.apply(president, in, before, LocalDate.of(2023, 5, 10)))
                .isSameAs(in);
    }

    @Test
    void aPollBegunAfterTheDayLeavesTheAverageAsItIs() throws IOException {
        SingleWinnerContest president = contest("""
                id: ie-2025
                name: Irish presidential election 2025
                date: 2025-10-24
                parties:
                  - {id: fg, name: Fine Gael}
                  - {id: ff, name: Fianna Fáil}
                contests:
                  president:
                    system: instant-runoff
                    candidates:
                      - {id: connolly, name: Catherine Connolly}
                      - {id: humphreys, name: Heather Humphreys, party: fg}
                      - {id: gavin, name: Jim Gavin, party: ff, withdrew: 2025-10-05}
                """, "ie-2025");
        Poll after = poll(
                "ie-2025",
                "Ipsos B&A",
                LocalDate.of(2025, 10, 12),
                LocalDate.of(2025, 10, 14),
                Map.of("connolly", 60.32, "humphreys", 31.75, "gavin", 7.94));
        ShareInput in = new ShareInput(
                "ie-2025",
                LocalDate.of(2025, 10, 17),
                7,
                List.of("connolly", "humphreys", "gavin"),
                List.of("Catherine Connolly", "Heather Humphreys", "Jim Gavin"),
                Arrays.asList(null, "fg", "ff"),
                new double[] {60.32, 31.75, 7.93},
                new double[] {2, 2, 1},
                true,
                "average of 1 poll");
        assertThat(StoppedSupport.apply(president, in, List.of(after), LocalDate.of(2025, 10, 17)))
                .isSameAs(in);
    }
}
