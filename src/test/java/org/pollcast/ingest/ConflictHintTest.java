package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollStore;

/**
 * Quinnipiac University's New York City poll of 4–8 September 2025, 967 likely voters, typed from its release as two
 * files: the field with Eric Adams (Mamdani 45, Cuomo 23, Sliwa 15, Adams 12) and the question without him (46, 30,
 * 17; src/test/resources/ingest/README.md, "New York City 2025 general election"). The second file conflicts with the
 * first, as one survey must; before, the message said only "other figures", and a user looked for a typo in figures
 * that were both right.
 */
class ConflictHintTest {
    @TempDir
    Path root;

    private static final String HEADER =
            "election,pollster,fieldwork_start,fieldwork_end,sample_size,Zohran Mamdani,Andrew Cuomo,Curtis Sliwa";

    @Test
    void aConflictOfTwoFieldsSaysTheyAreTwoQuestionsOfOneSurvey() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nyc-2025-general.yaml");
        Path with = root.resolve("with-adams.csv");
        Files.writeString(
                with,
                HEADER + ",Eric Adams\n"
                        + "nyc-2025-general,Quinnipiac University,2025-09-04,2025-09-08,967,45,23,15,12\n");
        Path without = root.resolve("without-adams.csv");
        Files.writeString(
                without, HEADER + "\n" + "nyc-2025-general,Quinnipiac University,2025-09-04,2025-09-08,967,46,30,17\n");
        IngestSettings settings = IngestSettings.withDefaults().withAcceptNewPollsters(true);
        try (PollStore store = PollStore.open(root.resolve("q.db"))) {
            ingester.ingest(with.toString(), store, settings);
            BadInputException e =
                    assertThrows(BadInputException.class, () -> ingester.ingest(without.toString(), store, settings));
            assertThat(String.join("\n", e.details()))
                    .contains("the two name different options (only the stored one names adams): two questions of"
                            + " one survey, such as the field with and without a candidate, are one poll");
        }
    }

    /**
     * Survation's poll for The Courier of 30 April – 4 May 2021 (n 1,008) as two sources print it with no ballot: the
     * encyclopedia's constituency row (SNP 49, Con 21, Lab 21, LD 8, Green 1) and filipvanlaenen.github.io's page of its
     * list vote (SNP 36, Con 21, Lab 19, Green 10, LD 7, Alba 3; src/test/resources/ingest/README.md, "The Scottish
     * Parliament"). Before, the conflict said they were "two questions of one survey, such as the field with and
     * without a candidate", and to keep one: a parliament's two ballots are two polls, and each wants its ballot.
     */
    @Test
    void aConflictOfTwoPollsOfNoStatedBallotSaysToGiveEachItsBallot() throws IOException {
        IngestFixtures.copyData(root);
        IngestFixtures.copyKit(Path.of(IngestFixtures.fixture("scotland")), root);
        DataHome home = new DataHome(root);
        Ingester ingester = new Ingester(
                new ElectionCatalog(home), AliasTable.load(java.util.List.of(home.aliases())), IngestFixtures.CLOCK);
        String header = "election,pollster,client,fieldwork_start,fieldwork_end,sample_size,SNP,Con,Lab,Lib Dem,Green";
        Path constituency = root.resolve("constituency.csv");
        Files.writeString(
                constituency,
                header + "\nscotland-2021,Survation,The Courier,2021-04-30,2021-05-04,1008,49,21,21,8,1\n");
        Path list = root.resolve("list.csv");
        Files.writeString(
                list,
                header + ",Alba\nscotland-2021,Survation,The Courier,2021-04-30,2021-05-04,1008,36,21,19,7,10,3\n");
        IngestSettings settings = IngestSettings.withDefaults();
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(constituency.toString(), store, settings);
            BadInputException e =
                    assertThrows(BadInputException.class, () -> ingester.ingest(list.toString(), store, settings));
            assertThat(String.join("\n", e.details()))
                    .contains("neither source states the ballot, and a survey's constituency and list figures are two"
                            + " polls: give each its ballot")
                    .doesNotContain("the field with and without a candidate");
        }
    }

    /**
     * Factum's poll of 20–24 July 2022 as two aggregators print it (src/test/resources/ingest/README.md): the European
     * Opinion Polls page names Sovereign Power (1.3) and puts Taisnīgums (0.3) in Others; politpro.eu's counts both in
     * its Others (4.3). Every figure both print agrees. The conflict said they were two questions of one survey, such
     * as the field with and without a candidate; it now says which copy's Others hold what.
     */
    @Test
    void aCopyCountingASmallPartyInItsOthersIsSaidToBeTheSameSurvey() throws IOException {
        IngestFixtures.copyDataWith(root, "lv-2018.yaml", "lv-2022.yaml");
        // The user's entry that makes the two sources' names of the firm one house.
        IngestFixtures.editLines(
                root.resolve("aliases.yaml"),
                lines -> lines.flatMap(l -> l.equals("pollsters:")
                        ? java.util.stream.Stream.of(l, "  Factum: [Factum Interactive]")
                        : java.util.stream.Stream.of(l)));
        Ingester ingester = IngestFixtures.ingesterOf(root);
        IngestSettings settings = IngestSettings.withDefaults().withAcceptNewPollsters(true);
        try (PollStore store = PollStore.open(root.resolve("lv.db"))) {
            ingester.ingest(IngestFixtures.fixture("filipvanlaenen-lv-2022-07-24-factum.txt"), store, settings);
            BadInputException e = assertThrows(
                    BadInputException.class,
                    () -> ingester.ingest(
                            IngestFixtures.fixture("politpro-lv-2022-07-24-factum.txt"), store, settings));
            assertThat(String.join("\n", e.details()))
                    .contains("every figure both print agrees, and this file's Others (4.3) hold what only the stored"
                            + " one names (sv 1.3): the same survey from two sources")
                    .doesNotContain("two questions of one survey");
        }
    }

    /**
     * Others no larger than the parties the fuller copy names on their own, where that copy prints Others of its own
     * too, is no copy counting them in its Others: 1.5 beside Others 5.0 and Sovereign Power's 1.3 (review). The hint
     * asks that the lumping copy's Others be the fuller's and those parties', to the tenths' rounding.
     */
    @Test
    void othersMerelyAsLargeAsTheMissingPartiesAreNoLumpedCopy() {
        java.util.function.Function<java.util.Map<String, Double>, org.pollcast.poll.Poll> poll = shares ->
                org.pollcast.poll.PollBuilder.of("lv-2022", "saeima", org.pollcast.election.Scope.FIRST_PREF, "Factum")
                        .ended(java.time.LocalDate.of(2022, 7, 24))
                        .shares(shares)
                        .build();
        org.pollcast.poll.Poll fuller = poll.apply(java.util.Map.of("jv", 60.0, "s", 33.7, "sv", 1.3, "other", 5.0));
        assertThat(ConflictHint.of(fuller, poll.apply(java.util.Map.of("jv", 60.0, "s", 33.7, "other", 6.3))))
                .contains("the same survey from two sources");
        assertThat(ConflictHint.of(fuller, poll.apply(java.util.Map.of("jv", 60.0, "s", 33.7, "other", 1.5))))
                .doesNotContain("the same survey from two sources");
    }
}
