package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Election night of an instant-runoff race: Alaska's August 2022 special election (src/test/resources/irvnight). With
 * the whole first round declared (Peltola 39.7%, Palin 30.9%, Begich 27.8%), the night counted the race as first past
 * the post: Peltola certain to win, no final round, where the forecast gave her 54%. It now counts the later rounds
 * from second preferences drawn as the forecast draws them; Begich's voters, a fellow Republican's, lean to Palin.
 * The count's final round was Peltola 51.48%.
 */
class IrvNightTest {
    private static final Path KIT = Path.of("src/test/resources/irvnight");

    @TempDir
    Path tmp;

    @Test
    void theFirstRoundInFullLeavesTheFinalRoundToCount() throws IOException {
        Path data = DataCopy.into(tmp);
        Files.copy(KIT.resolve("alaska-2022.yaml"), data.resolve("elections/alaska-2022.yaml"));
        Path db = tmp.resolve("store.db");
        CliRun in = CliRun.in(
                db,
                "ingest",
                KIT.resolve("alaska-2022-polls.csv").toString(),
                "--election",
                "alaska-2022",
                "--data",
                data.toString());
        assertThat(in.status()).as(in.err()).isZero();
        CliRun night = CliRun.in(
                db,
                "live",
                "alaska-2022",
                "--declared",
                KIT.resolve("first-round.csv").toString(),
                "--sims",
                "4000",
                "--format",
                "json",
                "--data",
                data.toString());
        assertThat(night.status()).as(night.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(night.out());
        double peltola = 0;
        for (JsonNode c : json.get("candidates")) {
            if (c.get("id").asText().equals("peltola")) {
                peltola = c.get("pWin").asDouble();
            }
        }
        assertThat(peltola).isBetween(0.5, 0.99);
        JsonNode pair = json.get("runoffPairs").get(0);
        assertThat(pair.toString()).contains("peltola").contains("palin");
        assertThat(pair.get("p").asDouble()).isCloseTo(1.0, within(0.01));
    }

    /**
     * The encyclopedia heads an instant-runoff poll's rounds "Round 1" and "Round 3": read as no round, the file was
     * refused for naming Peltola twice. The same poll as the kit's, its groups headed so.
     */
    @Test
    void roundNumberedGroupsAreTheFirstAndFinalRounds() throws IOException {
        Path data = DataCopy.into(tmp);
        Files.copy(KIT.resolve("alaska-2022.yaml"), data.resolve("elections/alaska-2022.yaml"));
        Path rounds = tmp.resolve("rounds.csv");
        Files.writeString(
                rounds,
                Files.readString(KIT.resolve("alaska-2022-polls.csv"))
                        .replace("First choice", "Round 1")
                        .replace("Final round", "Round 3"));
        CliRun in = CliRun.in(
                tmp.resolve("rounds.db"),
                "ingest",
                rounds.toString(),
                "--election",
                "alaska-2022",
                "--data",
                data.toString());
        assertThat(in.status()).as(in.err()).isZero();
        assertThat(in.out()).contains("2 polls, 2 added").contains("first preferences 1, run-off 1");
    }

    /**
     * The count's rounds as published: round 2 (75,799 + 58,973 + 53,810) is above the named candidates' round 1, as
     * the 2,974 write-ins transferred when they were eliminated. That was called "NOT consistent" (ballots only
     * leave a count); round 1's total is every valid vote, write-ins included.
     */
    @Test
    void writeInsThatTransferLeaveTheRoundsConsistent() throws IOException {
        Path data = DataCopy.into(tmp);
        Files.copy(KIT.resolve("alaska-2022.yaml"), data.resolve("elections/alaska-2022.yaml"));
        Files.copy(KIT.resolve("alaska_mayor_results.csv"), data.resolve("results/alaska_mayor_results.csv"));
        CliRun count = CliRun.in(tmp.resolve("count.db"), "count", "alaska-2022", "--data", data.toString());
        assertThat(count.status()).as(count.err()).isZero();
        assertThat(count.out())
                .contains("as published: consistent with round 1")
                .doesNotContain("NOT consistent");
    }
}
